//! A difference's values as the Differences page and the Align mark show them: grouped, the most
//! given first, and a long list summed up.

use super::{small_analysis, small_event};
use crate::analysis::{DetailKind, DetailValue, Difference};
use crate::view::{EventIndex, VALUES_IN_A_LINE};

/// The small event with one difference on claim c2 whose values are `values` (outlet, text); the
/// outlets are made up but their sentences are the claim's.
fn with_difference(values: &[(&str, &str)]) -> (crate::model::Event, crate::analysis::EventAnalysis) {
    let mut analysis = small_analysis();
    analysis.differences = vec![Difference {
        claim: "c2".into(),
        kind: DetailKind::Number,
        about: "killed".into(),
        values: values
            .iter()
            .map(|&(outlet, text)| DetailValue {
                outlet: outlet.into(),
                sentence: "alpha-2".into(),
                text: text.into(),
            })
            .collect(),
    }];
    (small_event(), analysis)
}

#[test]
fn values_are_grouped_with_the_most_given_first() {
    let (event, analysis) = with_difference(&[
        ("a", "272"),
        ("b", "at least 77"),
        ("c", "77"),
        ("d", "233"),
        ("e", "77"),
        ("f", "233"),
    ]);
    let index = EventIndex::new(&event, &analysis);
    let groups = index.value_groups(0, None);
    let shown: Vec<(&str, usize)> = groups.iter().map(|g| (g.text, g.outlets.len())).collect();
    assert_eq!(shown, [("at least 77", 3), ("233", 2), ("272", 1)]);
    assert_eq!(index.difference_line(0, None), "killed: at least 77 in 3 outlets, 233 in 2, 272 in 1");
    // Only the shown outlets' values.
    assert_eq!(index.difference_line(0, Some(&["a", "d"])), "killed: 272 in 1 outlet, 233 in 1");
}

#[test]
fn a_line_names_the_first_values_and_counts_the_rest() {
    let values: Vec<(String, String)> =
        (0..VALUES_IN_A_LINE + 3).map(|n| (format!("o{n}"), format!("{}", 10 + n))).collect();
    let values: Vec<(&str, &str)> = values.iter().map(|(o, t)| (o.as_str(), t.as_str())).collect();
    let (event, analysis) = with_difference(&values);
    let index = EventIndex::new(&event, &analysis);
    let line = index.difference_line(0, None);
    assert!(line.ends_with(", and 3 other values"), "{line}");
    assert_eq!(line.matches(" in ").count(), VALUES_IN_A_LINE, "{line}");
}
