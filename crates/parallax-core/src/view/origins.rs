//! Origins and placement for the views: what each outlet's card says it is ("Copy of the Chicago
//! Tribune's AP story: 92% of sentences the same") and what it led with, how many independent
//! origins a claim's outlets stand for, where a claim stands in each article, the matrix
//! columns grouped by origin, and the coverage rows in the order of what the outlets led with.

use std::fmt::Write as _;

use super::index::EventIndex;
use super::to_u32;
use crate::analysis::{Origin, OriginKind, OriginMember, Place};

/// "No origin" in the per-outlet table.
pub(crate) const NO_ORIGIN: u32 = u32::MAX;

/// What an outlet's card says about where its text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginLine {
    /// The origin's index in the analysis, if the outlet's article carries a text that others
    /// carry too.
    pub origin: Option<usize>,
    /// The line, in words.
    pub text: String,
}

/// Where a claim stands, as readers say it ("in the headline", "in the last third").
pub fn place_words(place: Place) -> &'static str {
    match place {
        Place::Headline => "in the headline",
        Place::Lead => "in the lead",
        Place::Body => "in the body",
        Place::End => "in the last third",
    }
}

impl<'a> EventIndex<'a> {
    /// The index of the origin of the outlet at `position`, if its article is in a copy group.
    pub fn origin_of(&self, position: usize) -> Option<usize> {
        self.outlet_origin.get(position).copied().filter(|&o| o != NO_ORIGIN).map(|o| o as usize)
    }

    /// How many independent origins the outlets that carry a claim stand for: one per copy
    /// group among them, and one per outlet in none.
    pub fn independent_origins(&self, claim: usize) -> usize {
        // One pass over the carriers, whatever the number of origins (a matrix row asks this).
        let mut seen = vec![false; self.analysis.origins.len()];
        let mut count = 0;
        for (outlet, _) in self.claim_carriers(claim) {
            let first = match self.origin_of(outlet as usize) {
                Some(group) => seen.get_mut(group).is_some_and(|seen| !std::mem::replace(seen, true)),
                None => true,
            };
            count += usize::from(first);
        }
        count
    }

