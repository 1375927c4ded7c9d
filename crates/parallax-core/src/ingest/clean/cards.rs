//! Social posts scraped as cards: the poster's name on a line of its own, then the post's words
//! ("Patrick Galey" / "The moment #NotreDame's spire fell"), and the thread's "Replying to
//! @handle" line. A card has no signature or media link for [`crate::ingest::embed`] to find, but
//! its form is as plain: a bare name, then a short text that tags (`#`, `@`) or flags
//! ("BREAKING:") as posts do, and an article's own paragraphs do not.

/// Most words of a poster's display name.
const MAX_NAME_WORDS: usize = 4;

/// Most words of a post's text.
const MAX_POST_WORDS: usize = 60;

/// Whether a unit is a thread's "Replying to @handle" line.
pub(crate) fn is_reply_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() <= 8
        && words.first().is_some_and(|w| w.eq_ignore_ascii_case("replying"))
        && words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("to"))
        && words.get(2).is_some_and(|w| w.starts_with('@'))
}

/// Whether a unit is a poster's display name alone: two to four capitalised words ("J.D.
/// Durkin"), not all in capitals (a section heading), with no sentence's punctuation.
pub(crate) fn is_poster_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let shouting = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    (2..=MAX_NAME_WORDS).contains(&words.len())
        && capitalised
        && !shouting
        && !text.ends_with(['.', '!', '?', ':', ','])
        && !text.contains(['"', '\u{201C}', '\u{201D}', '(', ')'])
}

/// Whether a unit reads as a post's text: short, and tagging or flagged as posts are.
pub(crate) fn is_post_text(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let tags = words.iter().any(|w| {
        let mut chars = w.trim_start_matches(['(', '"', '\u{201C}']).chars();
        matches!(chars.next(), Some('#' | '@')) && chars.next().is_some_and(char::is_alphanumeric)
    });
    let flagged = text.starts_with("BREAKING:") || text.starts_with("JUST IN:");
    !words.is_empty() && words.len() <= MAX_POST_WORDS && (tags || flagged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_by_their_form() {
        assert!(is_reply_line("Replying to @someone"));
        assert!(!is_reply_line("Replying to critics, the minister said the plan stands."));
        assert!(is_poster_name("J.D. Durkin"));
        assert!(is_poster_name("Thomas Vampouille"));
        assert!(!is_poster_name("LIVE UPDATES"));
        assert!(!is_poster_name("The fire spread."));
        assert!(!is_poster_name("Paris"));
        assert!(is_post_text("The moment #NotreDame's spire fell"));
        assert!(is_post_text("BREAKING: The roof of the cathedral has collapsed into the church:"));
        assert!(!is_post_text("The roof of the cathedral collapsed into the church, officials said."));
    }
}
