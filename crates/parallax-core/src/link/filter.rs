//! The filter part of a link: chosen topics (`t=`) and the free-text search (`q=`).

use super::notice::{Notice, Notices};
use super::MAX_SEARCH_CHARS;
use crate::analysis::EventAnalysis;
use crate::inert::is_invisible;

/// What narrows an event view: topics and a text search. Both empty means "everything".
///
/// A parsed filter only holds topic ids of the event's analysis, each once, in the analysis's
/// topic order, and a search text that is already [`search_text`]-normalised, so that a filter has
/// exactly one link. How the filter selects sentences is documented on
/// [`crate::view::EventIndex::filter`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// The chosen topic ids (`t=`).
    pub topics: Vec<String>,
    /// The search text (`q=`): words that must all occur in a sentence.
    pub text: String,
}

impl Filter {
    /// Whether the filter lets everything through.
    pub fn is_empty(&self) -> bool {
        self.topics.is_empty() && self.text.is_empty()
    }

    /// Whether `topic` is chosen.
    pub fn has_topic(&self, topic: &str) -> bool {
        self.topics.iter().any(|chosen| chosen == topic)
    }

    /// The same filter with `topic` chosen or not (toggled), kept in the analysis's topic order;
    /// what a topic chip does when clicked. An id that is not one of `analysis`'s topics is not
    /// added.
    pub fn toggled(&self, topic: &str, analysis: &EventAnalysis) -> Filter {
        let on = |id: &str| if id == topic { !self.has_topic(id) } else { self.has_topic(id) };
        let topics = analysis.topics.iter().filter(|t| on(&t.id)).map(|t| t.id.clone()).collect();
        Filter { topics, text: self.text.clone() }
    }
}

/// Normalises search text as a link stores it: whitespace runs become one space, control and
/// invisible formatting characters are dropped, the ends are trimmed, and the text is cut to
/// [`MAX_SEARCH_CHARS`] characters. Returns the text and whether it was cut. Normalising twice
/// changes nothing.
///
/// A search box should keep its own text while the reader types (a trailing space is trimmed
/// here, which would otherwise eat the space between two words) and write it to the URL.
pub fn search_text(raw: &str) -> (String, bool) {
    let mut text = String::with_capacity(raw.len().min(4 * MAX_SEARCH_CHARS));
    let mut chars = 0;
    let mut pending_space = false;
    let mut cut = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            pending_space = !text.is_empty();
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        let needed = if pending_space { 2 } else { 1 };
        if chars + needed > MAX_SEARCH_CHARS {
            cut = true;
            break;
        }
        if pending_space {
            text.push(' ');
            pending_space = false;
        }
        text.push(c);
        chars += needed;
    }
    (text, cut)
}

/// Picks the event's topics among the requested ids (exact, else ASCII-case-insensitive), in the
/// analysis's order, each once; unknown ids are noted.
pub(super) fn choose_topics(
    requested: &[String],
    analysis: &EventAnalysis,
    notices: &mut Notices,
) -> Vec<String> {
    let mut chosen = vec![false; analysis.topics.len()];
    for item in requested {
        let topics = || analysis.topics.iter().enumerate();
        let found = topics()
            .find(|(_, topic)| topic.id == *item)
            .or_else(|| topics().find(|(_, topic)| topic.id.eq_ignore_ascii_case(item)));
        match found.and_then(|(n, _)| chosen.get_mut(n)) {
            Some(flag) => *flag = true,
            None => notices.push(Notice::UnknownTopic(item.clone())),
        }
    }
    analysis.topics.iter().zip(chosen).filter(|(_, on)| *on).map(|(topic, _)| topic.id.clone()).collect()
}
