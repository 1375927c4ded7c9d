//! Splitting a paragraph into sentences.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, together with any closing quotes or brackets
//! right after it (so a closing quote stays with its sentence), when what follows looks like a
//! new sentence:
//! - a lowercase word, a comma and the like never start one, so `"…?" he asked.` and
//!   `"…," he said.` stay whole, and so do decimals (`3.5`) and addresses (`x.com`);
//! - after `!` and `?` any other word starts one;
//! - after an ellipsis, only a typical sentence start does (`The`, `He`, `However`, an opening
//!   quote), since `but … Biden emptied` marks a cut inside a sentence;
//! - after a full stop, the word before it decides ([`abbrev`]): never after a title (`Mr.`,
//!   `Gov.`), not before a number after `No.` or `Jan.`, after `a.m.`/`p.m.` unless a weekday,
//!   month or time zone follows, and after `U.S.`, `Inc.`, `Jr.` or an initial only when a
//!   typical sentence start follows;
//! - text glued to a full stop (`us.The`) is split when a capitalised word follows a lowercase one.
//!
//! Quotes are not tracked beyond that: a quotation that holds several sentences is split at its
//! own sentence ends, which keeps each piece readable.

pub(crate) mod abbrev;

use std::ops::Range;

use self::abbrev::Abbrev;
use crate::ingest::front::is_quote;
use crate::ingest::words::{bare_word, is_calendar_word, is_sentence_starter};

/// The sentences of `text`, each with its whitespace collapsed to single spaces.
pub(crate) fn sentences(text: &str) -> Vec<String> {
    sentence_ranges(text).into_iter().filter_map(|range| text.get(range)).map(collapse_whitespace).collect()
}

/// Collapses every run of whitespace to one space and trims the ends.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byte ranges of the sentences of `text`, trimmed; together they hold every non-space character.
pub(crate) fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut breaks = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let Some(&(_, ch)) = chars.get(index) else { break };
        if !is_terminal(ch) {
            index += 1;
            continue;
        }
        let cluster_start = index;
        let mut end = index;
        while chars.get(end).is_some_and(|&(_, ch)| is_terminal(ch)) {
            end += 1;
        }
        while chars.get(end).is_some_and(|&(_, ch)| is_closer(ch)) {
            end += 1;
        }
        if let Some(&(offset, _)) = chars.get(end) {
            if breaks_after(text, &chars, cluster_start, end) {
                breaks.push(offset);
            }
        }
        index = end.max(index + 1);
    }
    let mut ranges = Vec::new();
    let mut start = 0;
    for cut in breaks.into_iter().chain(std::iter::once(text.len())) {
        if let Some(range) = trimmed(text, start..cut) {
            ranges.push(range);
        }
        start = cut;
    }
    ranges
}

fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = text.get(range.clone())?;
    let leading = piece.len() - piece.trim_start().len();
    let trailing = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return None;
    }
    Some(range.start + leading..range.end - trailing)
}

fn is_terminal(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}')
}

fn is_closer(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '\u{2019}' | '\u{201D}' | '\u{BB}' | ')' | ']' | '}')
}

fn is_opener(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '\u{2018}' | '\u{201C}' | '\u{AB}' | '(' | '[')
}

/// Whether a sentence ends after the terminal cluster `chars[cluster_start..end]`, given that
/// `chars[end]` exists.
fn breaks_after(text: &str, chars: &[(usize, char)], cluster_start: usize, end: usize) -> bool {
    let Some(&(_, next)) = chars.get(end) else { return false };
    let terminals: String = chars
        .get(cluster_start..end)
        .unwrap_or_default()
        .iter()
        .map(|&(_, ch)| ch)
        .filter(|&ch| is_terminal(ch))
        .collect();
    if !next.is_whitespace() {
        return glued_break(chars, cluster_start, end, &terminals);
    }
    let Some(word_start) =
        (end..chars.len()).find(|&at| chars.get(at).is_some_and(|&(_, ch)| !ch.is_whitespace()))
    else {
        return false;
    };
    let Some(&(word_offset, first)) = chars.get(word_start) else { return false };
    if first.is_lowercase()
        || matches!(first, ',' | ';' | ':' | ')' | ']' | '}')
        || crate::ingest::front::is_dash(first)
    {
        return false;
    }
    let next_word =
        text.get(word_offset..).and_then(|rest| rest.split_whitespace().next()).unwrap_or_default();
    let is_ellipsis = terminals.contains('\u{2026}') || terminals.matches('.').count() >= 2;
    if is_ellipsis {
        return starts_sentence(next_word);
    }
    if terminals != "." {
        return true;
    }
    let Some(&(stop_offset, _)) = chars.get(cluster_start) else { return false };
    let word_before = word_before(text, stop_offset);
    match abbrev::classify(word_before) {
        Abbrev::None => true,
        Abbrev::Title => false,
        Abbrev::BeforeNumber => !first.is_ascii_digit(),
        // "at 1:30 a.m. (0530 GMT)": a time's conversion in brackets goes on.
        Abbrev::Time => {
            let converted = next_word
                .strip_prefix('(')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            !(is_calendar_word(next_word) || is_time_zone(next_word) || converted)
        }
        Abbrev::Ambiguous => starts_sentence(next_word),
        Abbrev::State => is_sentence_starter(next_word),
    }
}

/// The word that ends at `end`, looking back at most [`MAX_WORD_BYTES`] bytes, so that text with
/// no spaces costs linear time.
fn word_before(text: &str, end: usize) -> &str {
    let mut start = end.saturating_sub(MAX_WORD_BYTES);
    while !text.is_char_boundary(start) && start < end {
        start += 1;
    }
    let before = text.get(start..end).unwrap_or_default();
    before.rsplit(char::is_whitespace).next().unwrap_or_default()
}

/// The longest word the abbreviation rules look at.
const MAX_WORD_BYTES: usize = 64;

/// A break in text glued to its full stop: `end.The` but not `U.S.President` or `3.5`.
fn glued_break(chars: &[(usize, char)], cluster_start: usize, end: usize, terminals: &str) -> bool {
    if terminals.chars().count() != 1 {
        return false;
    }
    let before = cluster_start.checked_sub(1).and_then(|at| chars.get(at)).map(|&(_, ch)| ch);
    let next = chars.get(end).map(|&(_, ch)| ch);
    let after_next = chars.get(end + 1).map(|&(_, ch)| ch);
    let closed = end > cluster_start + 1;
    matches!(before, Some(ch) if ch.is_lowercase() || ch.is_ascii_digit() || (closed && ch.is_alphabetic()))
        && next.is_some_and(char::is_uppercase)
        && after_next.is_some_and(char::is_lowercase)
}

/// Whether `word` (as written, with any quotes) looks like the start of a new sentence.
fn starts_sentence(word: &str) -> bool {
    let opened = word.starts_with(|ch: char| is_opener(ch) || is_quote(ch));
    let bare = word.trim_start_matches(|ch: char| is_opener(ch) || is_quote(ch));
    (opened && bare.starts_with(char::is_uppercase)) || is_sentence_starter(bare)
}

/// "ET", "GMT", "IST", "BST": an all-capitals word of two to four letters.
fn is_time_zone(word: &str) -> bool {
    let bare = bare_word(word);
    (2..=4).contains(&bare.len()) && bare.chars().all(|ch| ch.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::sentences;

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(sentences("One. Two! Three? Four"), ["One.", "Two!", "Three?", "Four"]);
    }
}
