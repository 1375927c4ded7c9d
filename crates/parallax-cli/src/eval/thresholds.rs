//! Thresholds for `eval`: `--min FIGURE=SHARE`, `--max FIGURE=COUNT` and `--goals`, checked on
//! every event and on the whole.

use std::fmt;

use super::score::{EventScore, Figure};

/// The goals of the analysis issue and of the origins issue: what Parallax aims for on every
/// event.
pub const GOALS: &[(Figure, f64)] = &[
    (Figure::WholeFacts, 0.75),
    (Figure::OutletLinks, 0.85),
    (Figure::LinkPrecision, 0.95),
    (Figure::KeptSingle, 0.95),
    (Figure::FamilyOutlets, 0.95),
    (Figure::MixedFamilies, 0.0),
    (Figure::Speakers, 0.9),
    (Figure::CreditsFound, 0.85),
    (Figure::CreditsReal, 0.9),
    (Figure::Removed, 0.0),
    (Figure::CopyGroups, 1.0),
    (Figure::FalseCopies, 0.0),
    (Figure::Differences, 0.8),
    (Figure::FalseDifferences, 1.0),
];

/// A limit on one figure: a least share, or a most count for fault counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limit {
    /// The figure.
    pub figure: Figure,
    /// The least share, or the most faults.
    pub value: f64,
}

/// Reads `FIGURE=VALUE` for `--min` (shares, 0 to 1) or `--max` (fault counts).
pub fn parse(text: &str, at_most: bool) -> Result<Limit, String> {
    let option = if at_most { "--max" } else { "--min" };
    let (key, value) =
        text.split_once('=').ok_or_else(|| format!("{option} wants FIGURE=VALUE, got `{text}`"))?;
    let figure = Figure::from_key(key.trim()).ok_or_else(|| {
        let keys: Vec<&str> = Figure::ALL.iter().map(|f| f.key()).collect();
        format!("{option}: unknown figure `{key}`; the figures are {}", keys.join(", "))
    })?;
    if figure.is_fault_count() != at_most {
        let right =
            if figure.is_fault_count() { "--max (it counts faults)" } else { "--min (it is a share)" };
        return Err(format!("{option}: `{key}` takes {right}"));
    }
    let value: f64 =
        value.trim().parse().map_err(|_| format!("{option} {key}: `{value}` is not a number"))?;
    let valid = if at_most { value >= 0.0 } else { (0.0..=1.0).contains(&value) };
    if !valid {
        let range = if at_most { "a count of 0 or more" } else { "a share from 0 to 1" };
        return Err(format!("{option} {key}: `{value}` is out of range; want {range}"));
    }
    Ok(Limit { figure, value })
}

/// The goals as limits.
pub fn goals() -> Vec<Limit> {
    GOALS.iter().map(|&(figure, value)| Limit { figure, value }).collect()
}

/// One figure of one event held against its limit.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The event id, or `overall`.
    pub event: String,
    /// The figure.
    pub figure: Figure,
    /// What it came to: a share or a count.
    pub value: f64,
    /// The limit.
    pub limit: f64,
    /// Whether it meets the limit.
    pub passed: bool,
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sign, relation) = if self.figure.is_fault_count() { ("≤", ">") } else { ("≥", "<") };
        let relation = if self.passed { sign } else { relation };
        write!(
            f,
            "{} {}: {:.3} {relation} {} ({})",
            self.event,
            self.figure.key(),
            self.value,
            self.limit,
            self.figure.label()
        )
    }
}

/// Checks every limit on every event, and share limits on the whole too (a count of faults
/// adds up over the events, so its limit is each event's). A share with nothing to count (an
/// event without annotated families, say) passes.
pub fn check(limits: &[Limit], events: &[EventScore], overall: &EventScore) -> Vec<Check> {
    let mut checks = Vec::new();
    for (score, is_overall) in events.iter().map(|e| (e, false)).chain(std::iter::once((overall, true))) {
        for limit in limits {
            if is_overall && limit.figure.is_fault_count() {
                continue;
            }
            let ratio = score.get(limit.figure);
            let (value, passed) = if limit.figure.is_fault_count() {
                (ratio.hit as f64, ratio.hit as f64 <= limit.value)
            } else {
                match ratio.share() {
                    Some(share) => (share, share + 1e-9 >= limit.value),
                    None => (1.0, true),
                }
            };
            checks.push(Check {
                event: score.event.clone(),
                figure: limit.figure,
                value,
                limit: limit.value,
                passed,
            });
        }
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::score::Ratio;

    #[test]
    fn reads_limits_and_says_what_is_wrong() {
        assert_eq!(parse("whole-facts=0.75", false), Ok(Limit { figure: Figure::WholeFacts, value: 0.75 }));
        assert_eq!(parse("mixed-families=0", true), Ok(Limit { figure: Figure::MixedFamilies, value: 0.0 }));
        assert!(parse("whole-facts", false).unwrap_err().contains("FIGURE=VALUE"));
        assert!(parse("facts=0.5", false).unwrap_err().contains("unknown figure `facts`"));
        assert!(parse("whole-facts=2", false).unwrap_err().contains("out of range"));
        assert!(parse("mixed-families=0", false).unwrap_err().contains("--max"));
        assert!(parse("speakers=1", true).unwrap_err().contains("--min"));
    }

    #[test]
    fn checks_every_event_and_the_whole() {
        let mut good = EventScore { event: "a".into(), ..EventScore::default() };
        good.figures.insert(Figure::WholeFacts, Ratio { hit: 3, of: 4 });
        good.figures.insert(Figure::MixedFamilies, Ratio { hit: 0, of: 5 });
        let mut bad = EventScore { event: "b".into(), ..EventScore::default() };
        bad.figures.insert(Figure::WholeFacts, Ratio { hit: 1, of: 4 });
        bad.figures.insert(Figure::MixedFamilies, Ratio { hit: 1, of: 5 });
        let limits = [
            Limit { figure: Figure::WholeFacts, value: 0.75 },
            Limit { figure: Figure::MixedFamilies, value: 0.0 },
        ];
        let total = crate::eval::score::overall(&[good.clone(), bad.clone()]);
        let checks = check(&limits, &[good, bad], &total);
        let failed: Vec<(&str, Figure)> =
            checks.iter().filter(|c| !c.passed).map(|c| (c.event.as_str(), c.figure)).collect();
        assert_eq!(
            failed,
            [("b", Figure::WholeFacts), ("b", Figure::MixedFamilies), ("overall", Figure::WholeFacts)]
        );
        assert_eq!(checks.len(), 5);
    }
}
