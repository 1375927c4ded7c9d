//! Case-insensitive phrase matching on words, shared by the cleaning rules.

/// If `text` begins with `phrase` (ignoring case, apostrophe style and the amount of whitespace)
/// and the match ends at a word boundary, the byte offset where the match ends.
pub(crate) fn prefix_end(text: &str, phrase: &str) -> Option<usize> {
    let mut text_chars = text.char_indices().peekable();
    for wanted in phrase.chars() {
        if wanted == ' ' {
            let mut skipped = false;
            while text_chars.peek().is_some_and(|&(_, ch)| ch.is_whitespace()) {
                text_chars.next();
                skipped = true;
            }
            if !skipped {
                return None;
            }
            continue;
        }
        let (_, got) = text_chars.next()?;
        if fold(got) != fold(wanted) {
            return None;
        }
    }
    let end = text_chars.peek().map_or(text.len(), |&(at, _)| at);
    let next = text.get(end..)?.chars().next();
    match next {
        Some(ch) if ch.is_alphanumeric() => None,
        _ => Some(end),
    }
}

/// Whether `text` begins with any of `phrases`; the end of the longest match.
pub(crate) fn prefix_end_any(text: &str, phrases: &[&str]) -> Option<usize> {
    phrases.iter().filter_map(|phrase| prefix_end(text, phrase)).max()
}

/// A line's words in lowercase, with apostrophes unified and surrounding punctuation stripped.
pub(crate) fn key(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            word.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '&')
                .chars()
                .map(fold)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lowercase, with curly apostrophes as straight ones.
pub(crate) fn fold(ch: char) -> char {
    match ch {
        '\u{2019}' | '\u{2018}' | '`' => '\'',
        ch => ch.to_lowercase().next().unwrap_or(ch),
    }
}

/// Whether the text has no lowercase letters (and some letters): `ALSO READ`.
pub(crate) fn is_all_caps(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// The byte length of the separators (`:`, `|`, dashes, `»`, `>`, spaces) at the start of `text`.
pub(crate) fn separator_len(text: &str) -> usize {
    text.len()
        - text
            .trim_start_matches(|ch: char| {
                ch.is_whitespace()
                    || matches!(ch, ':' | '|' | '>' | '\u{BB}' | '\u{203A}')
                    || crate::ingest::front::is_dash(ch)
            })
            .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_phrases_loosely() {
        assert_eq!(prefix_end("Read  More Details", "read more"), Some(10));
        assert_eq!(prefix_end("Read moreover", "read more"), None);
        assert_eq!(prefix_end("Don’t miss", "don't miss"), Some(12));
        assert_eq!(key("  Share.  Leave A Reply "), "share leave a reply");
        assert!(is_all_caps("ALSO READ:"));
        assert_eq!(separator_len(" : – Headline"), 7);
    }
}
