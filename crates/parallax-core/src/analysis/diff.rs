//! Word-level diffs between two wordings of a quote, with the `similar` crate.
//!
//! Words are compared case-insensitively without their punctuation ("\[Trump\]" equals "Trump",
//! "don’t" equals "don't"); the output keeps each side's words as written. Consecutive words of
//! one kind are joined into one step.

use similar::{capture_diff_slices, Algorithm, DiffOp as Op};

use crate::analysis::DiffOp;

/// A word reduced for comparison.
fn compare_key(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The steps that turn `canonical` into `variant`, word by word.
pub fn word_diff(canonical: &str, variant: &str) -> Vec<DiffOp> {
    let old: Vec<&str> = canonical.split_whitespace().collect();
    let new: Vec<&str> = variant.split_whitespace().collect();
    let old_keys: Vec<String> = old.iter().map(|w| compare_key(w)).collect();
    let new_keys: Vec<String> = new.iter().map(|w| compare_key(w)).collect();
    let mut steps: Vec<DiffOp> = Vec::new();
    let words = |list: &[&str], from: usize, len: usize| -> String {
        list.get(from..from + len).map(|w| w.join(" ")).unwrap_or_default()
    };
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        match op {
            Op::Equal { new_index, len, .. } => push(&mut steps, DiffOp::Same(words(&new, new_index, len))),
            Op::Delete { old_index, old_len, .. } => {
                push(&mut steps, DiffOp::Removed(words(&old, old_index, old_len)));
            }
            Op::Insert { new_index, new_len, .. } => {
                push(&mut steps, DiffOp::Inserted(words(&new, new_index, new_len)));
            }
            Op::Replace { old_index, old_len, new_index, new_len } => {
                push(&mut steps, DiffOp::Removed(words(&old, old_index, old_len)));
                push(&mut steps, DiffOp::Inserted(words(&new, new_index, new_len)));
            }
        }
    }
    steps
}

/// Appends a step, joining it to the previous one when both are of one kind.
fn push(steps: &mut Vec<DiffOp>, step: DiffOp) {
    let text_empty = match &step {
        DiffOp::Same(t) | DiffOp::Inserted(t) | DiffOp::Removed(t) => t.is_empty(),
    };
    if text_empty {
        return;
    }
    match (steps.last_mut(), step) {
        (Some(DiffOp::Same(a)), DiffOp::Same(b))
        | (Some(DiffOp::Inserted(a)), DiffOp::Inserted(b))
        | (Some(DiffOp::Removed(a)), DiffOp::Removed(b)) => {
            a.push(' ');
            a.push_str(&b);
        }
        (_, step) => steps.push(step),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_words_ignoring_case_and_punctuation() {
        let steps = word_diff("he could get offended.", "He might get offended");
        assert_eq!(
            steps,
            vec![
                DiffOp::Same("He".into()),
                DiffOp::Removed("could".into()),
                DiffOp::Inserted("might".into()),
                DiffOp::Same("get offended".into()),
            ]
        );
        assert_eq!(
            word_diff("make [Trump] wait", "make Trump wait"),
            vec![DiffOp::Same("make Trump wait".into())]
        );
    }

    #[test]
    fn partial_quotes_show_what_they_leave_out() {
        let steps =
            word_diff("No, I didn't make any progress with him today", "No, I didn't make any progress");
        assert_eq!(
            steps,
            vec![
                DiffOp::Same("No, I didn't make any progress".into()),
                DiffOp::Removed("with him today".into())
            ]
        );
    }

    #[test]
    fn empty_sides() {
        assert!(word_diff("", "").is_empty());
        assert_eq!(word_diff("", "new words"), vec![DiffOp::Inserted("new words".into())]);
    }
}
