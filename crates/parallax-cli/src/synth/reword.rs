//! Rewording, as outlets do to the same facts: synonym swaps, translation-like variants, dropped
//! words, moved time phrases, numbers written out.

use super::rng::Rng;
use super::vocab::DROPPABLE;

/// Replaces whole-word occurrences of each phrase of `table` by one of its alternatives, each
/// occurrence with probability `p`.
pub fn swap_phrases(text: &str, table: &[(&str, &[&'static str])], p: f64, rng: &mut Rng) -> String {
    let mut out = text.to_string();
    for (phrase, alternatives) in table {
        if !out.contains(phrase) {
            continue;
        }
        let mut rebuilt = String::with_capacity(out.len() + 16);
        let mut rest = out.as_str();
        while let Some(at) = rest.find(phrase) {
            let before = &rest[..at];
            let after = &rest[at + phrase.len()..];
            let starts_word = before.chars().next_back().is_none_or(|ch| !ch.is_alphanumeric());
            let ends_word = after.chars().next().is_none_or(|ch| !ch.is_alphanumeric());
            rebuilt.push_str(before);
            if starts_word && ends_word && rng.chance(p) {
                rebuilt.push_str(rng.word(alternatives));
            } else {
                rebuilt.push_str(phrase);
            }
            rest = after;
        }
        rebuilt.push_str(rest);
        out = rebuilt;
    }
    out
}

/// Drops words a sub-editor could cut, each with probability `p`; never the first word.
pub fn drop_words(text: &str, p: f64, rng: &mut Rng) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for (position, word) in text.split(' ').enumerate() {
        let bare = word.trim_matches(|ch: char| !ch.is_alphanumeric());
        let droppable = position > 0 && bare == word && DROPPABLE.contains(&bare);
        if !(droppable && rng.chance(p)) {
            kept.push(word);
        }
    }
    kept.join(" ")
}

/// Writes standalone numbers from 2 to 9 as words, as many style guides ask.
pub fn small_numbers_as_words(text: &str) -> String {
    const WORDS: [&str; 10] =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    text.split(' ')
        .map(|word| match word.parse::<usize>() {
            Ok(n) if (2..=9).contains(&n) => WORDS.get(n).copied().unwrap_or(word).to_string(),
            _ => word.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that start a clause in lower case when a time phrase moves in front of them.
const COMMON_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "At",
    "It",
    "Police",
    "Analysts",
    "Shares",
    "Satellite",
    "Representatives",
    "Demand",
    "Officials",
];

/// Puts a clause after a leading phrase: "On Tuesday, the port…" but "On Tuesday, Elena Novak…".
pub fn after_lead_in(lead_in: &str, clause: &str) -> String {
    let first_word = clause.split(' ').next().unwrap_or("");
    let clause = if COMMON_OPENERS.contains(&first_word) {
        let mut chars = clause.chars();
        chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
    } else {
        clause.to_string()
    };
    format!("{lead_in}, {clause}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_only_whole_words() {
        let mut rng = Rng::new(1);
        let table: &[(&str, &[&'static str])] = &[("said", &["stated"])];
        assert_eq!(
            swap_phrases("He said it; unsaid things stay.", table, 1.0, &mut rng),
            "He stated it; unsaid things stay."
        );
        assert_eq!(swap_phrases("He said it.", table, 0.0, &mut rng), "He said it.");
    }

    #[test]
    fn drops_only_listed_words_and_never_the_first() {
        let mut rng = Rng::new(1);
        assert_eq!(
            drop_words("Also they also met again, today", 1.0, &mut rng),
            "Also they met again, today"
        );
    }

    #[test]
    fn numbers_and_lead_ins() {
        assert_eq!(
            small_numbers_as_words("At least 4 people and 40 cars"),
            "At least four people and 40 cars"
        );
        assert_eq!(after_lead_in("On Monday", "The port closed"), "On Monday, the port closed");
        assert_eq!(after_lead_in("On Monday", "Elena Novak left"), "On Monday, Elena Novak left");
    }
}
