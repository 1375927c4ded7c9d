//! The data files' byte layout: a small hand-written codec instead of serde, because the web
//! app decodes these files and every byte of its code is downloaded: serde's generated visitors
//! for the model cost the app about 4 KB more (brotli) than this.
//!
//! The layout is a plain sequence: numbers as LEB128 varints, strings as a length and UTF-8
//! bytes, options as a 0/1 flag then the value, lists as a length then the items. Each type
//! writes exactly the fields the web app reads (the browser's projection: [`super::site_files`]
//! says which are left out), destructured in full, so that a new field of the model fails to
//! compile here until it is decided whether the browser needs it.
//!
//! Reading never panics: a [`Reader`] that runs out of bytes, meets a bad number or invalid
//! UTF-8 marks itself failed and returns empty values from then on, and the caller checks
//! [`Reader::finish`]. Lengths are checked against the bytes left before anything is
//! allocated, so a damaged file cannot ask for a huge allocation.

use crate::analysis::{
    Attribution, Claim, DetailKind, DetailValue, DiffOp, Difference, EventAnalysis, Origin, OriginKind,
    OriginMember, Place, QuoteFamily, QuoteVariant, SourceKind, Topic,
};
use crate::model::{Article, Block, Embed, Event, Outlet, Piece, Removal, RemovalReason, Sentence};
use crate::view::tables::{ClaimTable, IndexTables, OutletTable};

use super::{EventData, EventEntry, SiteIndex};

/// Bytes being written (at build time).
#[derive(Debug, Default)]
pub(crate) struct Writer(pub(crate) Vec<u8>);

/// Bytes being read (in the browser).
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    failed: bool,
}

/// A type that the data files carry, as written.
pub(crate) trait Encode {
    fn write(&self, out: &mut Writer);
}

/// A type that the data files carry, as read back.
pub(crate) trait Decode: Sized {
    fn read(input: &mut Reader) -> Self;
}

impl Writer {
    pub(crate) fn number(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn text(&mut self, text: &str) {
        self.number(text.len() as u64);
        self.0.extend_from_slice(text.as_bytes());
    }

    fn list<T: Encode>(&mut self, items: &[T]) {
        self.number(items.len() as u64);
        for item in items {
            item.write(self);
        }
    }

    fn option<T: Encode>(&mut self, item: &Option<T>) {
        match item {
            Some(item) => {
                self.number(1);
                item.write(self);
            }
            None => self.number(0),
        }
    }
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0, failed: false }
    }

    /// Whether something could not be read.
    pub(crate) fn failed(&self) -> bool {
        self.failed
    }

    /// Whether everything read well and nothing is left over.
    pub(crate) fn finish(&self) -> bool {
        !self.failed && self.at == self.bytes.len()
    }

    fn fail(&mut self) {
        self.failed = true;
        self.at = self.bytes.len();
    }

    pub(crate) fn number(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.at) else { break };
            self.at += 1;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return n;
            }
        }
        self.fail();
        0
    }

    fn small(&mut self) -> u32 {
        let n = self.number();
        u32::try_from(n).unwrap_or_else(|_| {
            self.fail();
            0
        })
    }

    /// A length of something at least one byte each, checked against what is left.
    fn length(&mut self) -> usize {
        let n = self.number();
        match usize::try_from(n) {
            Ok(n) if n <= self.bytes.len() - self.at => n,
            _ => {
                self.fail();
                0
            }
        }
    }

    fn text(&mut self) -> String {
        let len = self.length();
        let Some(bytes) = self.bytes.get(self.at..self.at + len) else { return String::new() };
        self.at += len;
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => {
                self.fail();
                String::new()
            }
        }
    }

    fn list<T: Decode>(&mut self) -> Vec<T> {
        // An item takes at least one byte, so the length is checked against the bytes left.
        let len = self.length();
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            if self.failed {
                break;
            }
            items.push(T::read(self));
        }
        items
    }

    fn option<T: Decode>(&mut self) -> Option<T> {
        match self.number() {
            0 => None,
            1 => Some(T::read(self)),
            _ => {
                self.fail();
                None
            }
        }
    }

    /// One of `count` variants, by number.
    fn variant(&mut self, count: u64) -> u64 {
        let n = self.number();
        if n >= count {
            self.fail();
        }
        n
    }
}

