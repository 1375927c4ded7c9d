//! Lists of links to other stories: a header such as "Also on site :", "Related:", "More from
//! `<site>`" or "You may also like", and the list of headlines after it.
//!
//! The header is matched by its words. The list after it is taken while its lines look like
//! link items: bulleted lines, or short lines that do not end a sentence. In the middle of an
//! article only bulleted lines and lines in the header's own block (no blank line between) are
//! taken, so that a section heading after a blank line stays.

use super::text::{key, prefix_end_any, separator_len};
use crate::ingest::layout::{ends_sentence, Unit};

/// Headers of related-link lists.
const HEADERS: &[&str] = &[
    "also on site",
    "also on",
    "related",
    "related articles",
    "related stories",
    "related news",
    "related posts",
    "related content",
    "related coverage",
    "related topics",
    "more from",
    "more stories",
    "more news",
    "more on this",
    "more on this story",
    "more on this topic",
    "you may also like",
    "you might also like",
    "you may like",
    "you may have missed",
    "recommended",
    "recommended for you",
    "recommended stories",
    "recommended articles",
    "recommended news",
    "most read",
    "most popular",
    "popular stories",
    "trending now",
    "trending stories",
    "top stories",
    "latest stories",
    "what to read next",
    "further reading",
    "in other news",
    "other stories",
    "editor's picks",
    "editors' picks",
    "editor's pick",
    "editors' pick",
    "also in the news",
];

/// The longest a header line may be, in words ("More from The Daily Planet's World Desk").
const MAX_HEADER_WORDS: usize = 8;

/// The longest a list item without a bullet may be, in words.
const MAX_ITEM_WORDS: usize = 20;

/// Whether a unit is a related-links header (possibly with its first item on the same line).
pub(crate) fn is_header(text: &str) -> bool {
    let Some(end) = prefix_end_any(text, HEADERS) else { return false };
    let rest = text.get(end..).unwrap_or_default();
    let separator = separator_len(rest);
    let has_colon = rest.get(..separator).is_some_and(|sep| sep.contains([':', '|']));
    let after = rest.get(separator..).unwrap_or_default();
    let words = key(text).split(' ').count();
    let bare_header = after.is_empty() && !ends_sentence(text);
    let header_then_item =
        has_colon && !after.is_empty() && after.split_whitespace().count() <= MAX_ITEM_WORDS;
    // "More from Newsweek", "More from the Kremlin:" — a header naming a site.
    let named =
        text.to_lowercase().starts_with("more from") && words <= MAX_HEADER_WORDS && !ends_sentence(text);
    (bare_header && words <= MAX_HEADER_WORDS) || header_then_item || named
}

/// Whether a unit after a header is an item of its list.
pub(crate) fn is_item(unit: &Unit, at_tail: bool) -> bool {
    let text = unit.text.trim();
    if is_bulleted(text) {
        return true;
    }
    let headline_like = text.split_whitespace().count() <= MAX_ITEM_WORDS && !text.ends_with(':');
    headline_like && (at_tail || (unit.gap_before == 0 && !ends_sentence(text)))
}

fn is_bulleted(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next();
    let second = chars.next();
    match (first, second) {
        (
            Some('-' | '*' | '\u{2022}' | '\u{B7}' | '\u{25AA}' | '\u{25B8}' | '\u{2013}' | '\u{2014}' | '>'),
            Some(' '),
        ) => true,
        (Some(digit), _) if digit.is_ascii_digit() => {
            let digits = text.trim_start_matches(|ch: char| ch.is_ascii_digit());
            digits.starts_with(". ") || digits.starts_with(") ")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert!(is_header("Also on site :"));
        assert!(is_header("Related:"));
        assert!(is_header("RELATED: Kremlin says talks go on"));
        assert!(is_header("More from Newsweek"));
        assert!(is_header("You may also like"));
        assert!(!is_header("Related talks are planned for next week, officials said."));
        assert!(!is_header("More from the interview follows below, in which he said the call went well."));
    }

    #[test]
    fn items() {
        let unit = |text: &str, gap_before| Unit { text: text.to_string(), line: 1, gap_before };
        assert!(is_item(&unit("- Syria Launches New National Visual Identity", 0), false));
        assert!(is_item(&unit("Supreme Court clears way for deportation", 0), false));
        assert!(!is_item(&unit("Friendly Tone, Limited Progress", 1), false));
        assert!(is_item(&unit("Friendly Tone, Limited Progress", 1), true));
    }
}
