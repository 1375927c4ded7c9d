//! The site's data files: what the build writes next to the web app in `dist/data/`, and what
//! the app fetches and decodes.
//!
//! - One **event file** per event ([`EventData`]): the event's cleaned articles, its analysis and
//!   the [`IndexTables`] the views need, in the browser's projection (fields the app never reads
//!   left out, see [`site_files`]). Its name carries a hash of its bytes, so a host may let browsers cache it for
//!   good: a changed event gets a new name.
//! - One **index file** ([`SiteIndex`]): every event's id, title, date, summary, outlet names
//!   and counts, and the name of its event file. The home page needs only this; an event page
//!   needs this and its event file.
//!
//! Each file is [`MAGIC`], a format number ([`FORMAT`]), then the payload (layout: `codec`). [`site_files`] writes
//! them (build time: `build.rs` and `parallax site`); [`decode_index`] and [`decode_event`] read
//! them back (the browser), with a [`DataError`] a reader can understand instead of a panic.

mod catalog;
mod codec;

use std::fmt;

use self::codec::{Decode, Encode, Reader, Writer};

use crate::analysis::EventAnalysis;
use crate::model::{Corpus, Event};
use crate::view::IndexTables;

pub use catalog::{Catalog, CatalogOrder, CatalogQuery};

/// The version of the files' layout. A file of another format is refused with
/// [`DataError::Format`] rather than misread; bump it whenever a type in the files changes.
pub const FORMAT: u32 = 2;

/// The first bytes of every data file: what tells one from, say, an HTML error page.
pub const MAGIC: &[u8; 4] = b"PRLX";

/// The folder of `dist/` that holds the data files.
pub const DATA_DIR: &str = "data";

/// The `id` of the link in `index.html` that preloads the index and names every event's file
/// ([`index_link`]).
pub const INDEX_LINK_ID: &str = "parallax-index";

/// The small index of every event, for the home page and for finding an event's file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteIndex {
    /// The events, in the corpus's order (by id).
    pub events: Vec<EventEntry>,
}

/// What the index says about one event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventEntry {
    /// The event id, as in links.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its date, `YYYY-MM-DD`, where known.
    pub date: Option<String>,
    /// Its summary, where the manifest gives one.
    pub summary: Option<String>,
    /// Its outlets' display names, in article order (for searching by outlet).
    pub outlets: Vec<String>,
    /// How many claims the analysis found.
    pub claims: u32,
    /// How many sentences the outlets wrote (their own, not embedded posts).
    pub sentences: u32,
    /// Its event file's name, inside [`DATA_DIR`].
    pub file: String,
}

/// One event's data file: everything its pages show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventData {
    /// The event and its articles.
    pub event: Event,
    /// Its analysis.
    pub analysis: EventAnalysis,
    /// The precomputed part of its [`crate::view::EventIndex`].
    pub tables: IndexTables,
}

/// A file to write into [`DATA_DIR`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    /// Its name, with a hash of its bytes in it.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Every data file of a site, and the link that `index.html` needs for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFiles {
    /// The index.
    pub index: DataFile,
    /// One file per event, in the index's order.
    pub events: Vec<DataFile>,
    /// The `<link>` element for `index.html` ([`with_index_link`]): it preloads the index file, so
    /// that the browser fetches it while the web app compiles, tells the app where the index is,
    /// and lists every event's id and file (beside the index) in `data-events` ("id file id file
    /// …"), so that the page's prefetch script (`assets/js/prefetch.js`) and the app can fetch the
    /// linked event's file at once, without waiting for the index.
    pub link: String,
}

/// Why a data file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataError {
    /// It was written for another layout, by another version of Parallax.
    Format {
        /// The format the file says it has.
        found: u32,
    },
    /// It is not a data file, or it is damaged or cut short.
    Damaged,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Format { found } => write!(
                f,
                "the data was written by another version of Parallax (format {found}, this page reads \
                 format {FORMAT}); reload the page to get the matching version"
            ),
            DataError::Damaged => f.write_str("the data file is damaged or incomplete"),
        }
    }
}

