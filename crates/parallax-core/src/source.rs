//! Reading a corpus folder from disk: the one place in the core that does IO, and only when called.
//!
//! A corpus folder holds one folder per event, plus an optional `topics.toml` shared by every
//! event. A folder that directly holds `.txt` files (or an `event.toml`) is read as a corpus of
//! that one event, whose id is the folder's name. Nothing here parses: that is
//! [`crate::ingest`](mod@crate::ingest)'s job.
//!
//! The corpus stays inside its folder. The folder itself is read as given (it may be a symbolic
//! link: whoever builds chose it), but inside it only real folders and regular files are read:
//! - hidden entries (names starting with `.`) are skipped;
//! - a symbolic link is never followed, not even to a file inside the corpus: it gets a note that
//!   names it and its target, and is skipped. A copy does what a link inside the corpus would, and
//!   nothing has to be resolved and checked (and checked again when the file is opened);
//! - FIFOs, sockets and devices get a note and are skipped without being opened;
//! - a file is opened without following links and without waiting (`O_NOFOLLOW | O_NONBLOCK`),
//!   so that one swapped for a link or a FIFO after the folder was listed is refused rather than
//!   followed or waited on, and it must then be a regular file;
//! - a file is read up to its limit ([`Limits::for_file`]) plus one byte from the opened handle: the
//!   limit never trusts the size the file system reports.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

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
    /// The file was not read because it is larger than its limit ([`Limits::for_file`]).
    TooLarge {
        /// Its size on disk, or the bytes read before stopping if the file system reports less.
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
    let mut notes = Vec::new();
    let listing = list_dir(dir, &mut notes).map_err(|err| {
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
        source.events.push(read_event(dir, &id, listing, limits, &mut notes));
        source.notes = notes;
        return Ok(source);
    }
    for (name, path) in listing.dirs {
        match list_dir(&path, &mut notes) {
            Ok(event_listing) => {
                source.events.push(read_event(&path, &name, event_listing, limits, &mut notes))
            }
            Err(err) => notes.push(Diagnostic::note(
                path.display().to_string(),
                format!("ignored: cannot read the folder: {err}"),
            )),
        }
    }
    for (name, path) in listing.files {
        if name == "topics.toml" {
            source.topics = Some(read_file(&path, &name, limits));
        } else {
            notes.push(Diagnostic::note(
                path.display().to_string(),
                "ignored: the corpus folder holds event folders and topics.toml; \
                 move article files into an event folder",
            ));
        }
    }
    source.notes = notes;
    Ok(source)
}

/// Reads and ingests a corpus folder in one step.
pub fn load_corpus(dir: &Path, limits: &Limits) -> Ingested {
    match read_corpus_dir(dir, limits) {
        Ok(source) => ingest(&source, limits),
        Err(diagnostic) => Ingested { errors: vec![diagnostic], ..Ingested::default() },
    }
}

/// The visible folders and regular files of a folder, each sorted by name.
#[derive(Default)]
struct Listing {
    dirs: Vec<(String, PathBuf)>,
    files: Vec<(String, PathBuf)>,
}

impl Listing {
    /// A folder that directly holds articles or a manifest is one event, not a corpus.
    fn is_single_event(&self) -> bool {
        self.files.iter().any(|(name, _)| name.ends_with(".txt") || name == "event.toml")
    }
}

/// Lists a folder without following anything: real folders and regular files go in the listing;
/// symbolic links, FIFOs, sockets and devices get a note and are left out, unopened.
fn list_dir(dir: &Path, notes: &mut Vec<Diagnostic>) -> io::Result<Listing> {
    let mut listing = Listing::default();
    for entry in fs::read_dir(dir)? {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let message = format!("ignored: an entry of this folder cannot be read: {err}");
                notes.push(Diagnostic::note(dir.display().to_string(), message));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // The entry's own type: `DirEntry::file_type` does not follow symbolic links.
        let message = match entry.file_type() {
            Ok(kind) if kind.is_dir() => {
                listing.dirs.push((name, path));
                continue;
            }
            Ok(kind) if kind.is_file() => {
                listing.files.push((name, path));
                continue;
            }
            Ok(kind) if kind.is_symlink() => {
                let target = fs::read_link(&path).map(|target| format!(" (to {})", target.display()));
                format!(
                    "ignored: a symbolic link{} is never followed, as the corpus is read only from the \
                     files and folders inside its folder; put the file or folder itself here instead",
                    target.unwrap_or_default()
                )
            }
            Ok(kind) => format!(
                "ignored: {} is not a regular file, so it is not opened; remove it from the corpus",
                special_kind(kind)
            ),
            Err(err) => format!("ignored: cannot tell whether this is a file or a folder: {err}"),
        };
        notes.push(Diagnostic::note(path.display().to_string(), message));
    }
    listing.dirs.sort();
    listing.files.sort();
    Ok(listing)
}

/// What a special file is, in words.
#[cfg(unix)]
fn special_kind(kind: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "this entry"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: fs::FileType) -> &'static str {
    "this entry"
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
    let most = limits.for_file(name);
    let content = open_regular(path).and_then(|(file, size)| read_at_most(file, size, most));
    SourceFile {
        name: name.to_string(),
        path: path.display().to_string(),
        content: content.unwrap_or_else(|err| FileContent::Unreadable { error: err.to_string() }),
    }
}

/// Opens a file for reading, without following a symbolic link or waiting for a FIFO's writer,
/// and checks that what was opened is a regular file. Returns it with its reported size.
fn open_regular(path: &Path) -> io::Result<(File, u64)> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::other("it is not a regular file"));
    }
    Ok((file, metadata.len()))
}

/// Reads at most `max` bytes: a file that reports a larger size is not read, and a read that gets
/// past `max` stops one byte later, whatever size was reported (`/proc` files report 0).
fn read_at_most(reader: impl Read, reported_size: u64, max: u64) -> io::Result<FileContent> {
    if reported_size > max {
        return Ok(FileContent::TooLarge { size: reported_size });
    }
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    Ok(if read > max { FileContent::TooLarge { size: read } } else { FileContent::Bytes(bytes) })
}

/// The folder's own name, even when it was given as `.` or with a trailing slash.
fn folder_name(dir: &Path) -> String {
    let named = dir.file_name().map(|name| name.to_string_lossy().into_owned());
    named
        .filter(|name| !name.is_empty() && name != "." && name != "..")
        .or_else(|| fs::canonicalize(dir).ok()?.file_name().map(|name| name.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "event".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stop_one_byte_past_the_limit_whatever_size_is_reported() {
        // An endless reader that claims to be empty, like /dev/zero or a /proc file.
        let endless = read_at_most(io::repeat(0), 0, 10).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(endless, FileContent::TooLarge { size: 11 });
        let claimed = read_at_most(io::empty(), 1 << 40, 10).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(claimed, FileContent::TooLarge { size: 1 << 40 });
        let fits = read_at_most(&b"0123456789"[..], 10, 10).unwrap_or_else(|err| panic!("{err}"));
        assert_eq!(fits, FileContent::Bytes(b"0123456789".to_vec()));
    }
}
