//! The quote ledger: quote families grouped by speaker, and a family's wordings.

use super::filter::Matches;
use super::index::EventIndex;
use super::sort_by;
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
        // Named speakers first, those with more families first, ties in order of first appearance.
        sort_by(&mut groups, |a, b| {
            a.speaker.is_none().cmp(&b.speaker.is_none()).then(b.families.len().cmp(&a.families.len()))
        });
        groups
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
    sort_by(&mut wordings, |a, b| b.variants.len().cmp(&a.variants.len()));
    wordings
}
