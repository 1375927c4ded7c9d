//! Datelines and credit lines, which credit an agency or outlet by their form alone:
//! - a dateline opening a paragraph: a place (and date) in capitals, the credited names in
//!   parentheses, then a dash or a colon: "MOSCOW (Reuters) -", "NARA, Japan, July 8 (Reuters) –",
//!   "CUPERTINO, Calif. (AP) –", "(AP/Reuters) —"; with the place in small letters ("Moscow (AFP)
//!   -") only names from the table count;
//! - a paragraph that is only a credit line: "By:BLOOMBERG", "By Reuters", "Source: AAP",
//!   "(With inputs from PTI)", "Copyright 2022 The Associated Press", "— AFP", "Reuters
//!   contributed to this report", "This article was originally published by The Conversation".
//!
//! A credit line only credits names from the agency and outlet table: "By Jane Smith" is a byline,
//! and a photo caption that ends "Source: AAP" or "(AP Photo/…)" is not a line of its own.

use crate::analysis::lexicon::credits::PHOTO_WORDS;

/// Most bytes a dateline may take before its parenthesis.
const MAX_PLACE_BYTES: usize = 80;

/// Most words a credit line may hold.
const MAX_CREDIT_LINE_WORDS: usize = 12;

/// Words that open a credit line (lowercase, compared without punctuation).
const CREDIT_LINE_OPENERS: &[&[&str]] = &[
    &["by"],
    &["source"],
    &["sources"],
    &["with", "inputs", "from"],
    &["with", "input", "from"],
    &["inputs", "from"],
    &["additional", "reporting", "by"],
    &["copyright"],
    &["written", "by"],
    &["compiled", "by"],
    &["wire", "service", "content"],
];

/// The names a dateline at the start of `text` credits, as written ("Reuters", "AP"), and
/// whether its place is in capitals (otherwise only names the table knows count).
pub fn dateline(text: &str) -> (Vec<&str>, bool) {
    let shouted = text.split_whitespace().next().is_some_and(|word| {
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
    });
    (names_in_dateline(text), shouted || text.trim_start().starts_with('('))
}

