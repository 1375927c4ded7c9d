//! Loading a corpus for a command: diagnostics printed to stderr, and the corpus's size in numbers.

use std::fmt;
use std::path::Path;

use parallax_core::inert::Escaped;
use parallax_core::model::Corpus;
use parallax_core::{load_corpus, Diagnostic, Ingested, Limits, Severity};

/// Loads a corpus folder (or a single event folder) with the default limits.
pub fn load(dir: &Path) -> Ingested {
    load_corpus(dir, &Limits::default())
}

/// A diagnostic in the compiler style editors understand: `path:line: error: message`, on one
/// line, with the control and bidirectional characters of file names and values escaped
/// ([`Escaped`]) so that nothing from the corpus acts on the terminal.
pub fn render_diagnostic(diagnostic: &Diagnostic) -> String {
    let severity = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Note => "note",
    };
    let (path, message) = (Escaped(&diagnostic.path), Escaped(&diagnostic.message));
    match diagnostic.line {
        Some(line) => format!("{path}:{line}: {severity}: {message}"),
        None => format!("{path}: {severity}: {message}"),
    }
}

/// Prints the errors, and the notes unless `quiet`, to stderr: notes first, errors last so
/// that they stay visible at the bottom of a terminal.
pub fn print_diagnostics(ingested: &Ingested, quiet: bool) {
    if !quiet {
        for note in &ingested.notes {
            eprintln!("{}", render_diagnostic(note));
        }
    }
    for error in &ingested.errors {
        eprintln!("{}", render_diagnostic(error));
    }
}

/// How big a corpus is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CorpusSize {
    /// Events.
    pub events: usize,
    /// Articles over all events.
    pub articles: usize,
    /// The outlets' own sentences (headings and body; not embeds).
    pub sentences: usize,
    /// Sentences of embedded social posts.
    pub embed_sentences: usize,
    /// Pieces of boilerplate removed by cleaning.
    pub removals: usize,
}

impl CorpusSize {
    /// Counts a corpus.
    pub fn of(corpus: &Corpus) -> CorpusSize {
        let mut size = CorpusSize { events: corpus.events.len(), ..CorpusSize::default() };
        for article in corpus.events.iter().flat_map(|event| &event.articles) {
            size.articles += 1;
            size.sentences += article.own_sentences().count();
            size.removals += article.removals().count();
            size.embed_sentences += article.sentences().filter(|(_, embedded)| *embedded).count();
        }
        size
    }
}

impl fmt::Display for CorpusSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, {}, {}, {}, {}",
            plural(self.events, "event", "events"),
            plural(self.articles, "article", "articles"),
            plural(self.sentences, "sentence", "sentences"),
            plural(self.embed_sentences, "embedded-post sentence", "embedded-post sentences"),
            plural(self.removals, "removal", "removals"),
        )
    }
}

/// `1 event`, `2 events`.
pub fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}
