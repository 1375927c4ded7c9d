//! Turning a corpus's raw files into the cleaned, segmented model.
//!
//! PLACEHOLDER: a naive implementation so the workspace builds; replaced by the real ingest.

use crate::diagnostic::Diagnostic;
use crate::model::{Article, Block, Corpus, Event, Outlet, Piece, Sentence};
use crate::source::{CorpusSource, FileContent};

/// Limits that protect the build from runaway input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The largest article file accepted, in bytes.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_file_bytes: 1024 * 1024 }
    }
}

/// The result of ingesting a corpus: the model, plus what is wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    /// The corpus as far as it could be built.
    pub corpus: Corpus,
    /// Problems that must be fixed before the corpus is used.
    pub errors: Vec<Diagnostic>,
    /// Things worth knowing that do not stop the build.
    pub notes: Vec<Diagnostic>,
}

/// Parses, cleans and segments every event of a corpus.
pub fn ingest(source: &CorpusSource, _limits: &Limits) -> Ingested {
    let mut out = Ingested { notes: source.notes.clone(), ..Ingested::default() };
    for event_source in &source.events {
        let mut event =
            Event { id: event_source.id.clone(), title: event_source.id.clone(), ..Event::default() };
        for file in &event_source.files {
            let Some(stem) = file.name.strip_suffix(".txt") else { continue };
            let FileContent::Bytes(bytes) = &file.content else { continue };
            let text = String::from_utf8_lossy(bytes);
            let mut n = 0;
            let blocks = text
                .split("\n\n")
                .filter(|p| !p.trim().is_empty())
                .map(|p| {
                    n += 1;
                    Block::Paragraph(vec![Piece::Sentence(Sentence {
                        id: format!("{stem}-{n}"),
                        text: p.trim().to_string(),
                    })])
                })
                .collect();
            event.articles.push(Article {
                file: file.name.clone(),
                outlet: Outlet { id: stem.to_string(), name: stem.to_string() },
                blocks,
                ..Article::default()
            });
        }
        out.corpus.events.push(event);
    }
    out
}