impl Encode for String {
    fn write(&self, out: &mut Writer) {
        out.text(self);
    }
}

impl Decode for String {
    fn read(input: &mut Reader) -> Self {
        input.text()
    }
}

impl Encode for u32 {
    fn write(&self, out: &mut Writer) {
        out.number(u64::from(*self));
    }
}

impl Decode for u32 {
    fn read(input: &mut Reader) -> Self {
        input.small()
    }
}

impl Encode for bool {
    fn write(&self, out: &mut Writer) {
        out.number(u64::from(*self));
    }
}

impl Decode for bool {
    fn read(input: &mut Reader) -> Self {
        input.variant(2) == 1
    }
}

/// The index starts with every event's id and file name, then the rest of each entry.
impl Encode for SiteIndex {
    fn write(&self, out: &mut Writer) {
        out.number(self.events.len() as u64);
        for EventEntry { id, file, .. } in &self.events {
            (id, file).write(out);
        }
        for EventEntry { id: _, title, date, summary, outlets, claims, sentences, file: _ } in &self.events {
            title.write(out);
            out.option(date);
            out.option(summary);
            out.list(outlets);
            (claims, sentences).write(out);
        }
    }
}

impl Decode for SiteIndex {
    fn read(input: &mut Reader) -> Self {
        let routes: Vec<(String, String)> = input.list();
        let events = routes
            .into_iter()
            .map(|(id, file)| EventEntry {
                id,
                file,
                title: Decode::read(input),
                date: input.option(),
                summary: input.option(),
                outlets: input.list(),
                claims: Decode::read(input),
                sentences: Decode::read(input),
            })
            .collect();
        SiteIndex { events }
    }
}

impl Encode for EventData {
    fn write(&self, out: &mut Writer) {
        let EventData { event, analysis, tables } = self;
        event.write(out);
        analysis.write(out);
        tables.write(out);
    }
}

impl Decode for EventData {
    fn read(input: &mut Reader) -> Self {
        let event = Event::read(input);
        let analysis = EventAnalysis::read(input);
        EventData { event, analysis, tables: IndexTables::read(input) }
    }
}

impl Encode for Event {
    /// Left out: the topic definitions (the analysis has the topics' ids and labels).
    fn write(&self, out: &mut Writer) {
        let Event { id, title, date, summary, articles, topics: _ } = self;
        (id, title).write(out);
        out.option(date);
        out.option(summary);
        out.list(articles);
    }
}

impl Decode for Event {
    fn read(input: &mut Reader) -> Self {
        let (id, title) = Decode::read(input);
        let (date, summary, articles) = (input.option(), input.option(), input.list());
        Event { id, title, date, summary, articles, topics: Vec::new() }
    }
}

impl Encode for Article {
    /// Left out: the file name.
    fn write(&self, out: &mut Writer) {
        let Article { file: _, outlet, headline, url, published, via, blocks, word_count } = self;
        let Outlet { id, name } = outlet;
        (id, name).write(out);
        for item in [headline, url, published, via] {
            out.option(item);
        }
        out.list(blocks);
        word_count.write(out);
    }
}

impl Decode for Article {
    fn read(input: &mut Reader) -> Self {
        let (id, name) = Decode::read(input);
        let (headline, url, published, via) =
            (input.option(), input.option(), input.option(), input.option());
        Article {
            file: String::new(),
            outlet: Outlet { id, name },
            headline,
            url,
            published,
            via,
            blocks: input.list(),
            word_count: Decode::read(input),
        }
    }
}

impl Encode for Block {
    fn write(&self, out: &mut Writer) {
        match self {
            Block::Heading(sentence) => {
                out.number(0);
                sentence.write(out);
            }
            Block::Paragraph(pieces) => {
                out.number(1);
                out.list(pieces);
            }
            Block::Embed(embed) => {
                out.number(2);
                embed.write(out);
            }
            Block::Removed(removal) => {
                out.number(3);
                removal.write(out);
            }
        }
    }
}

