//! How `eval` prints its figures: a table for people, a JSON document for programs.

use std::fmt::Write as _;

use serde_json::{json, Map, Value};

use super::score::{EventScore, Figure, Ratio};
use super::thresholds::Check;

/// The widest an event's column head is printed.
const HEAD_WIDTH: usize = 12;

/// A cell: `0.82 103/126` for a share, the count for a fault count.
fn cell(figure: Figure, ratio: Ratio) -> String {
    if figure.is_fault_count() {
        return ratio.hit.to_string();
    }
    match ratio.share() {
        Some(share) => format!("{share:.2} {}/{}", ratio.hit, ratio.of),
        None => "-".to_string(),
    }
}

fn head(id: &str) -> String {
    if id.chars().count() <= HEAD_WIDTH {
        id.to_string()
    } else {
        let cut: String = id.chars().take(HEAD_WIDTH - 1).collect();
        format!("{cut}…")
    }
}

/// The table: one row per figure, one column per event and one for all of them.
pub fn text(events: &[EventScore], overall: &EventScore, checks: &[Check], explain: bool) -> String {
    let mut columns: Vec<&EventScore> = vec![overall];
    columns.extend(events);
    let cells: Vec<Vec<String>> =
        Figure::ALL.iter().map(|&f| columns.iter().map(|e| cell(f, e.get(f))).collect()).collect();
    let widths: Vec<usize> = (0..columns.len())
        .map(|c| {
            let data = cells.iter().map(|row| row[c].chars().count()).max().unwrap_or(0);
            data.max(head(&columns[c].event).chars().count())
        })
        .collect();
    let label_width = Figure::ALL.iter().map(|f| f.key().len()).max().unwrap_or(0);
    let mut out = String::new();
    let _ = write!(out, "{:label_width$}", "");
    for (c, column) in columns.iter().enumerate() {
        let _ = write!(out, "  {:>w$}", head(&column.event), w = widths[c]);
    }
    out.push('\n');
    for (row, figure) in Figure::ALL.iter().enumerate() {
        let _ = write!(out, "{:label_width$}", figure.key());
        for (c, value) in cells[row].iter().enumerate() {
            let _ = write!(out, "  {value:>w$}", w = widths[c]);
        }
        out.push('\n');
    }
    out.push('\n');
    for figure in Figure::ALL {
        let _ = writeln!(out, "{:label_width$}  {}", figure.key(), figure.label());
    }
    if events.iter().any(|e| head(&e.event) != e.event) {
        out.push('\n');
        for event in events {
            let _ = writeln!(out, "{}  {}", head(&event.event), event.event);
        }
    }
    if explain {
        for event in events {
            let _ = writeln!(out, "\n## {}", event.event);
            for (figure, lines) in &event.misses {
                let _ = writeln!(out, "\n{} ({}):", figure.label(), lines.len());
                for line in lines {
                    let _ = writeln!(out, "  - {line}");
                }
            }
        }
    }
    if !checks.is_empty() {
        out.push('\n');
        let failed: Vec<&Check> = checks.iter().filter(|c| !c.passed).collect();
        if failed.is_empty() {
            let _ = writeln!(out, "every figure meets its threshold ({} checks)", checks.len());
        }
        for check in failed {
            let _ = writeln!(out, "BELOW: {check}");
        }
    }
    out
}

fn figures_json(score: &EventScore, explain: bool) -> Value {
    let mut figures = Map::new();
    for figure in Figure::ALL {
        let ratio = score.get(figure);
        figures.insert(
            figure.key().to_string(),
            json!({ "hit": ratio.hit, "of": ratio.of, "share": ratio.share() }),
        );
    }
    let mut out = json!({ "id": score.event, "figures": figures });
    if explain {
        let misses: Map<String, Value> =
            score.misses.iter().map(|(figure, lines)| (figure.key().to_string(), json!(lines))).collect();
        out["misses"] = Value::Object(misses);
    }
    out
}

/// The JSON document (schema in the README, "How good is the analysis").
pub fn json(events: &[EventScore], overall: &EventScore, checks: &[Check], explain: bool) -> Value {
    json!({
        "events": events.iter().map(|e| figures_json(e, explain)).collect::<Vec<_>>(),
        "overall": figures_json(overall, false),
        "checks": checks.iter().map(|c| json!({
            "event": c.event,
            "figure": c.figure.key(),
            "value": c.value,
            "limit": c.limit,
            "passed": c.passed,
        })).collect::<Vec<_>>(),
        "passed": checks.iter().all(|c| c.passed),
    })
}