/// Writes the data files of a corpus and its analyses (one per event, in the corpus's order;
/// an event without one gets an empty analysis). An event file holds the browser's projection
/// of the event: the fields that the app and core's `view` and `link` modules never read are
/// left out (the articles' file names, the topic definitions, the per-outlet coverage figures,
/// and each claim's and topic's lists of sentences and outlets, which the tables hold as
/// positions), so that they cost no download; they read back empty.
pub fn site_files(corpus: Corpus, analyses: Vec<EventAnalysis>) -> SiteFiles {
    let mut analyses = analyses.into_iter();
    let mut index = SiteIndex::default();
    let mut events = Vec::with_capacity(corpus.events.len());
    for event in corpus.events {
        let analysis = analyses.next().unwrap_or_default();
        let tables = IndexTables::new(&event, &analysis);
        let entry_of = |event: &Event| EventEntry {
            id: event.id.clone(),
            title: event.title.clone(),
            date: event.date.clone(),
            summary: event.summary.clone(),
            outlets: event.articles.iter().map(|article| article.outlet.name.clone()).collect(),
            claims: u32::try_from(analysis.claims.len()).unwrap_or(u32::MAX),
            sentences: u32::try_from(event.articles.iter().map(|a| a.own_sentences().count()).sum::<usize>())
                .unwrap_or(u32::MAX),
            file: String::new(),
        };
        let mut entry = entry_of(&event);
        let data = EventData { event, analysis, tables };
        let file = data_file(&entry.id, &data);
        entry.file = file.name.clone();
        index.events.push(entry);
        events.push(file);
    }
    let index_file = data_file("index", &index);
    let link = index_link(&index_file.name, &index);
    SiteFiles { index: index_file, events, link }
}

/// Encodes one file: [`MAGIC`], [`FORMAT`], then the payload; named `<stem>.<hash>.bin`, the stem being
/// `stem` when it is a plain slug (else `event`), the hash 16 hex digits of the bytes.
fn data_file<T: Encode>(stem: &str, payload: &T) -> DataFile {
    let mut out = Writer(MAGIC.to_vec());
    out.number(u64::from(FORMAT));
    payload.write(&mut out);
    let bytes = out.0;
    let plain =
        !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let stem = if plain { stem } else { "event" };
    DataFile { name: format!("{stem}.{:016x}.bin", hash(&bytes)), bytes }
}

/// A 64-bit FNV-1a hash, to tell files apart by content (not a defence against forgery).
fn hash(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3))
}

/// The `<link>` element of [`SiteFiles::link`].
fn index_link(index_file: &str, index: &SiteIndex) -> String {
    let mut events = String::new();
    for entry in &index.events {
        if !events.is_empty() {
            events.push(' ');
        }
        events.push_str(&entry.id);
        events.push(' ');
        events.push_str(&entry.file);
    }
    format!(
        "<link id=\"{INDEX_LINK_ID}\" rel=\"preload\" href=\"{DATA_DIR}/{}\" as=\"fetch\" crossorigin=\"anonymous\" \
         data-events=\"{}\">",
        index_file,
        attribute(&events)
    )
}

/// `page` (an `index.html`) with its `<link id="parallax-index" …>` element replaced by `link`;
/// `None` if it has no such element.
pub fn with_index_link(page: &str, link: &str) -> Option<String> {
    let id = page.find(INDEX_LINK_ID)?;
    let start = page.get(..id)?.rfind("<link")?;
    let end = id + page.get(id..)?.find('>')? + 1;
    Some(format!("{}{link}{}", page.get(..start)?, page.get(end..)?))
}

/// Text escaped for a double-quoted attribute value.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// Reads an index file.
pub fn decode_index(bytes: &[u8]) -> Result<SiteIndex, DataError> {
    decode(bytes)
}

/// Reads an event file.
pub fn decode_event(bytes: &[u8]) -> Result<EventData, DataError> {
    decode(bytes)
}

fn decode<T: Decode>(bytes: &[u8]) -> Result<T, DataError> {
    let body = bytes.strip_prefix(MAGIC.as_slice()).ok_or(DataError::Damaged)?;
    let mut input = Reader::new(body);
    let found = input.number();
    if input.failed() {
        return Err(DataError::Damaged);
    }
    if found != u64::from(FORMAT) {
        return Err(DataError::Format { found: u32::try_from(found).unwrap_or(u32::MAX) });
    }
    let payload = T::read(&mut input);
    if input.finish() {
        Ok(payload)
    } else {
        Err(DataError::Damaged)
    }
}

#[cfg(test)]
mod tests;
