//! Closed word lists shared by the segmenter and the cleaning rules.

/// Words that often begin an English sentence but rarely stand capitalised inside one (outside
/// title-case headlines): articles, pronouns, conjunctions, prepositions and linking adverbs.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "about",
    "according",
    "additionally",
    "after",
    "against",
    "all",
    "also",
    "although",
    "amid",
    "an",
    "and",
    "another",
    "any",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "finally",
    "following",
    "for",
    "from",
    "further",
    "furthermore",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "moreover",
    "most",
    "much",
    "my",
    "neither",
    "nevertheless",
    "next",
    "no",
    "nonetheless",
    "not",
    "notably",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "overall",
    "previously",
    "separately",
    "several",
    "she",
    "since",
    "so",
    "some",
    "speaking",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "under",
    "unlike",
    "until",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "without",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Whether `word` is capitalised and is one of the words that usually begin a sentence.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    let word = bare_word(word);
    word.chars().next().is_some_and(char::is_uppercase)
        && SENTENCE_STARTERS.contains(&word.to_lowercase().as_str())
}

/// Whether `word` names a weekday or a month.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    crate::calendar::is_calendar_word(bare_word(word))
}

/// A word without the punctuation around it (quotes, brackets, commas and the like).
pub(crate) fn bare_word(word: &str) -> &str {
    word.trim_matches(|ch: char| !ch.is_alphanumeric())
}

/// Whether a word starts with a lowercase letter.
pub(crate) fn starts_lowercase(word: &str) -> bool {
    word.chars().find(|ch| ch.is_alphanumeric()).is_some_and(char::is_lowercase)
}

/// Whether a word starts with an uppercase letter.
pub(crate) fn starts_uppercase(word: &str) -> bool {
    word.chars().find(|ch| ch.is_alphanumeric()).is_some_and(char::is_uppercase)
}

/// The number of words in `text`, counted the Unicode way (punctuation is not a word).
pub(crate) fn word_count(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_words().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters() {
        assert!(is_sentence_starter("The"));
        assert!(is_sentence_starter("“According"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("Trump"));
        assert!(is_calendar_word("Friday,"));
        assert_eq!(word_count("Trump’s call, at 10 a.m. — U.S. time"), 7);
    }
}
