//! Lines that repeat across many articles of the corpus: a site's or an aggregator's fixed
//! lines that no rule knows ("Get our free app", "Advertisement — scroll to continue").
//!
//! A unit is a repeated line when the same normalised text (case, apostrophes, punctuation at the
//! word edges and whitespace ignored) stands as a whole unit in at least [`MIN_ARTICLES`]
//! articles, and it is short enough not to be a shared quote or wire sentence: at most
//! [`MAX_WORDS`] words, no quotation marks. A line that reads as a sentence (four words or
//! more, ending with `.`, `!` or `?`) counts only if it repeats across at least two events, since
//! outlets covering the same event often share a wire sentence word for word.

use std::collections::{HashMap, HashSet};

use crate::ingest::clean::text::key;
use crate::ingest::front::is_quote;
use crate::ingest::layout::{ends_sentence, Unit};

/// The fewest articles a line must appear in to count as repeated.
pub(crate) const MIN_ARTICLES: usize = 3;

/// The most words a repeated line may have.
pub(crate) const MAX_WORDS: usize = 12;

/// The normalised lines that repeat across the corpus.
#[derive(Debug, Clone, Default)]
pub(crate) struct RepeatedLines {
    keys: HashSet<String>,
}

/// One article's units, with the event it belongs to.
pub(crate) struct ArticleLines<'a> {
    /// The event's index in the corpus.
    pub event: usize,
    /// The article's units.
    pub units: &'a [Unit],
}

impl RepeatedLines {
    /// Finds the repeated lines of a corpus.
    pub(crate) fn find<'a>(articles: impl IntoIterator<Item = ArticleLines<'a>>) -> RepeatedLines {
        struct Seen {
            articles: usize,
            events: HashSet<usize>,
            sentence_like: bool,
        }
        let mut seen: HashMap<String, Seen> = HashMap::new();
        for article in articles {
            let mut in_article = HashSet::new();
            for unit in article.units {
                let Some(line_key) = candidate_key(&unit.text) else { continue };
                if !in_article.insert(line_key.clone()) {
                    continue;
                }
                let entry = seen.entry(line_key).or_insert_with(|| Seen {
                    articles: 0,
                    events: HashSet::new(),
                    sentence_like: is_sentence_like(&unit.text),
                });
                entry.articles += 1;
                entry.events.insert(article.event);
            }
        }
        let keys = seen
            .into_iter()
            .filter(|(_, seen)| {
                seen.articles >= MIN_ARTICLES && (!seen.sentence_like || seen.events.len() >= 2)
            })
            .map(|(line_key, _)| line_key)
            .collect();
        RepeatedLines { keys }
    }

    /// Whether a unit is one of the repeated lines.
    pub(crate) fn contains(&self, text: &str) -> bool {
        !self.keys.is_empty() && candidate_key(text).is_some_and(|line_key| self.keys.contains(&line_key))
    }
}

/// The key of a unit that could be a repeated line, or `None` if it is too long or quotes someone.
fn candidate_key(text: &str) -> Option<String> {
    let words = text.split_whitespace().count();
    if words == 0 || words > MAX_WORDS || text.chars().any(is_quote_mark) {
        return None;
    }
    let line_key = key(text);
    (!line_key.is_empty()).then_some(line_key)
}

/// Quotation marks, but not apostrophes inside words ("Trump's").
fn is_quote_mark(ch: char) -> bool {
    is_quote(ch) && !matches!(ch, '\'' | '\u{2019}')
}

fn is_sentence_like(text: &str) -> bool {
    text.split_whitespace().count() >= 4 && ends_sentence(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(lines: &[&str]) -> Vec<Unit> {
        lines.iter().map(|text| Unit { text: text.to_string(), line: 1, gap_before: 1 }).collect()
    }

    #[test]
    fn finds_lines_in_three_articles() {
        let a = units(&["Get our free app", "Body one.", "The Kremlin did not comment."]);
        let b = units(&["GET OUR FREE APP!", "Body two.", "The Kremlin did not comment."]);
        let c = units(&["get our free app", "Body three.", "The Kremlin did not comment."]);
        let d = units(&["Get our free app", "\u{201C}We had a call,\u{201D} Trump said."]);
        let lines = RepeatedLines::find([
            ArticleLines { event: 0, units: &a },
            ArticleLines { event: 0, units: &b },
            ArticleLines { event: 0, units: &c },
            ArticleLines { event: 0, units: &d },
        ]);
        assert!(lines.contains("Get our free app"));
        assert!(!lines.contains("The Kremlin did not comment."), "a shared wire sentence in one event stays");
        assert!(!lines.contains("Body one."));
    }
}
