//! `parallax report DIR [--event ID] (--json|--markdown)`: analyse a corpus and print the report.

pub mod index;
pub mod json;
pub mod markdown;
#[cfg(test)]
mod sample;

use std::io::{BufWriter, Write};

use parallax_core::analysis::{analyse, EventAnalysis};
use parallax_core::model::{Corpus, Event};

use crate::args::ReportArgs;
use crate::corpus;
use crate::exit::Failure;
use crate::progress::Progress;
use crate::Outcome;

use self::index::ReportEvent;

/// Loads, analyses and prints. Corpus errors are printed and fail with [`Failure::Corpus`]; an
/// unknown `--event` fails with [`Failure::Usage`].
pub fn run(args: &ReportArgs) -> Outcome {
    let ingested = corpus::load(&args.dir);
    corpus::print_diagnostics(&ingested, args.quiet);
    if !ingested.errors.is_empty() {
        return Err(Failure::Corpus);
    }
    let events = select_events(&ingested.corpus, args.event.as_deref())?;
    let analyses = analyse_all(&events);
    let indices: Vec<ReportEvent<'_>> =
        events.iter().zip(&analyses).map(|(event, analysis)| ReportEvent::new(event, analysis)).collect();
    let stdout = std::io::stdout().lock();
    let mut writer = BufWriter::with_capacity(1 << 16, stdout);
    let written = if args.json {
        let report = json::build(&indices);
        if args.compact {
            serde_json::to_writer(&mut writer, &report)
        } else {
            serde_json::to_writer_pretty(&mut writer, &report)
        }
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(writer))
    } else {
        writer.write_all(markdown::render(&indices).as_bytes())
    };
    written.and_then(|()| writer.flush()).map_err(|err| Failure::io("writing the report to stdout", err))
}

/// The events to report on: all of them, or the one `--event` names.
pub fn select_events<'a>(corpus: &'a Corpus, wanted: Option<&str>) -> Result<Vec<&'a Event>, Failure> {
    let Some(wanted) = wanted else {
        return Ok(corpus.events.iter().collect());
    };
    match corpus.event(wanted) {
        Some(event) => Ok(vec![event]),
        None => {
            let valid: Vec<&str> = corpus.events.iter().map(|event| event.id.as_str()).collect();
            let valid = if valid.is_empty() {
                "none, the corpus has no events".to_string()
            } else {
                valid.join(", ")
            };
            Err(Failure::Usage(format!(
                "unknown event id `{wanted}` for --event; the valid ids are: {valid}"
            )))
        }
    }
}

fn analyse_all(events: &[&Event]) -> Vec<EventAnalysis> {
    let mut progress = Progress::new("analysing", events.len());
    let analyses = events
        .iter()
        .map(|event| {
            let analysis = analyse(event);
            progress.step(&event.id);
            analysis
        })
        .collect();
    progress.finish();
    analyses
}
