//! `parallax check DIR`: validate a corpus and summarise it.

use std::io::Write;

use crate::args::CheckArgs;
use crate::corpus::{self, plural, CorpusSize};
use crate::exit::Failure;
use crate::Outcome;

/// Prints the corpus's notes and errors to stderr and a one-line summary to stdout; fails with
/// [`Failure::Corpus`] when there are errors.
pub fn run(args: &CheckArgs) -> Outcome {
    let ingested = corpus::load(&args.dir);
    corpus::print_diagnostics(&ingested, false);
    let summary = format!(
        "{}; {}, {}",
        CorpusSize::of(&ingested.corpus),
        plural(ingested.errors.len(), "error", "errors"),
        plural(ingested.notes.len(), "note", "notes"),
    );
    writeln!(std::io::stdout(), "{summary}").map_err(|err| Failure::io("writing the summary", err))?;
    if ingested.errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::Corpus)
    }
}
