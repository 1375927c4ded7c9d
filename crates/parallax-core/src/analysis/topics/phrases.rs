//! Two-word phrases of an event, the best names for its sub-stories: "death toll", "state of
//! emergency", "penalty shootout", "homemade gun".
//!
//! A phrase is two content words in a row, outside quotes (a quote's words are its speaker's), with nothing between them but a space or a single
//! "of" ("state of emergency"), each of which could be a topic word on its own (see
//! [`super::salient`]), neither a number nor a name (names are candidates of their own), and
//! neither reading as a verb or an adverb ("pronounced dead" tells how, not what; nor may the
//! first word end in "-ing", "cutting short"), and not running on into a title or a name ("former
//! prime [minister]"). Phrases are
//! keyed by their words' stems, so "death toll" and "death tolls" are one; a phrase is labelled by
//! its most frequent wording.

use crate::analysis::document::Document;
use crate::analysis::hashing::FastMap;
use crate::analysis::quotes::marks::find_spans;
use crate::analysis::speakers::is_possessive;
use crate::analysis::text::{is_title_word, Token};

/// Irregular past forms of common verbs, which end no noun phrase.
const PAST_FORMS: &[&str] = &[
    "made",
    "struck",
    "took",
    "gave",
    "went",
    "came",
    "told",
    "said",
    "found",
    "left",
    "held",
    "brought",
    "began",
    "saw",
    "got",
    "put",
    "set",
    "led",
    "fell",
    "rose",
    "hit",
    "won",
    "lost",
    "kept",
    "sent",
    "paid",
    "met",
    "ran",
    "broke",
    "drove",
    "spoke",
    "wrote",
    "chose",
    "stood",
    "sat",
    "caught",
    "thought",
    "felt",
    "heard",
    "meant",
    "built",
    "spent",
    "sold",
    "bought",
    "fought",
    "sought",
    "became",
    "grew",
    "knew",
    "threw",
    "flew",
    "drew",
    "blew",
    "shook",
    "tore",
    "wore",
    "swore",
    "woke",
    "rode",
    "hid",
    "fled",
    "slid",
    "stuck",
    "swept",
    "wept",
    "slept",
    "crept",
    "bled",
    "sped",
    "dealt",
    "lent",
    "sank",
    "sang",
    "rang",
    "swam",
    "drank",
    "froze",
    "stole",
    "arose",
    "withdrew",
    "overtook",
    "undertook",
    "shrank",
    "sprang",
    "swung",
    "clung",
    "flung",
    "wove",
];

/// A phrase and the sentences that use it.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    /// Its most frequent wording, lowercased.
    pub label: String,
    /// The units (sentences) that use it, ascending.
    pub units: Vec<usize>,
}

/// Every phrase of the event whose words pass `eligible`, in order of first use.
pub(super) fn phrases(doc: &Document, eligible: &dyn Fn(&Token) -> bool) -> Vec<Phrase> {
    let mut index_of: FastMap<String, usize> = FastMap::default();
    let mut found: Vec<(Vec<usize>, FastMap<String, usize>)> = Vec::new();
    for (unit_index, unit) in doc.units.iter().enumerate() {
        let text = unit.sentence.text.as_str();
        let tokens = &unit.tokens;
        let quoted = find_spans(text);
        let in_quote = |token: &Token| quoted.iter().any(|span| span.inner.contains(&token.span.start));
        for (at, first) in tokens.iter().enumerate() {
            if !fits(first, doc, eligible) || in_quote(first) {
                continue;
            }
            let Some((second, connector)) = next_word(text, tokens, at) else { continue };
            let Some(last) = tokens.get(second) else { continue };
            // A phrase that runs on into a title or a name modifies it ("former prime
            // [minister]", "the worst-hit [Manabi] province"): it is no sub-story of its own.
            if next_word(text, tokens, second).is_some_and(|(after, _)| {
                tokens.get(after).is_some_and(|t| doc.is_name_token(t) || is_title_word(&t.norm))
            }) {
                continue;
            }
            // A first word in "-ing" is a verb more often than not ("cutting short"), and so is a
            // second word in a past form ("quake struck"). A possessive first word owns the
            // second ("Apple's VR", "the world's largest"): no sub-story's name.
            if !fits(last, doc, eligible)
                || last.key == first.key
                || first.norm.ends_with("ing")
                || is_possessive(&first.surface)
                || is_past_form(&last.norm)
            {
                continue;
            }
            let key = format!("{} {}{}", first.key, if connector { "of " } else { "" }, last.key);
            let wording = text.get(first.span.start..last.span.end).unwrap_or_default().to_lowercase();
            let next = found.len();
            let slot = *index_of.entry(key).or_insert(next);
            if slot == next {
                found.push((Vec::new(), FastMap::default()));
            }
            let Some((units, wordings)) = found.get_mut(slot) else { continue };
            if units.last() != Some(&unit_index) {
                units.push(unit_index);
            }
            *wordings.entry(wording).or_default() += 1;
        }
    }
    found
        .into_iter()
        .map(|(units, wordings)| {
            let label = wordings
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(wording, _)| wording)
                .unwrap_or_default();
            Phrase { label, units }
        })
        .collect()
}

/// Whether a word is an irregular past form of a common verb ("struck", "made").
pub(super) fn is_past_form(word: &str) -> bool {
    PAST_FORMS.contains(&word)
}

/// Whether a word can stand in a phrase.
fn fits(token: &Token, doc: &Document, eligible: &dyn Fn(&Token) -> bool) -> bool {
    let norm = token.norm.as_str();
    let inflected = norm.chars().count() > 4 && (norm.ends_with("ed") || norm.ends_with("ly"));
    token.is_content()
        && !token.number
        && token.norm.chars().count() >= 3
        && !inflected
        && !doc.is_name_token(token)
        && eligible(token)
}

/// The word that follows token `at` in a phrase: the next token when only spaces stand between
/// them, or the one after a lone "of". Returns its index and whether "of" joins them.
fn next_word(text: &str, tokens: &[Token], at: usize) -> Option<(usize, bool)> {
    let first = tokens.get(at)?;
    let next = tokens.get(at + 1)?;
    let gap = text.get(first.span.end..next.span.start)?;
    if !gap.chars().all(char::is_whitespace) {
        return None;
    }
    if next.norm.as_str() != "of" {
        return Some((at + 1, false));
    }
    let after = tokens.get(at + 2)?;
    let gap = text.get(next.span.end..after.span.start)?;
    gap.chars().all(char::is_whitespace).then_some((at + 2, true))
}
