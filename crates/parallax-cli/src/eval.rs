//! `parallax eval`: scores the analysis against annotated truth, per event and overall, and fails
//! when a figure is below the threshold asked for.
//!
//! The corpus is analysed in-process and turned into the JSON report; or a report file is read.
//! Either way scoring reads the report ([`input`]), anchors every truth substring to its
//! sentences ([`anchor`]) and counts ([`score`]); [`thresholds`] checks the limits and [`render`]
//! prints. Every part is a pure function but [`run`].

pub mod anchor;
pub mod input;
pub mod render;
pub mod score;
pub mod thresholds;
pub mod truth;

use std::io::Write;
use std::path::Path;

use parallax_core::analysis::analyse;

use crate::args::EvalArgs;
use crate::exit::Failure;
use crate::report::{index::ReportEvent, json, select_events};
use crate::{corpus, Outcome};

use self::input::ReportInput;
use self::score::EventScore;
use self::truth::Truth;

/// Loads the truth and the report, scores, prints, and fails below a threshold.
pub fn run(args: &EvalArgs) -> Outcome {
    let mut limits = if args.goals { thresholds::goals() } else { Vec::new() };
    for text in &args.min {
        limits.push(thresholds::parse(text, false).map_err(Failure::Usage)?);
    }
    for text in &args.max {
        limits.push(thresholds::parse(text, true).map_err(Failure::Usage)?);
    }
    let truth = read_truth(&args.truth)?;
    let report = match (&args.dir, &args.report) {
        (_, Some(file)) => read_report(file)?,
        (Some(dir), None) => analyse_corpus(dir, &truth, args)?,
        (None, None) => return Err(Failure::Usage("give a corpus folder or --report FILE".to_string())),
    };
    let scores = score_report(&truth, &report, args.event.as_deref(), &args.truth)?;
    let total = score::overall(&scores);
    let checks = thresholds::check(&limits, &scores, &total);
    let out = if args.json {
        let mut text = serde_json::to_string_pretty(&render::json(&scores, &total, &checks, args.explain))
            .map_err(|err| Failure::io("writing the figures", err.into()))?;
        text.push('\n');
        text
    } else {
        render::text(&scores, &total, &checks, args.explain)
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|err| Failure::io("writing to stdout", err))?;
    if checks.iter().all(|c| c.passed) {
        Ok(())
    } else {
        Err(Failure::Below)
    }
}

fn read_truth(path: &Path) -> Result<Truth, Failure> {
    let text = std::fs::read_to_string(path).map_err(|err| {
        Failure::Input(format!("{}: error: cannot read the truth file: {err}", path.display()))
    })?;
    truth::parse(&text).map_err(|message| Failure::Input(format!("{}:{message}", path.display())))
}

fn read_report(path: &Path) -> Result<ReportInput, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| Failure::Input(format!("{}: error: cannot read the report: {err}", path.display())))?;
    serde_json::from_str(&text).map_err(|err| {
        let message = err.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        Failure::Input(format!(
            "{}:{}:{}: error: not a parallax report: {message}",
            path.display(),
            err.line(),
            err.column()
        ))
    })
}

/// Analyses the corpus's events that the truth annotates, as `report --json` would print them.
fn analyse_corpus(dir: &Path, truth: &Truth, args: &EvalArgs) -> Result<ReportInput, Failure> {
    let ingested = corpus::load(dir);
    corpus::print_diagnostics(&ingested, args.quiet);
    if !ingested.errors.is_empty() {
        return Err(Failure::Corpus);
    }
    let events: Vec<_> = select_events(&ingested.corpus, args.event.as_deref())?
        .into_iter()
        .filter(|event| truth.contains_key(&event.id))
        .collect();
    let analyses: Vec<_> = events.iter().map(|event| analyse(event)).collect();
    let indices: Vec<ReportEvent<'_>> =
        events.iter().zip(&analyses).map(|(event, analysis)| ReportEvent::new(event, analysis)).collect();
    let value = serde_json::to_value(json::build(&indices))
        .map_err(|err| Failure::io("building the report", err.into()))?;
    serde_json::from_value(value).map_err(|err| Failure::io("reading back the report", err.into()))
}

/// Scores each annotated event. An event the truth names but the report lacks, or an outlet the
/// truth names that the event has no article for, is an error: the figures would be wrong.
pub fn score_report(
    truth: &Truth,
    report: &ReportInput,
    only: Option<&str>,
    truth_path: &Path,
) -> Result<Vec<EventScore>, Failure> {
    let mut problems = Vec::new();
    let mut scores = Vec::new();
    for (id, event_truth) in truth {
        if only.is_some_and(|wanted| wanted != id) {
            continue;
        }
        let Some(event) = report.events.iter().find(|e| &e.id == id) else {
            problems.push(format!(
                "{}: error: event `{id}` is annotated but not in the corpus or report",
                truth_path.display()
            ));
            continue;
        };
        let sentences = anchor::Sentences::new(event);
        let mut unknown: Vec<String> = event_truth
            .outlet_mentions()
            .into_iter()
            .filter(|(outlet, _)| sentences.article(outlet).is_none())
            .map(|(outlet, place)| {
                format!(
                    "{}: error: {id}/{place}: outlet `{outlet}` has no article in the event",
                    truth_path.display()
                )
            })
            .collect();
        unknown.dedup();
        problems.extend(unknown);
        scores.push(score::score_event(event_truth, event));
    }
    if let Some(wanted) = only {
        if !truth.contains_key(wanted) {
            return Err(Failure::Usage(format!("the truth file does not annotate event `{wanted}`")));
        }
    }
    if problems.is_empty() {
        Ok(scores)
    } else {
        Err(Failure::Input(problems.join("\n")))
    }
}
