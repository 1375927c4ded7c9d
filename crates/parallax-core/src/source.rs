//! Reading a corpus folder from disk: the one place in the core that does IO, and only when called.

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
    /// Notes about entries that were skipped while reading.
    pub notes: Vec<Diagnostic>,
}

/// The raw files of one event folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventSource {
    /// The folder name, used as the event id.
    pub id: String,
    /// The folder's path, for diagnostics.
    pub path: String,
    /// The files in the folder, sorted by name.
    pub files: Vec<SourceFile>,
}

/// One file of an event folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The file name.
    pub name: String,
    /// The file's path, for diagnostics.
    pub path: String,
    /// The bytes, unless the file is over the size limit.
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
}

/// Reads a corpus folder: a folder of event folders, or a single event folder holding `.txt` files.
pub fn read_corpus_dir(dir: &Path, limits: &Limits) -> Result<CorpusSource, Diagnostic> {
    let root = dir.display().to_string();
    let entries = fs::read_dir(dir).map_err(|err| {
        Diagnostic::error(
            &root,
            format!(
                "cannot read the corpus folder: {err}; point PARALLAX_CORPUS at a folder of event folders"
            ),
        )
    })?;
    let mut source = CorpusSource { root: root.clone(), ..CorpusSource::default() };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            source.events.push(read_event_dir(&path, &name, limits)?);
        } else {
            source.notes.push(Diagnostic::note(path.display().to_string(), "ignored: not an event folder"));
        }
    }
    source.events.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(source)
}

fn read_event_dir(dir: &Path, id: &str, limits: &Limits) -> Result<EventSource, Diagnostic> {
    let path = dir.display().to_string();
    let entries = fs::read_dir(dir)
        .map_err(|err| Diagnostic::error(&path, format!("cannot read the event folder: {err}")))?;
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let file_path = entry.path();
        if !file_path.is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let size = entry.metadata().map(|meta| meta.len()).unwrap_or(0);
        let content = if size > limits.max_file_bytes {
            FileContent::TooLarge { size }
        } else {
            FileContent::Bytes(fs::read(&file_path).map_err(|err| {
                Diagnostic::error(file_path.display().to_string(), format!("cannot read: {err}"))
            })?)
        };
        files.push(SourceFile { name, path: file_path.display().to_string(), content });
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(EventSource { id: id.to_string(), path, files })
}

/// Reads and ingests a corpus folder in one step.
pub fn load_corpus(dir: &Path, limits: &Limits) -> Ingested {
    match read_corpus_dir(dir, limits) {
        Ok(source) => ingest(&source, limits),
        Err(diagnostic) => Ingested { errors: vec![diagnostic], ..Ingested::default() },
    }
}