impl Decode for Block {
    fn read(input: &mut Reader) -> Self {
        match input.variant(4) {
            0 => Block::Heading(Decode::read(input)),
            1 => Block::Paragraph(input.list()),
            2 => Block::Embed(Decode::read(input)),
            _ => Block::Removed(Decode::read(input)),
        }
    }
}

impl Encode for Piece {
    fn write(&self, out: &mut Writer) {
        match self {
            Piece::Sentence(sentence) => {
                out.number(0);
                sentence.write(out);
            }
            Piece::Removed(removal) => {
                out.number(1);
                removal.write(out);
            }
        }
    }
}

impl Decode for Piece {
    fn read(input: &mut Reader) -> Self {
        match input.variant(2) {
            0 => Piece::Sentence(Decode::read(input)),
            _ => Piece::Removed(Decode::read(input)),
        }
    }
}

impl Encode for Sentence {
    fn write(&self, out: &mut Writer) {
        let Sentence { id, text } = self;
        (id, text).write(out);
    }
}

impl Decode for Sentence {
    fn read(input: &mut Reader) -> Self {
        let (id, text) = Decode::read(input);
        Sentence { id, text }
    }
}

impl Encode for Embed {
    fn write(&self, out: &mut Writer) {
        let Embed { sentences, author, handle, date, signature } = self;
        out.list(sentences);
        for item in [author, handle, date, signature] {
            out.option(item);
        }
    }
}

impl Decode for Embed {
    fn read(input: &mut Reader) -> Self {
        Embed {
            sentences: input.list(),
            author: input.option(),
            handle: input.option(),
            date: input.option(),
            signature: input.option(),
        }
    }
}

impl Encode for Removal {
    fn write(&self, out: &mut Writer) {
        let Removal { text, reason } = self;
        text.write(out);
        let code = RemovalReason::ALL.iter().position(|known| known == reason).unwrap_or(0);
        out.number(code as u64);
    }
}

impl Decode for Removal {
    fn read(input: &mut Reader) -> Self {
        let text = Decode::read(input);
        let reasons = RemovalReason::ALL;
        let reason = reasons.get(input.variant(reasons.len() as u64) as usize).copied();
        Removal { text, reason: reason.unwrap_or(RemovalReason::Promo) }
    }
}

impl Encode for EventAnalysis {
    /// Left out: the per-outlet coverage figures, each claim's sentences and outlets, and each
    /// topic's sentences (the tables hold the members as positions).
    fn write(&self, out: &mut Writer) {
        let EventAnalysis {
            event_id,
            claims,
            quotes,
            attributions,
            topics,
            coverage: _,
            origins,
            differences,
            placements,
        } = self;
        event_id.write(out);
        out.list(claims);
        out.list(quotes);
        out.list(attributions);
        out.list(topics);
        out.list(origins);
        out.list(differences);
        out.list(placements);
    }
}

impl Decode for EventAnalysis {
    fn read(input: &mut Reader) -> Self {
        EventAnalysis {
            event_id: Decode::read(input),
            claims: input.list(),
            quotes: input.list(),
            attributions: input.list(),
            topics: input.list(),
            coverage: Vec::new(),
            origins: input.list(),
            differences: input.list(),
            placements: input.list(),
        }
    }
}

/// Shares (0 to 1) travel as thousandths.
fn write_share(out: &mut Writer, share: f32) {
    out.number((share.clamp(0.0, 1.0) * 1000.0).round() as u64);
}

fn read_share(input: &mut Reader) -> f32 {
    (input.small().min(1000) as f32) / 1000.0
}

/// One of a few variants by its position in `all`; the first for anything out of range (which
/// has failed the read already).
fn write_variant<T: PartialEq>(out: &mut Writer, all: &[T], item: &T) {
    out.number(all.iter().position(|known| known == item).unwrap_or(0) as u64);
}

fn read_variant<T: Copy + Default>(input: &mut Reader, all: &[T]) -> T {
    let code = input.variant(all.len() as u64);
    usize::try_from(code).ok().and_then(|code| all.get(code)).copied().unwrap_or_default()
}

const ORIGIN_KINDS: [OriginKind; 3] = [OriginKind::Wire, OriginKind::Copy, OriginKind::Rewrite];

