//! The quote ledger: quote families grouped by speaker, and a family's wordings.

use super::filter::Matches;
use super::index::EventIndex;
use super::{key_low, sort_key, sort_keys};
use crate::analysis::{QuoteFamily, QuoteVariant};

/// One speaker's quote families. The variants, their outlets, sentence ids (to link to the
/// sentence in context) and word diffs against the most common wording are in each
/// [`QuoteFamily`], as the analysis found them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerQuotes<'a> {
    /// The speaker, or `None` for quotes the text does not attribute ("Unattributed").
    pub speaker: Option<&'a str>,
    /// Their families, in the analysis's order.
    pub families: Vec<&'a QuoteFamily>,
}

impl<'a> EventIndex<'a> {
    /// The quote families the filter keeps (those with a variant whose sentence matches),
    /// grouped by speaker: speakers with more families first, ties in order of first
    /// appearance, and the unattributed group last.
    pub fn quote_ledger(&self, matches: &Matches) -> Vec<SpeakerQuotes<'a>> {
        let mut groups: Vec<SpeakerQuotes<'a>> = Vec::new();
        for family in &self.analysis.quotes {
            let kept = !matches.is_active()
                || family.variants.iter().any(|variant| {
                    self.position(&variant.sentence).is_some_and(|position| matches.has_position(position))
                });
            if !kept {
                continue;
            }
            let speaker = family.speaker.as_deref().map(str::trim).filter(|name| !name.is_empty());
            match groups.iter_mut().find(|group| group.speaker == speaker) {
                Some(group) => group.families.push(family),
                None => groups.push(SpeakerQuotes { speaker, families: vec![family] }),
            }
        }
        // Named speakers first (high bit clear), more families first, then first appearance.
        const UNNAMED: usize = 1 << 31;
        let mut keys: Vec<u64> = groups
            .iter()
            .enumerate()
            .map(|(n, group)| {
                let fewer = (UNNAMED - 1).saturating_sub(group.families.len());
                sort_key(if group.speaker.is_none() { UNNAMED | fewer } else { fewer }, n)
            })
            .collect();
        sort_keys(&mut keys);
        let mut groups: Vec<Option<SpeakerQuotes<'a>>> = groups.into_iter().map(Some).collect();
        keys.iter().filter_map(|&key| groups.get_mut(key_low(key)).and_then(Option::take)).collect()
    }
}

/// One wording of a quote family and the outlets that print it: what the ledger shows once for
/// all of them when a family has many outlets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording<'a> {
    /// The variants with these words, in the family's order (their outlets and sentences).
    pub variants: Vec<&'a QuoteVariant>,
}

impl<'a> Wording<'a> {
    /// The first variant: its words, diff and whether it is partial stand for all of them.
    pub fn first(&self) -> Option<&'a QuoteVariant> {
        self.variants.first().copied()
    }
}

/// A family's variants grouped by their words: the wordings that more outlets print first, ties
/// in order of first appearance.
pub fn wordings(family: &QuoteFamily) -> Vec<Wording<'_>> {
    let mut wordings: Vec<Wording> = Vec::new();
    for variant in &family.variants {
        match wordings.iter_mut().find(|known| known.first().is_some_and(|first| first.text == variant.text))
        {
            Some(known) => known.variants.push(variant),
            None => wordings.push(Wording { variants: vec![variant] }),
        }
    }
    let mut keys: Vec<u64> = wordings
        .iter()
        .enumerate()
        .map(|(n, wording)| sort_key(u32::MAX as usize - wording.variants.len(), n))
        .collect();
    sort_keys(&mut keys);
    let mut wordings: Vec<Option<Wording>> = wordings.into_iter().map(Some).collect();
    keys.iter().filter_map(|&key| wordings.get_mut(key_low(key)).and_then(Option::take)).collect()
}
