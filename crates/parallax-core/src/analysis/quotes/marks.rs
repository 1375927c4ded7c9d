//! Finding quoted spans in running text, in every quote style: "…", “…”, „…“, «…», '…', ‘…’.
//!
//! Double quotes are paired left to right; a curly or guillemet mark says which way it faces, a
//! straight one is read from its neighbours (after a space it opens, before a space or a
//! punctuation mark it closes). A closing curly mark where no quote is open, followed by words and
//! another closing mark before any opening one, was meant to open: `said.” That …,” he said`. Single quotes open only after a space or an opening bracket and
//! close only before a space or punctuation, so the apostrophes of "it's", "Trump's" and
//! "leaders’" are left alone; single quotes inside double quotes are nested text. A double quote
//! left open at the end of a paragraph closes there, as in a quote that runs on into the next
//! paragraph; a single quote left open was an apostrophe and is dropped.

use std::ops::Range;

/// One quoted span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Bytes between the marks.
    pub inner: Range<usize>,
    /// Byte offset just after the closing mark (the text end if the quote was left open).
    pub close: usize,
    /// Whether a closing mark was found.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '«')
        }
    }
}

/// Whether the next double mark after byte `from` is a closing curly one, with words before it:
/// then a closing mark found where no quote is open was written for an opening one
/// (`… Ghebreyesus said.” That does not mean …,” he said`).
fn closes_again(text: &str, from: usize) -> bool {
    let Some(rest) = text.get(from..) else { return false };
    let Some(at) = rest.find(['“', '”', '"', '„', '«', '»']) else { return false };
    rest[at..].starts_with('”') && rest[..at].chars().any(char::is_alphanumeric)
}

fn closes_before(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                )
        }
    }
}

/// Finds the quoted spans of a text, in order; spans never overlap.
pub fn find_spans(text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize, Kind)> = None; // (byte of mark, byte after mark, kind)
    for (i, &(at, c)) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(_, c)| c);
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let after = at + c.len_utf8();
        match open {
            None => {
                let double = matches!(c, '“' | '„' | '«')
                    || (matches!(c, '"' | '”')
                        && opens_after(prev)
                        && next.is_some_and(|n| !n.is_whitespace()))
                    || (c == '”' && closes_again(text, after));
                let single = matches!(c, '‘' | '‹')
                    || (matches!(c, '\'' | '’')
                        && opens_after(prev)
                        && next.is_some_and(|n| n.is_alphanumeric() || n == '…'));
                if double {
                    // A mark written the wrong way round may have a space after it.
                    let start =
                        after + text.get(after..).map_or(0, |rest| rest.len() - rest.trim_start().len());
                    open = Some((at, start, Kind::Double));
                } else if single {
                    open = Some((at, after, Kind::Single));
                }
            }
            Some((mark, start, Kind::Double)) => {
                let closing = matches!(c, '”' | '»' | '"')
                    || (c == '“' && !prev.is_some_and(char::is_whitespace) && closes_before(next));
                if closing {
                    spans.push(Span { open: mark, inner: start..at, close: after, closed: true });
                    open = None;
                } else if matches!(c, '“' | '„' | '«') && opens_after(prev) {
                    // A new quote opens before the last one closed: the last one ran to here.
                    spans.push(Span {
                        open: mark,
                        inner: start..trim_end(text, start, at),
                        close: at,
                        closed: false,
                    });
                    open = Some((at, after, Kind::Double));
                }
            }
            Some((mark, start, Kind::Single)) => {
                let closing = matches!(c, '’' | '\'' | '›')
                    && !prev.is_some_and(char::is_whitespace)
                    && closes_before(next);
                if closing {
                    spans.push(Span { open: mark, inner: start..at, close: after, closed: true });
                    open = None;
                } else if matches!(c, '“' | '"') && opens_after(prev) {
                    // A double quote opening means the single mark was an apostrophe after all.
                    open = Some((at, after, Kind::Double));
                }
            }
        }
    }
    if let Some((mark, start, Kind::Double)) = open {
        spans.push(Span { open: mark, inner: start..text.len(), close: text.len(), closed: false });
    }
    spans.retain(|span| {
        text.get(span.inner.clone()).is_some_and(|inner| inner.chars().any(char::is_alphanumeric))
    });
    spans
}

/// The end of `text[start..end]` without trailing whitespace.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end).map_or(end, |slice| start + slice.trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_spans(text).into_iter().filter_map(|s| text.get(s.inner)).collect()
    }

    #[test]
    fn every_style() {
        assert_eq!(quoted(r#"He said "yes" and "no"."#), ["yes", "no"]);
        assert_eq!(quoted("He said “yes” then ‘maybe’."), ["yes", "maybe"]);
        assert_eq!(quoted("Il a dit «oui» et „ja“."), ["oui", "ja"]);
        assert_eq!(quoted("the 'Strong Ideas' forum"), ["Strong Ideas"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quoted("It's Trump's call and the leaders’ sixth."), Vec::<&str>::new());
        assert_eq!(quoted("“I don’t know, it’s late,” he said."), ["I don’t know, it’s late,"]);
        assert_eq!(quoted("'He could get offended' | VIDEO it's"), ["He could get offended"]);
    }

    #[test]
    fn nested_and_unclosed() {
        assert_eq!(quoted(r#""He called it 'awkward' today," she said."#), ["He called it 'awkward' today,"]);
        assert_eq!(quoted("He said, “We had a call. It was long."), ["We had a call. It was long."]);
        let spans = find_spans("He said, “We had a call.");
        assert!(!spans[0].closed);
    }

    #[test]
    fn a_closing_mark_written_for_an_opening_one_opens() {
        let text = "“We are hopeful,” she said.” That does not mean it is over,” he said.";
        assert_eq!(quoted(text), ["We are hopeful,", "That does not mean it is over,"]);
        // A stray closing mark with no other closing one after it opens nothing.
        assert_eq!(quoted("It was over.” Then “we left,” she said."), ["we left,"]);
        assert_eq!(quoted("It was over.” Then they left."), Vec::<&str>::new());
    }
}
