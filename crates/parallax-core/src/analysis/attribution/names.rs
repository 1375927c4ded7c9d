//! Tables of names read word by word: news agencies and outlets ([`MEDIA`]) and social platforms
//! ([`PLATFORMS`]), matched as whole words with their case ("RT" is never read in "art" or "Rt"),
//! or in capitals when the text shouts a name ("By:BLOOMBERG").

use std::sync::OnceLock;

use crate::analysis::hashing::FastMap;
use crate::analysis::lexicon::credits::AGENCIES;
use crate::analysis::lexicon::{MEDIA, PLATFORMS};
use crate::analysis::text::{tokenize, Token};
use crate::analysis::SourceKind;

/// A name from a [`NameTable`] with its spellings.
pub type Named<'t> = (&'static str, &'t [Vec<String>]);

/// Each token as written, without a possessive ending.
pub fn surfaces(tokens: &[Token]) -> Vec<&str> {
    tokens.iter().map(|t| t.surface.strip_suffix("'s").unwrap_or(&t.surface)).collect()
}

/// A table of names with their spellings as words, indexed by each spelling's first word (in
/// lowercase) so that a text is read word by word, not spelling by spelling.
pub struct NameTable {
    /// Each canonical name with its spellings, in the table's order.
    entries: Vec<(&'static str, Vec<Vec<String>>)>,
    /// The (entry, spelling) pairs whose spelling starts with a word, in the table's order.
    by_first_word: FastMap<String, Vec<(usize, usize)>>,
}

impl NameTable {
    /// Prepares a table of (canonical name, spellings).
    pub fn new(table: &[(&'static str, &[&str])]) -> NameTable {
        let entries: Vec<(&'static str, Vec<Vec<String>>)> = table
            .iter()
            .map(|(name, aliases)| {
                let spellings = aliases
                    .iter()
                    .map(|alias| surfaces(&tokenize(alias)).into_iter().map(str::to_string).collect())
                    .collect();
                (*name, spellings)
            })
            .collect();
        let mut by_first_word: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
        for (entry, (_, spellings)) in entries.iter().enumerate() {
            for (index, spelling) in spellings.iter().enumerate() {
                if let Some(first) = spelling.first() {
                    by_first_word.entry(first.to_lowercase()).or_default().push((entry, index));
                }
            }
        }
        NameTable { entries, by_first_word }
    }

    /// The canonical names with their spellings.
    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, Vec<Vec<String>>)> {
        self.entries.iter()
    }

    /// The entry with the longest spelling that starts at `words[start]` (the first in the
    /// table's order among equally long ones): its name, spellings and length in words.
    pub fn longest_at(&self, words: &[&str], start: usize) -> Option<(&'static str, &[Vec<String>], usize)> {
        let first = words.get(start)?;
        let candidates = if first.chars().any(char::is_uppercase) {
            self.by_first_word.get(&first.to_lowercase())
        } else {
            self.by_first_word.get(*first)
        }?;
        let mut best: Option<(&'static str, &[Vec<String>], usize)> = None;
        for &(entry, index) in candidates {
            let Some((name, spellings)) = self.entries.get(entry) else { continue };
            let Some(spelling) = spellings.get(index) else { continue };
            let len = spelling.len();
            if best.is_some_and(|(_, _, l)| l >= len) {
                continue;
            }
            let matches = words
                .get(start..start + len)
                .is_some_and(|w| w.iter().zip(spelling).all(|(word, expected)| same_word(word, expected)));
            if matches {
                best = Some((name, spellings.as_slice(), len));
            }
        }
        best
    }

    /// Whether a name is one of the table's canonical names or spellings.
    pub fn knows(&self, name: &str) -> bool {
        self.entries.iter().any(|(canonical, spellings)| {
            *canonical == name || spellings.iter().any(|spelling| spelling.join(" ") == name)
        })
    }
}

/// Whether a word of the text is a table word: as spelled, or in capitals when the table's
/// spelling has lower case too ("BLOOMBERG" for "Bloomberg", never "Rt" for "RT").
fn same_word(word: &str, expected: &str) -> bool {
    word == expected
        || (word.chars().count() > 3
            && word.chars().any(char::is_alphabetic)
            && !word.chars().any(char::is_lowercase)
            && expected.chars().any(char::is_lowercase)
            && word.to_lowercase() == expected.to_lowercase())
}

/// The tables attribution reads names with.
pub struct Outlets {
    /// News agencies and outlets.
    pub media: NameTable,
    /// Social platforms.
    pub platforms: NameTable,
}

impl Outlets {
    /// The tables, prepared once.
    pub fn shared() -> &'static Outlets {
        static OUTLETS: OnceLock<Outlets> = OnceLock::new();
        OUTLETS.get_or_init(|| Outlets { media: NameTable::new(MEDIA), platforms: NameTable::new(PLATFORMS) })
    }
    /// Every agency and outlet a run of words names, in reading order ("Reuters, AFP").
    pub fn media_in(&self, words: &[&str]) -> Vec<(&'static str, SourceKind)> {
        let mut found = Vec::new();
        let mut start = 0;
        while start < words.len() {
            match self.media.longest_at(words, start) {
                Some((name, _, len)) => {
                    found.push((name, medium_kind(name)));
                    start += len.max(1);
                }
                None => start += 1,
            }
        }
        found
    }

    /// Whether `name` is the canonical name of a table entry that `outlet_name` also spells.
    pub fn same_medium(&self, name: &str, outlet_name: &str) -> bool {
        self.media
            .iter()
            .filter(|(canonical, _)| *canonical == name)
            .any(|(_, spellings)| spellings.iter().any(|s| s.join(" ").eq_ignore_ascii_case(outlet_name)))
    }

    /// The agency or outlet a run of words names, with its kind: the longest table name found at
    /// any of its words.
    pub fn medium_in(&self, words: &[&str]) -> Option<(&'static str, SourceKind)> {
        let mut best: Option<(&'static str, usize)> = None;
        for start in 0..words.len() {
            if let Some((name, _, len)) = self.media.longest_at(words, start) {
                if best.is_none_or(|(_, l)| len > l) {
                    best = Some((name, len));
                }
            }
        }
        best.map(|(name, _)| (name, medium_kind(name)))
    }
}

/// Whether a canonical [`MEDIA`] name is a news agency or another outlet.
pub fn medium_kind(name: &str) -> SourceKind {
    if AGENCIES.contains(&name) {
        SourceKind::Agency
    } else {
        SourceKind::Media
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_with_their_case_or_in_capitals() {
        let outlets = Outlets::shared();
        assert_eq!(outlets.medium_in(&["By", "BLOOMBERG"]), Some(("Bloomberg", SourceKind::Agency)));
        assert_eq!(outlets.medium_in(&["the", "Associated", "Press"]), Some(("AP", SourceKind::Agency)));
        assert_eq!(outlets.medium_in(&["art", "Rt", "rt"]), None);
        assert_eq!(outlets.medium_in(&["told", "CNN"]), Some(("CNN", SourceKind::Media)));
    }
}