impl Encode for Origin {
    fn write(&self, out: &mut Writer) {
        let Origin { id, articles, source, kind, shared, members } = self;
        id.write(out);
        out.list(articles);
        out.option(source);
        write_variant(out, &ORIGIN_KINDS, kind);
        write_share(out, *shared);
        out.list(members);
    }
}

impl Decode for Origin {
    fn read(input: &mut Reader) -> Self {
        Origin {
            id: Decode::read(input),
            articles: input.list(),
            source: input.option(),
            kind: read_variant(input, &ORIGIN_KINDS),
            shared: read_share(input),
            members: input.list(),
        }
    }
}

impl Encode for OriginMember {
    fn write(&self, out: &mut Writer) {
        let OriginMember { outlet, closest, shared, reworded } = self;
        (outlet, closest).write(out);
        write_share(out, *shared);
        reworded.write(out);
    }
}

impl Decode for OriginMember {
    fn read(input: &mut Reader) -> Self {
        let (outlet, closest) = Decode::read(input);
        OriginMember { outlet, closest, shared: read_share(input), reworded: Decode::read(input) }
    }
}

const DETAIL_KINDS: [DetailKind; 5] =
    [DetailKind::Number, DetailKind::Date, DetailKind::Time, DetailKind::Name, DetailKind::Verb];

impl Encode for Difference {
    fn write(&self, out: &mut Writer) {
        let Difference { claim, kind, about, values } = self;
        claim.write(out);
        write_variant(out, &DETAIL_KINDS, kind);
        about.write(out);
        out.list(values);
    }
}

impl Decode for Difference {
    fn read(input: &mut Reader) -> Self {
        Difference {
            claim: Decode::read(input),
            kind: read_variant(input, &DETAIL_KINDS),
            about: Decode::read(input),
            values: input.list(),
        }
    }
}

impl Encode for DetailValue {
    fn write(&self, out: &mut Writer) {
        let DetailValue { outlet, sentence, text } = self;
        (outlet, sentence).write(out);
        text.write(out);
    }
}

impl Decode for DetailValue {
    fn read(input: &mut Reader) -> Self {
        let (outlet, sentence) = Decode::read(input);
        DetailValue { outlet, sentence, text: Decode::read(input) }
    }
}

const PLACES: [Place; 4] = [Place::Headline, Place::Lead, Place::Body, Place::End];

impl Encode for Place {
    fn write(&self, out: &mut Writer) {
        write_variant(out, &PLACES, self);
    }
}

