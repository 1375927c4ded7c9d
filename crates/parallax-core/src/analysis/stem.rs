//! Stems for comparing words: the Snowball English stemmer (Porter2) from `rust-stemmers`, used by
//! the analysis at build time only (the web app reads the analysis's result and never stems).
//!
//! It maps inflected English words to a common stem ("negotiations", "negotiating" →
//! "negoti"). Words that are not plain lowercase ASCII letters (names in other scripts,
//! acronyms, figures) are returned unchanged. Porter2 replaced a hand-written Porter (1980)
//! stemmer: on the dev set and the annotated events every `parallax eval` figure stayed or rose
//! by a pair or two (outlet links 250 → 251 and 447 → 448, facts kept single 62 → 63).

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Returns the stem of a lowercase word.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    static ENGLISH: OnceLock<Stemmer> = OnceLock::new();
    ENGLISH.get_or_init(|| Stemmer::create(Algorithm::English)).stem(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["negotiations", "negotiating", "negotiated"][..],
            &["killed", "killing", "kills"],
            &["announced", "announcement", "announcing"],
            &["ponies", "pony"],
        ] {
            let stems: Vec<String> = group.iter().map(|word| stem(word)).collect();
            assert!(stems.windows(2).all(|pair| pair[0] == pair[1]), "{group:?} → {stems:?}");
        }
        assert_ne!(stem("police"), stem("policy"));
    }

    #[test]
    fn words_that_are_not_plain_lowercase_letters_are_kept() {
        for word in ["us", "NATO", "7.8", "café", "x"] {
            assert_eq!(stem(word), word);
        }
    }
}
