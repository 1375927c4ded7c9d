//! Quotes whose marks were lost on the way to the page: a paragraph set off as a block quote
//! after an attribution ending in a colon, and a paragraph whose opening mark is missing.
//!
//! - **Block quote.** A paragraph with no quote marks at all, right after a paragraph of the same
//!   article that ends with a speech verb and a colon (`In her ruling, Judge Lee wrote:` /
//!   `The minister said:`), is the quote it introduces: the whole paragraph is one span, and its
//!   speaker is carried from the attribution (see [`super::extract`]).
//! - **Lost opening mark.** When a paragraph's first quote mark is a closing one right after a
//!   comma, and a speech verb follows within a few words (`Rates will rise,” she said.`), the
//!   quote ran from the paragraph's start: a paragraph never closes a quote it did not open
//!   (quotes that run on over paragraphs open each paragraph again).

use super::marks::Span;
use crate::analysis::document::Document;
use crate::analysis::text::{is_speech_verb, tokenize};

/// Most words between a colon and the speech verb before it (`X said in a statement:`).
const MAX_WORDS_AFTER_VERB: usize = 4;
/// Most words between a lost opening mark's closing mark and the speech verb after it
/// (`…,” the minister told reporters`).
const MAX_WORDS_BEFORE_VERB: usize = 4;
/// Fewest words a paragraph's start needs to be read as a quote whose opening mark was lost.
const MIN_LOST_MARK_WORDS: usize = 3;

/// Adds the spans of quotes with lost marks to each passage's spans (one list per passage).
pub fn add_unmarked(doc: &Document, spans: &mut [Vec<Span>]) {
    for (index, passage) in doc.passages.iter().enumerate() {
        let text = passage.text.as_str();
        let Some(own) = spans.get(index) else { continue };
        let introduced = index
            .checked_sub(1)
            .and_then(|before| doc.passages.get(before))
            .is_some_and(|before| before.article == passage.article && introduces_quote(&before.text));
        let found = if own.is_empty() && !has_marks(text) && introduced {
            block(text)
        } else {
            lost_opening(text, own)
        };
        if let (Some(span), Some(list)) = (found, spans.get_mut(index)) {
            list.insert(0, span);
        }
    }
}

/// Whether a paragraph ends by introducing a quote: a speech verb shortly before a final colon.
fn introduces_quote(text: &str) -> bool {
    let Some(body) = text.trim_end().strip_suffix(':') else { return false };
    let tokens = tokenize(body);
    tokens.iter().rev().take(MAX_WORDS_AFTER_VERB + 1).any(|t| is_speech_verb(&t.surface.to_lowercase()))
}

/// Whether a text has any double quote mark.
fn has_marks(text: &str) -> bool {
    text.contains(['"', '“', '”', '„', '«', '»'])
}

/// The whole paragraph as one quote.
fn block(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    (start < end && tokenize(text).len() >= MIN_LOST_MARK_WORDS).then_some(Span {
        open: start,
        inner: start..end,
        close: end,
        closed: true,
    })
}

/// The quote from the paragraph's start to a first closing mark after a comma, when an
/// attribution follows it.
fn lost_opening(text: &str, own: &[Span]) -> Option<Span> {
    let (at, mark) = text.char_indices().find(|&(_, c)| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'))?;
    if !matches!(mark, '”' | '"') || own.first().is_some_and(|span| span.open <= at) {
        return None;
    }
    let before = text.get(..at)?;
    if !before.trim_end().ends_with(',') {
        return None;
    }
    let start = before.len() - before.trim_start().len();
    let inner_end = before.trim_end().len();
    if tokenize(before).len() < MIN_LOST_MARK_WORDS {
        return None;
    }
    let close = at + mark.len_utf8();
    let after = text.get(close..)?;
    if !after.starts_with(char::is_whitespace) {
        return None;
    }
    let attributed = tokenize(after)
        .iter()
        .take(MAX_WORDS_BEFORE_VERB + 1)
        .any(|t| is_speech_verb(&t.surface.to_lowercase()));
    attributed.then_some(Span { open: start, inner: start..inner_end, close, closed: true })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::quotes::marks::find_spans;

    fn lost(text: &str) -> Option<String> {
        lost_opening(text, &find_spans(text)).and_then(|s| text.get(s.inner).map(str::to_string))
    }

    #[test]
    fn a_lost_opening_mark_opens_at_the_paragraph_start() {
        assert_eq!(
            lost("The plan was doomed from the start,” she wrote. “It never had the votes.”").as_deref(),
            Some("The plan was doomed from the start,")
        );
        // A closing mark with no attribution after it, or no comma before it, opens nothing.
        assert_eq!(lost("The plan was doomed,” and then it failed."), None);
        assert_eq!(lost("The plan was doomed.” She wrote it."), None);
        // A paragraph whose quotes open normally is left alone.
        assert_eq!(lost("“The plan was doomed,” she wrote."), None);
    }

    #[test]
    fn a_paragraph_after_said_colon_is_a_block_quote() {
        assert!(introduces_quote("In a statement, the mayor said:"));
        assert!(introduces_quote("The judge wrote in her ruling:"));
        assert!(!introduces_quote("The measures were as follows:"));
        assert!(!introduces_quote("The mayor said the city would rebuild."));
        let text = "We will rebuild every house that was lost.";
        assert_eq!(block(text).and_then(|s| text.get(s.inner)), Some(text));
    }
}