    /// Where a claim stands in each article that carries it, in the order of
    /// [`EventIndex::claim_carriers`] (empty when the analysis has no placement for it).
    pub fn claim_places(&self, claim: usize) -> &'a [Place] {
        let places = self.analysis.placements.get(claim).map_or(&[][..], Vec::as_slice);
        if places.len() == self.claims.get(claim).map_or(0, |c| c.outlets as usize) {
            places
        } else {
            &[]
        }
    }

    /// The claim the outlet at `position` led with: of the claims its headline states (else of
    /// those in its lead), the one its article states first; `None` if the outlet carries no
    /// claim in either.
    pub fn led_with(&self, position: usize) -> Option<(usize, Place)> {
        self.outlet_lead
            .get(position)
            .copied()
            .filter(|&(claim, _)| claim != u32::MAX)
            .map(|(c, p)| (c as usize, p))
    }

    /// What the outlet at `position` led with, in its own words: the first sentence of its
    /// article that states that claim, and where the claim stands.
    pub fn led_with_sentence(&self, position: usize) -> Option<(&'a str, &'a str, Place)> {
        let (claim, place) = self.led_with(position)?;
        let id = self.member_ids_in(self.members_of(claim), to_u32(position)).next()?;
        let text = self.entry(self.position(id)?)?.text;
        Some((id, text, place))
    }

    /// A claim's short text ([`super::CoverageRow::summary`]); empty for an unknown claim.
    pub fn claim_summary(&self, claim: usize) -> &'a str {
        self.claims.get(claim).map_or("", |c| c.summary.0)
    }

    /// What the card of the outlet at `position` says about where its text comes from.
    pub fn origin_line(&self, position: usize) -> OriginLine {
        let Some(index) = self.origin_of(position) else {
            return OriginLine {
                origin: None,
                text: "Independent: no other article here shares its text".to_string(),
            };
        };
        let origin = self.analysis.origins.get(index);
        let outlet = self.outlets.get(position).copied().unwrap_or("");
        let text = origin.map_or_else(String::new, |origin| self.describe(origin, outlet));
        OriginLine { origin: Some(index), text }
    }

    /// An outlet's display name (its id if the event has no such outlet).
    fn name_of<'s>(&self, outlet: &'s str) -> &'s str
    where
        'a: 's,
    {
        self.event.article(outlet).map_or(outlet, |article| article.outlet.name.as_str())
    }

    fn describe(&self, origin: &Origin, outlet: &str) -> String {
        let member = origin.members.iter().find(|m| m.outlet == outlet);
        let source = origin.source.as_deref();
        let source_article = source.filter(|s| origin.articles.iter().any(|a| a == s));
        let mut text = String::new();
        if source_article == Some(outlet) {
            // The article the others copy.
            let others: Vec<&str> =
                origin.articles.iter().filter(|a| *a != outlet).map(|a| self.name_of(a)).collect();
            let plural = if others.len() == 1 { "" } else { "s" };
            let _ = match origin.kind {
                OriginKind::Wire => write!(text, "The agency's own story, carried also by {}", list(&others)),
                OriginKind::Copy => write!(
                    text,
                    "Original of the cop{} in {}",
                    if plural.is_empty() { "y" } else { "ies" },
                    list(&others)
                ),
                OriginKind::Rewrite => write!(text, "Original of the rewrite{plural} in {}", list(&others)),
            };
            return text;
        }
        let (copy, share) = member.map_or(("Copy", 0.0), |m: &OriginMember| {
            (if m.reworded { "Rewrite" } else { "Copy" }, m.shared)
        });
        let percent = (share * 100.0).round() as usize;
        let same = if member.is_some_and(|m| m.reworded) { "reworded" } else { "the same" };
        let closest = member.map_or("", |m| m.closest.as_str());
        match (origin.kind, source, source_article) {
            (OriginKind::Wire, Some(agency), None) => {
                let _ = write!(
                    text,
                    "{copy} of {}'s {agency} story: {percent}% of sentences {same}",
                    self.name_of(closest)
                );
            }
            (_, Some(original), Some(_)) => {
                let _ = write!(text, "{copy} of {}: {percent}% of sentences {same}", self.name_of(original));
            }
            _ => {
                let _ = write!(
                    text,
                    "Same text as {} ({percent}% of sentences {same}); which came first is not known",
                    self.name_of(closest)
                );
            }
        }
        text
    }

    /// The matrix columns grouped by origin: each copy group (its outlets, the source first)
    /// in the order of the analysis, then the outlets in no group, in article order.
    pub fn origin_groups(&self) -> (Vec<(usize, Vec<u32>)>, Vec<u32>) {
        let mut groups: Vec<(usize, Vec<u32>)> = Vec::new();
        for (index, origin) in self.analysis.origins.iter().enumerate() {
            let members: Vec<u32> = origin
                .articles
                .iter()
                .filter_map(|id| self.outlets.iter().position(|known| known == id))
                .filter(|&position| self.origin_of(position) == Some(index))
                .map(to_u32)
                .collect();
            if !members.is_empty() {
                groups.push((index, members));
            }
        }
        let alone = (0..self.outlets.len()).filter(|&p| self.origin_of(p).is_none()).map(to_u32).collect();
        (groups, alone)
    }

    /// A short name for an origin's column: its agency or source outlet, else its first
    /// outlet, after how many outlets carry it ("3 · AP story").
    pub fn origin_label(&self, origin: usize) -> String {
        let Some(origin) = self.analysis.origins.get(origin) else { return String::new() };
        let head = match origin.source.as_deref() {
            Some(source) => self.name_of(source).to_string(),
            None => origin.articles.first().map_or(String::new(), |first| self.name_of(first).to_string()),
        };
        // Short, and the count first, since it is written upwards over a narrow column and may be cut:
        // the outlets are in its title.
        let kind = match origin.kind {
            OriginKind::Wire => " story",
            OriginKind::Copy => "",
            OriginKind::Rewrite => ", reworded",
        };
        format!("{} · {head}{kind}", origin.articles.len())
    }

    /// Per outlet: the claim it led with and where ([`EventIndex::led_with`]), found in one pass
    /// over the claims' carriers.
    pub(crate) fn leads(&self) -> Vec<(u32, Place)> {
        // Per outlet: (claim, place, position of its first sentence of the claim).
        let mut best: Vec<(u32, Place, u32)> = vec![(u32::MAX, Place::End, u32::MAX); self.outlets.len()];
        for claim in 0..self.claims.len() {
            let places = self.claim_places(claim);
            for (&(outlet, first), &place) in self.claim_carriers(claim).iter().zip(places) {
                if place > Place::Lead {
                    continue;
                }
                let Some(slot) = best.get_mut(outlet as usize) else { continue };
                let at = self.position(first).unwrap_or(u32::MAX);
                if slot.0 == u32::MAX || (place, at) < (slot.1, slot.2) {
                    *slot = (to_u32(claim), place, at);
                }
            }
        }
        best.into_iter().map(|(claim, place, _)| (claim, place)).collect()
    }

    /// How prominently the outlets placed a claim: how many put it in their headline, how many in
    /// their lead, and how many carry it.
    pub(crate) fn lead_counts(&self, claim: usize) -> (usize, usize, usize) {
        let places = self.claim_places(claim);
        let headline = places.iter().filter(|&&p| p == Place::Headline).count();
        let lead = places.iter().filter(|&&p| p == Place::Lead).count();
        let carried = self.claims.get(claim).map_or(0, |c| c.outlets as usize);
        (headline, lead, carried)
    }
}

/// Names joined for a sentence: "A", "A and B", "A, B and C".
fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
