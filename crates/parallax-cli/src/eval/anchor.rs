//! Anchoring truth substrings to a report's sentences, and matching names.
//!
//! Text is compared as the dev set's `verify.py` compares it: case-insensitively, with curly
//! quotes and apostrophes made straight and runs of whitespace collapsed. A substring anchors to
//! the sentences that contain it; when the report split the text elsewhere than the annotator,
//! to the sentences it overlaps; when cleaning removed it, it is recorded as removed.

use std::collections::HashMap;

use super::input::EventInput;

/// Normalises text for comparison: straight quotes, collapsed whitespace, lower case.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Where a substring was found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchor {
    /// The sentences (indexes into [`Sentences::all`]) that hold it.
    pub sentences: Vec<usize>,
    /// Whether it was found only in text that cleaning removed.
    pub removed: bool,
}

impl Anchor {
    /// Whether the report lost or garbled the text: not in any sentence.
    pub fn is_missing(&self) -> bool {
        self.sentences.is_empty()
    }
}

/// One sentence of the report, normalised.
#[derive(Debug, Clone)]
pub struct SentenceRef {
    /// The sentence id.
    pub id: String,
    /// The index of its article.
    pub article: usize,
    /// Its normalised text.
    pub text: String,
}

/// An event's sentences, normalised, with lookups by id and outlet.
#[derive(Debug, Clone, Default)]
pub struct Sentences {
    /// Every sentence, article by article.
    pub all: Vec<SentenceRef>,
    /// Sentence id → index into `all`.
    by_id: HashMap<String, usize>,
    /// Outlet id or name (normalised) → article index.
    article_of: HashMap<String, usize>,
    /// Per article: its sentences' range in `all`, the joined text, each sentence's byte range in
    /// it, and the removed text joined.
    articles: Vec<ArticleText>,
}

#[derive(Debug, Clone, Default)]
struct ArticleText {
    first: usize,
    joined: String,
    spans: Vec<(usize, usize)>,
    removed: Vec<String>,
}

impl Sentences {
    /// Indexes an event of a report.
    pub fn new(event: &EventInput) -> Sentences {
        let mut sentences = Sentences::default();
        for (index, article) in event.articles.iter().enumerate() {
            sentences.article_of.insert(normalise(&article.outlet), index);
            let mut text = ArticleText { first: sentences.all.len(), ..ArticleText::default() };
            for sentence in &article.sentences {
                let normal = normalise(&sentence.text);
                if !text.joined.is_empty() {
                    text.joined.push(' ');
                }
                let start = text.joined.len();
                text.joined.push_str(&normal);
                text.spans.push((start, text.joined.len()));
                sentences.by_id.insert(sentence.id.clone(), sentences.all.len());
                sentences.all.push(SentenceRef { id: sentence.id.clone(), article: index, text: normal });
            }
            text.removed = article.removed.iter().map(|r| normalise(&r.text)).collect();
            sentences.articles.push(text);
        }
        for outlet in &event.outlets {
            if let Some(&index) = sentences.article_of.get(&normalise(&outlet.id)) {
                sentences.article_of.entry(normalise(&outlet.name)).or_insert(index);
            }
        }
        sentences
    }

    /// The article of an outlet id (or name).
    pub fn article(&self, outlet: &str) -> Option<usize> {
        self.article_of.get(&normalise(outlet)).copied()
    }

    /// The index of a sentence id.
    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Finds a substring in an outlet's article.
    pub fn anchor(&self, outlet: &str, substring: &str) -> Anchor {
        let needle = normalise(substring);
        let Some(article) = self.article(outlet) else { return Anchor::default() };
        let Some(text) = self.articles.get(article) else { return Anchor::default() };
        if needle.is_empty() {
            return Anchor::default();
        }
        let count = text.spans.len();
        let inside: Vec<usize> =
            (text.first..text.first + count).filter(|&i| self.all[i].text.contains(&needle)).collect();
        if !inside.is_empty() {
            return Anchor { sentences: inside, removed: false };
        }
        let mut overlapping = Vec::new();
        for (start, _) in text.joined.match_indices(&needle) {
            let end = start + needle.len();
            for (offset, &(s, e)) in text.spans.iter().enumerate() {
                if s < end && start < e && !overlapping.contains(&(text.first + offset)) {
                    overlapping.push(text.first + offset);
                }
            }
        }
        if !overlapping.is_empty() {
            return Anchor { sentences: overlapping, removed: false };
        }
        let removed = text.removed.iter().any(|r| r.contains(&needle) || needle.contains(r.as_str()));
        Anchor { sentences: Vec::new(), removed }
    }
}

/// The words of a name, for whole-word matching: lower case, split at anything not a letter or
/// digit.
pub fn name_words(name: &str) -> Vec<String> {
    normalise(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `haystack`'s words hold `needle`'s words in a row.
pub fn holds_words(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|window| window == needle)
}

/// The initials of a name of two or more words ("Associated Press" → "ap", "Agence
/// France-Presse" → "afp"), or `None`.
pub fn initials(name: &[String]) -> Option<String> {
    let words: Vec<&String> = name.iter().filter(|w| !matches!(w.as_str(), "the" | "of" | "and")).collect();
    (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
}

#[cfg(test)]
mod tests {
    use super::super::input::{ArticleInput, RemovedInput, SentenceInput};
    use super::*;

    fn event() -> EventInput {
        let sentence = |id: &str, text: &str| SentenceInput { id: id.into(), text: text.into() };
        EventInput {
            id: "e".into(),
            articles: vec![ArticleInput {
                outlet: "a".into(),
                sentences: vec![
                    sentence("a-1", "At least 77 people were killed."),
                    sentence("a-2", "“We are trying,” he said. The Mayor"),
                    sentence("a-3", "spoke later."),
                ],
                removed: vec![RemovedInput { text: "Photo: AP Photo/Dolores Ochoa".into() }],
            }],
            ..EventInput::default()
        }
    }

    #[test]
    fn normalises_like_the_annotators() {
        assert_eq!(normalise("  “Don’t”\n\tgo  "), "\"don't\" go");
    }

    #[test]
    fn anchors_inside_across_and_removed() {
        let sentences = Sentences::new(&event());
        assert_eq!(sentences.anchor("a", "77 PEOPLE were").sentences, vec![0]);
        assert_eq!(sentences.anchor("a", "\"we are trying,\" he said").sentences, vec![1]);
        // Split by the report inside the annotated sentence: both parts anchor.
        assert_eq!(sentences.anchor("a", "The Mayor spoke later").sentences, vec![1, 2]);
        let removed = sentences.anchor("a", "AP Photo/Dolores Ochoa");
        assert!(removed.is_missing() && removed.removed);
        assert!(sentences.anchor("b", "77 people").is_missing());
        assert!(!sentences.anchor("a", "nowhere to be found").removed);
    }

    #[test]
    fn names_match_as_whole_words() {
        let words = name_words("Vice President Jorge Glas");
        assert!(holds_words(&words, &name_words("Jorge Glas")));
        assert!(!holds_words(&words, &name_words("Jorge G")));
        assert_eq!(initials(&name_words("Agence France-Presse")).as_deref(), Some("afp"));
        assert_eq!(initials(&name_words("the Associated Press")).as_deref(), Some("ap"));
        assert_eq!(initials(&name_words("Reuters")), None);
    }
}
