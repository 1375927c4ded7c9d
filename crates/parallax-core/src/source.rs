//! Reading a corpus folder from disk: the one place in the core that does IO, and only when called.
//!
//! A corpus folder holds one folder per event, plus an optional `topics.toml` shared by every
//! event. A folder that directly holds `.txt` files (or an `event.toml`) is read as a corpus of
//! that one event, whose id is the folder's name. Hidden entries (names starting with `.`) are
//! skipped; files over [`Limits::max_file_bytes`] are not read. Nothing here parses: that is
//! [`crate::ingest`](mod@crate::ingest)'s job.

use std::fs;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::ingest::{ingest, Ingested, Limits};

/// The raw files of a corpus, read from disk but not yet parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusSource {
    /// The corpus folder as given.
    pub root: String,
    /// One entry per event folder, sorted by id.
    pub events: Vec<EventSource>,
    /// The corpus-wide `topics.toml`, if there is one.
    pub topics: Option<SourceFile>,
    /// Notes about entries that were skipped while reading.
    pub notes: Vec<Diagnostic>,
}

/// The raw files of one event folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventSource {
    /// The folder name, used (as a slug) for the event id.
    pub id: String,
    /// The folder's path, for diagnostics.
    pub path: String,
    /// The files in the folder, sorted by name: articles, `event.toml`, `topics.toml` and any others.
    pub files: Vec<SourceFile>,
}

/// One file of an event folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The file name.
    pub name: String,
    /// The file's path, for diagnostics.
    pub path: String,
    /// The bytes, unless the file is over the size limit or could not be read.
    pub content: FileContent,
}

/// What was read of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileContent {
    /// The whole file.
    Bytes(Vec<u8>),
    /// The file was not read because it is larger than [`Limits::max_file_bytes`].
    TooLarge {
        /// Its size on disk.
        size: u64,
    },
    /// The file could not be read.
    Unreadable {
        /// The operating system's reason.
        error: String,
    },
}

impl SourceFile {
    /// A file held in memory, for tests and for text that does not come from disk.
    pub fn in_memory(name: &str, path: &str, bytes: impl Into<Vec<u8>>) -> SourceFile {
        SourceFile {
            name: name.to_string(),
            path: path.to_string(),
            content: FileContent::Bytes(bytes.into()),
        }
    }
}

/// Reads a corpus folder: a folder of event folders, or a single event folder holding `.txt` files.
///
/// Fails only when the folder itself cannot be listed; problems with single entries become
/// unreadable files or notes, so that [`ingest`] can report them all at once.
pub fn read_corpus_dir(dir: &Path, limits: &Limits) -> Result<CorpusSource, Diagnostic> {
    let root = dir.display().to_string();
    let listing = list_dir(dir).map_err(|err| {
        Diagnostic::error(
            &root,
            format!(
                "cannot read the corpus folder: {err}; point PARALLAX_CORPUS at a folder of event folders"
            ),
        )
    })?;
    let mut source = CorpusSource { root: root.clone(), ..CorpusSource::default() };
    if listing.is_single_event() {
        let id = folder_name(dir);
        source.events.push(read_event(dir, &id, listing, limits, &mut source.notes));
        return Ok(source);
    }
    for (name, path) in listing.dirs {
        match list_dir(&path) {
            Ok(event_listing) => {
                source.events.push(read_event(&path, &name, event_listing, limits, &mut source.notes))
            }
            Err(err) => source.notes.push(Diagnostic::note(
                path.display().to_string(),
                format!("ignored: cannot read the folder: {err}"),
            )),
        }
    }
    for (name, path) in listing.files {
        if name == "topics.toml" {
            source.topics = Some(read_file(&path, &name, limits));
        } else {
            source.notes.push(Diagnostic::note(
                path.display().to_string(),
                "ignored: the corpus folder holds event folders and topics.toml; \
                 move article files into an event folder",
            ));
        }
    }
    Ok(source)
}

/// Reads and ingests a corpus folder in one step.
pub fn load_corpus(dir: &Path, limits: &Limits) -> Ingested {
    match read_corpus_dir(dir, limits) {
        Ok(source) => ingest(&source, limits),
        Err(diagnostic) => Ingested { errors: vec![diagnostic], ..Ingested::default() },
    }
}

/// The visible entries of a folder, split into sub-folders and files, each sorted by name.
struct Listing {
    dirs: Vec<(String, std::path::PathBuf)>,
    files: Vec<(String, std::path::PathBuf)>,
}

impl Listing {
    /// A folder that directly holds articles or a manifest is one event, not a corpus.
    fn is_single_event(&self) -> bool {
        self.files.iter().any(|(name, _)| name.ends_with(".txt") || name == "event.toml")
    }
}

fn list_dir(dir: &Path) -> std::io::Result<Listing> {
    let mut listing = Listing { dirs: Vec::new(), files: Vec::new() };
    for entry in fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            listing.dirs.push((name, path));
        } else {
            listing.files.push((name, path));
        }
    }
    listing.dirs.sort();
    listing.files.sort();
    Ok(listing)
}

fn read_event(
    dir: &Path,
    id: &str,
    listing: Listing,
    limits: &Limits,
    notes: &mut Vec<Diagnostic>,
) -> EventSource {
    for (_, path) in &listing.dirs {
        notes.push(Diagnostic::note(
            path.display().to_string(),
            "ignored: folders inside an event folder are not read; keep the event's files directly in it",
        ));
    }
    let files = listing.files.iter().map(|(name, path)| read_file(path, name, limits)).collect();
    EventSource { id: id.to_string(), path: dir.display().to_string(), files }
}

fn read_file(path: &Path, name: &str, limits: &Limits) -> SourceFile {
    let size = fs::metadata(path).map(|meta| meta.len()).unwrap_or(0);
    let content = if size > limits.max_file_bytes {
        FileContent::TooLarge { size }
    } else {
        match fs::read(path) {
            Ok(bytes) => FileContent::Bytes(bytes),
            Err(err) => FileContent::Unreadable { error: err.to_string() },
        }
    };
    SourceFile { name: name.to_string(), path: path.display().to_string(), content }
}

/// The folder's own name, even when it was given as `.` or with a trailing slash.
fn folder_name(dir: &Path) -> String {
    let named = dir.file_name().map(|name| name.to_string_lossy().into_owned());
    named
        .filter(|name| !name.is_empty() && name != "." && name != "..")
        .or_else(|| fs::canonicalize(dir).ok()?.file_name().map(|name| name.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "event".to_string())
}
