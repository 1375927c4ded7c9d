//! Agencies and outlets from the table named next to a credit cue in a sentence: "according to
//! (a) X (report)", "as per a report by X", "reporting by X", "told X", "X reported/said/wrote",
//! "a X report", "X footage". Names match as whole words with their case ([`super::names`]). A
//! name in a photo credit ("AP Photo", "Photo by AFP", "AFP via Getty Images") is no credit.

use super::names::{NameTable, Named};
use crate::analysis::lexicon::credits::PHOTO_WORDS;
use crate::analysis::lexicon::{CREDIT_AFTER, CREDIT_BEFORE};
use crate::analysis::text::Token;

/// The table names a sentence credits, in reading order.
pub fn credited<'t>(media: &'t NameTable, tokens: &[Token], words: &[&str]) -> Vec<Named<'t>> {
    (0..words.len())
        .filter_map(|start| {
            let (name, aliases, len) = media.longest_at(words, start)?;
            (is_credit(tokens, start, start + len) && !is_photo_credit(tokens, start, start + len))
                .then_some((name, aliases))
        })
        .collect()
}

/// Whether the name at `start..end` stands next to a credit cue.
fn is_credit(tokens: &[Token], start: usize, end: usize) -> bool {
    let lower = |t: &Token| t.surface.to_lowercase();
    if tokens.get(end).is_some_and(|t| CREDIT_AFTER.contains(&lower(t).as_str())) {
        return true;
    }
    let mut before: Vec<String> = tokens[start.saturating_sub(5)..start].iter().map(lower).collect();
    while before.last().is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the")) {
        before.pop();
    }
    CREDIT_BEFORE.iter().any(|cue| {
        before.len() >= cue.len()
            && before[before.len() - cue.len()..].iter().zip(cue.iter()).all(|(a, b)| a == b)
    })
}

/// Whether the name at `start..end` is a photo credit: a photo word within three words before
/// it or two after.
fn is_photo_credit(tokens: &[Token], start: usize, end: usize) -> bool {
    let near = tokens[start.saturating_sub(3)..start].iter().chain(tokens.iter().skip(end).take(2));
    near.map(|t| t.surface.to_lowercase()).any(|w| PHOTO_WORDS.contains(&w.trim_end_matches('s')))
}