impl Decode for Place {
    fn read(input: &mut Reader) -> Self {
        read_variant(input, &PLACES)
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn write(&self, out: &mut Writer) {
        out.list(self);
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn read(input: &mut Reader) -> Self {
        input.list()
    }
}

impl Encode for Claim {
    fn write(&self, out: &mut Writer) {
        let Claim { id, sentences: _, outlets: _ } = self;
        id.write(out);
    }
}

impl Decode for Claim {
    fn read(input: &mut Reader) -> Self {
        Claim { id: Decode::read(input), ..Claim::default() }
    }
}

impl Encode for QuoteFamily {
    fn write(&self, out: &mut Writer) {
        let QuoteFamily { id, speaker, canonical, variants } = self;
        id.write(out);
        out.option(speaker);
        canonical.write(out);
        out.list(variants);
    }
}

impl Decode for QuoteFamily {
    fn read(input: &mut Reader) -> Self {
        QuoteFamily {
            id: Decode::read(input),
            speaker: input.option(),
            canonical: Decode::read(input),
            variants: input.list(),
        }
    }
}

impl Encode for QuoteVariant {
    fn write(&self, out: &mut Writer) {
        let QuoteVariant { outlet, sentence, text, partial, diff } = self;
        (outlet, sentence).write(out);
        text.write(out);
        partial.write(out);
        out.list(diff);
    }
}

impl Decode for QuoteVariant {
    fn read(input: &mut Reader) -> Self {
        let (outlet, sentence) = Decode::read(input);
        QuoteVariant {
            outlet,
            sentence,
            text: Decode::read(input),
            partial: Decode::read(input),
            diff: input.list(),
        }
    }
}

impl Encode for DiffOp {
    fn write(&self, out: &mut Writer) {
        let (code, text) = match self {
            DiffOp::Same(text) => (0, text),
            DiffOp::Inserted(text) => (1, text),
            DiffOp::Removed(text) => (2, text),
        };
        out.number(code);
        text.write(out);
    }
}

impl Decode for DiffOp {
    fn read(input: &mut Reader) -> Self {
        let code = input.variant(3);
        let text = Decode::read(input);
        match code {
            0 => DiffOp::Same(text),
            1 => DiffOp::Inserted(text),
            _ => DiffOp::Removed(text),
        }
    }
}

/// The kinds of source, by their code in the files.
const SOURCE_KINDS: [SourceKind; 6] = SourceKind::ALL;

impl Encode for Attribution {
    fn write(&self, out: &mut Writer) {
        let Attribution { outlet, source, kind, sentence } = self;
        (outlet, source).write(out);
        let code = SOURCE_KINDS.iter().position(|known| known == kind).unwrap_or_default();
        out.number(code as u64);
        sentence.write(out);
    }
}

impl Decode for Attribution {
    fn read(input: &mut Reader) -> Self {
        let (outlet, source) = Decode::read(input);
        // A code out of range has failed the read already; the kind read then does not matter.
        let code = input.variant(SOURCE_KINDS.len() as u64);
        let kind =
            usize::try_from(code).ok().and_then(|code| SOURCE_KINDS.get(code)).copied().unwrap_or_default();
        Attribution { outlet, source, kind, sentence: Decode::read(input) }
    }
}

impl Encode for Topic {
    fn write(&self, out: &mut Writer) {
        let Topic { id, label, automatic, sentences: _ } = self;
        (id, label).write(out);
        automatic.write(out);
    }
}

impl Decode for Topic {
    fn read(input: &mut Reader) -> Self {
        let (id, label) = Decode::read(input);
        Topic { id, label, automatic: Decode::read(input), sentences: Vec::new() }
    }
}

impl Encode for IndexTables {
    fn write(&self, out: &mut Writer) {
        let IndexTables { claims, members, topic_ends, topic_members, outlets } = self;
        out.list(claims);
        out.list(members);
        out.list(topic_ends);
        out.list(topic_members);
        out.list(outlets);
    }
}

impl Decode for IndexTables {
    fn read(input: &mut Reader) -> Self {
        IndexTables {
            claims: input.list(),
            members: input.list(),
            topic_ends: input.list(),
            topic_members: input.list(),
            outlets: input.list(),
        }
    }
}

impl Encode for ClaimTable {
    fn write(&self, out: &mut Writer) {
        let ClaimTable { members_end, outlets, colour, summary, summary_cut } = self;
        (members_end, outlets).write(out);
        out.number(colour.map_or(0, |colour| u64::from(colour) + 1));
        (&summary.0, &summary.1).write(out);
        summary.2.write(out);
        summary_cut.write(out);
    }
}

impl Decode for ClaimTable {
    fn read(input: &mut Reader) -> Self {
        let (members_end, outlets) = Decode::read(input);
        let colour = u8::try_from(input.small()).ok().and_then(|colour| colour.checked_sub(1));
        let (sentence, start) = Decode::read(input);
        ClaimTable {
            members_end,
            outlets,
            colour,
            summary: (sentence, start, Decode::read(input)),
            summary_cut: Decode::read(input),
        }
    }
}

impl Encode for OutletTable {
    fn write(&self, out: &mut Writer) {
        let OutletTable { claims, unique, name_rank } = self;
        (claims, unique).write(out);
        name_rank.write(out);
    }
}

impl Decode for OutletTable {
    fn read(input: &mut Reader) -> Self {
        let (claims, unique) = Decode::read(input);
        OutletTable { claims, unique, name_rank: Decode::read(input) }
    }
}

/// Two values in a row: for the many pairs of strings and numbers above.
impl<A: Encode, B: Encode> Encode for (A, B) {
    fn write(&self, out: &mut Writer) {
        self.0.write(out);
        self.1.write(out);
    }
}

impl<A: Decode, B: Decode> Decode for (A, B) {
    fn read(input: &mut Reader) -> Self {
        let first = A::read(input);
        (first, B::read(input))
    }
}

impl<T: Encode> Encode for &T {
    fn write(&self, out: &mut Writer) {
        (*self).write(out);
    }
}
