//! The front of an article: a leading ` date YYYY-MM-DD` line, read as the publication date, and
//! a headline that the scrape ran into the first paragraph.

use crate::ingest::names::is_iso_date;

/// A leading date line found at the start of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// The removed text as written (`date 2025-07-03`).
    pub text: String,
    /// The byte offset where the rest of the article starts.
    pub rest_start: usize,
}

/// Reads a leading `date YYYY-MM-DD` (the leading space is optional, `date` in any case), which
/// may stand on its own line or run into the first paragraph.
pub(crate) fn date_line(text: &str) -> Option<DateLine> {
    let start = text.len() - text.trim_start_matches(' ').len();
    let after_start = text.get(start..)?;
    let keyword = after_start.get(..4)?;
    if !keyword.eq_ignore_ascii_case("date") {
        return None;
    }
    let after_keyword = after_start.get(4..)?;
    let spaces = after_keyword.len() - after_keyword.trim_start_matches(' ').len();
    if spaces == 0 {
        return None;
    }
    let date_start = start + 4 + spaces;
    let date = text.get(date_start..date_start + 10)?;
    let rest_start = date_start + 10;
    let boundary_ok =
        text.get(rest_start..).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\n']));
    if !is_iso_date(date) || !boundary_ok {
        return None;
    }
    let written = text.get(start..rest_start)?.to_string();
    Some(DateLine { date: date.to_string(), text: written, rest_start })
}

/// Where a paragraph that begins with `headline` (compared loosely: case, quote and apostrophe
/// style, whitespace and dash style are ignored) stops repeating it: the byte offset just after
/// the headline, or `None` when the paragraph does not begin with it.
pub(crate) fn headline_end(paragraph: &str, headline: &str) -> Option<usize> {
    let wanted: Vec<char> = headline.chars().flat_map(loose_key).collect();
    if wanted.len() < 3 {
        return None;
    }
    let mut matched = 0;
    let mut end = None;
    for (offset, ch) in paragraph.char_indices() {
        for key in loose_key(ch) {
            if wanted.get(matched) != Some(&key) {
                return None;
            }
            matched += 1;
        }
        if matched == wanted.len() {
            end = Some(offset + ch.len_utf8());
            break;
        }
    }
    let mut end = end?;
    // Closing quotes written right after the headline belong to it.
    let rest = paragraph.get(end..)?;
    let trailing_quotes = rest.len() - rest.trim_start_matches(is_quote).len();
    end += trailing_quotes;
    let next = paragraph.get(end..)?.chars().next();
    match next {
        Some(ch) if ch.is_alphanumeric() => None,
        _ => Some(end),
    }
}

/// The characters that count when comparing loosely: lowercase letters and digits, one kind of
/// dash, and other punctuation as it is; quotes and whitespace do not count.
fn loose_key(ch: char) -> Vec<char> {
    if ch.is_whitespace() || is_quote(ch) {
        Vec::new()
    } else if is_dash(ch) {
        vec!['-']
    } else if ch == '\u{2026}' {
        vec!['.', '.', '.']
    } else {
        ch.to_lowercase().collect()
    }
}

pub(crate) fn is_quote(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\'' | '`' | '\u{B4}' | '\u{2018}'..='\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{2032}' | '\u{2033}'
    )
}

pub(crate) fn is_dash(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_date_line() {
        let line = date_line(" date 2025-07-03 Putin rushes").unwrap();
        assert_eq!(line.date, "2025-07-03");
        assert_eq!(line.text, "date 2025-07-03");
        assert_eq!(&" date 2025-07-03 Putin rushes"[line.rest_start..], " Putin rushes");
        assert!(date_line("Date 2025-07-03\nText").is_some());
        assert!(date_line("date 2025-13-03 x").is_none());
        assert!(date_line("dated 2025-07-03").is_none());
        assert!(date_line("date 2025-07-031").is_none());
        assert!(date_line("update 2025-07-03").is_none());
        assert!(date_line("date").is_none());
    }

    #[test]
    fn finds_a_run_in_headline_loosely() {
        let paragraph = "Putin’s call – “no progress”: Trump said so The talks";
        let end = headline_end(paragraph, "putin's CALL - 'No  progress': Trump said so").unwrap();
        assert_eq!(&paragraph[end..], " The talks");
        assert_eq!(headline_end("Putin callers", "Putin call"), None);
        assert_eq!(headline_end("Other text", "Putin call"), None);
        assert_eq!(headline_end("Putin call", "Putin call"), Some(10));
    }
}