/// The names in parentheses of a dateline at the start of `text`.
fn names_in_dateline(text: &str) -> Vec<&str> {
    let Some(open) = text
        .char_indices()
        .take_while(|&(b, _)| b <= MAX_PLACE_BYTES)
        .find(|&(_, c)| c == '(')
        .map(|(b, _)| b)
    else {
        return Vec::new();
    };
    let place = &text[..open];
    let place_ok = place.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '/')).all(|word| {
        word.is_empty() || word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    if !place_ok {
        return Vec::new();
    }
    if place.split_whitespace().count() > 8 {
        return Vec::new();
    }
    let Some(close) = text[open..].find(')').map(|b| open + b) else { return Vec::new() };
    let after = text[close + 1..].trim_start();
    if !after.starts_with(['-', '–', '—', ':', '•']) {
        return Vec::new();
    }
    let inner = &text[open + 1..close];
    if inner.split_whitespace().count() > 6 {
        return Vec::new();
    }
    inner
        .split(['/', ',', ';'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| name.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

/// The text a paragraph that is only a credit line credits ("BLOOMBERG" for "By:BLOOMBERG"), if
/// it is one.
pub fn credit_line(text: &str) -> Option<&str> {
    if text.split_whitespace().nth(MAX_CREDIT_LINE_WORDS).is_some() {
        return None;
    }
    let trimmed =
        text.trim().trim_start_matches(['(', '—', '–', '-', '©', ' ']).trim_end_matches([')', '.', ' ']);
    if trimmed.is_empty() {
        return None;
    }
    // "— AFP" and "(Reuters)" alone.
    if text.trim_start().starts_with(['—', '–', '-', '(', '©']) && trimmed.split_whitespace().count() <= 3
    {
        return Some(trimmed);
    }
    let words: Vec<(usize, String)> = word_starts(trimmed);
    let lower: Vec<&str> = words.iter().map(|(_, w)| w.as_str()).collect();
    // "Reuters contributed to this report."
    if let Some(at) =
        lower.windows(2).position(|w| w == ["contributed", "to"] || w == ["contributed", "reporting"])
    {
        return words.get(at).map(|(byte, _)| trimmed[..*byte].trim());
    }
    // "This article was originally published by/in/on X."
    let published = lower.windows(2).position(|w| {
        matches!(w[0], "originally" | "first" | "was" | "is")
            && matches!(w[1], "published" | "appeared" | "republished")
    });
    if let Some(at) = published {
        let rest =
            (at + 2..words.len()).find(|&k| matches!(lower[k], "by" | "in" | "on" | "from")).map(|k| k + 1);
        return rest.and_then(|k| words.get(k)).map(|(byte, _)| &trimmed[*byte..]);
    }
    for opener in CREDIT_LINE_OPENERS {
        let matches = opener.len() <= words.len()
            && opener.iter().zip(&words).all(|(expected, (_, word))| word == expected);
        if matches {
            let rest = words.get(opener.len()).map_or(trimmed.len(), |(at, _)| *at);
            return Some(trimmed[rest..].trim_start_matches([':', ' ', '|']));
        }
    }
    // A name alone, or before a slash or a bar: "Kyodo News", "AFP/ MANILA BULLETIN",
    // "Xinhua | Updated: 2024-01-06 13:50".
    let first = trimmed.split(['/', '|']).next().unwrap_or("").trim();
    let photo = lower.iter().any(|word| PHOTO_WORDS.contains(&word.trim_end_matches('s')));
    let named = !first.is_empty()
        && !photo
        && first.split_whitespace().count() <= MAX_NAME_LINE_WORDS
        && first.split_whitespace().all(|word| word.chars().next().is_some_and(char::is_uppercase));
    named.then_some(first)
}

/// Most words of a line that is only a name ("Kyodo News").
const MAX_NAME_LINE_WORDS: usize = 4;

/// The name a paragraph's closing credit gives, if it ends with one after a dash: `…," - AFP`,
/// `… — Reuters`.
pub fn closing_credit(text: &str) -> Option<&str> {
    let text = text.trim_end().trim_end_matches(['.', ')']);
    let (before, name) = text.rsplit_once([' ', '\u{a0}'])?;
    let dash = before.trim_end().strip_suffix(['-', '–', '—'])?;
    let name = name.trim();
    let closes = !dash.trim_end().is_empty() && name.chars().next().is_some_and(char::is_uppercase);
    closes.then_some(name)
}

/// Each word of `text` in lowercase with its byte offset (words are runs of letters and digits).
fn word_starts(text: &str) -> Vec<(usize, String)> {
    let mut words = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (at, c) in text.char_indices() {
        if c.is_alphanumeric() {
            current.get_or_insert_with(|| (at, String::new())).1.extend(c.to_lowercase());
        } else if let Some(word) = current.take() {
            words.push(word);
        }
    }
    words.extend(current);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_credit_the_names_in_parentheses() {
        assert_eq!(dateline("MOSCOW (Reuters) - The Kremlin said on Monday"), (vec!["Reuters"], true));
        assert_eq!(
            dateline("NARA, Japan, July 8 (Reuters) – Former Prime Minister"),
            (vec!["Reuters"], true)
        );
        assert_eq!(dateline("CUPERTINO, Calif. (AP) – Apple today unveiled"), (vec!["AP"], true));
        assert_eq!(dateline("WASHINGTON (AP/Reuters) — The court"), (vec!["AP", "Reuters"], true));
        assert_eq!(dateline("(Reuters) - Shares fell"), (vec!["Reuters"], true));
        assert_eq!(dateline("Moscow (AFP) - Shares fell"), (vec!["AFP"], false));
    }

    #[test]
    fn parentheses_elsewhere_are_no_dateline() {
        assert!(dateline("The US Geological Survey (USGS) said the quake struck").0.is_empty());
        assert!(dateline("Officials (who asked not to be named) - said").0.is_empty());
        assert!(dateline("The Supreme Court, Friday, June 24, 2022. (AP Photo/Steve Helber)").0.is_empty());
        assert!(dateline("").0.is_empty());
    }

    #[test]
    fn credit_lines_and_what_is_not_one() {
        assert_eq!(credit_line("By:BLOOMBERG"), Some("BLOOMBERG"));
        assert_eq!(credit_line("Source: AAP"), Some("AAP"));
        assert_eq!(credit_line("(With inputs from PTI)"), Some("PTI"));
        assert_eq!(credit_line("— AFP"), Some("AFP"));
        assert_eq!(credit_line("Reuters contributed to this report."), Some("Reuters"));
        assert_eq!(
            credit_line("This article was originally published by The Conversation."),
            Some("The Conversation")
        );
        assert_eq!(
            credit_line("Rescue workers stand behind rubble in Portoviejo, Ecuador. Source: AAP"),
            None
        );
        assert_eq!(credit_line("Byron Bay was quiet on Sunday."), None);
        assert_eq!(credit_line("Kyodo News"), Some("Kyodo News"));
        assert_eq!(credit_line("AFP/ MANILA BULLETIN"), Some("AFP"));
        assert_eq!(credit_line("Xinhua | Updated: 2024-01-06 13:50"), Some("Xinhua"));
        assert_eq!(credit_line("AP Photo/Manu Fernandez"), None);
    }

    #[test]
    fn closing_credits_follow_a_dash_at_the_paragraph_end() {
        assert_eq!(closing_credit("\"I am leaving because it is time.\" - AFP"), Some("AFP"));
        assert_eq!(closing_credit("The toll rose to 13 on Sunday. — Reuters"), Some("Reuters"));
        assert_eq!(closing_credit("The toll rose to 13 on Sunday."), None);
        assert_eq!(closing_credit("It was a bridge - Pronojiwo"), Some("Pronojiwo"));
        assert_eq!(closing_credit("- AFP"), None);
    }
}
