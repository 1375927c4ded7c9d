//! Sentences of one frame: two outlets' sentences that share most of their words but a figure,
//! a time or a date ("the plane rose as high as 16,000 feet during the flight" / "the flight had
//! reached 16,300 feet before descending", a copy whose figure was changed). The one detail of a
//! dimension that each of them holds gives the same slot, whatever the few words around it say.

use super::details::Mention;
use crate::analysis::document::Document;
use crate::analysis::hashing::{FastMap, FastSet};
use crate::analysis::DetailKind;

/// Fewest content words two sentences share to be of one frame.
pub const MIN_SHARED: usize = 4;

/// Least share of their content words that the two sentences share (Dice: twice the shared
/// words over both counts), so that a long sentence does not frame every short one it holds.
pub const MIN_SHARE: f64 = 0.5;

/// The content words of each unit that holds a detail (numbers left out: they are what differs).
pub fn words<'d>(doc: &'d Document, units: &[usize]) -> Vec<FastSet<&'d str>> {
    units
        .iter()
        .map(|&unit| {
            doc.units
                .get(unit)
                .map(|u| {
                    u.tokens.iter().filter(|t| t.is_content() && !t.number).map(|t| t.key.as_str()).collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

/// Each word set as sorted ids (one id per distinct word over all the sets), to compare sets by
/// merging instead of hashing every word again for every pair.
pub fn ids(words: &[FastSet<&str>]) -> Vec<Vec<u32>> {
    let mut id_of: FastMap<&str, u32> = FastMap::default();
    words
        .iter()
        .map(|set| {
            let mut list: Vec<u32> = set
                .iter()
                .map(|&word| {
                    let next = id_of.len() as u32;
                    *id_of.entry(word).or_insert(next)
                })
                .collect();
            list.sort_unstable();
            list
        })
        .collect()
}

/// Whether two sentences' content words (as [`ids`]) make one frame.
pub fn same_frame(a: &[u32], b: &[u32]) -> bool {
    let shared = crate::analysis::sorted::shared_count(a, b);
    shared >= MIN_SHARED && 2.0 * shared as f64 >= MIN_SHARE * (a.len() + b.len()) as f64
}

/// Whether two details of sentences of one frame can give the same slot: the same kind and
/// dimension, no other year, no other role, not about two different names, and a word of their
/// own clauses in common (the frame must hold at the detail, not only elsewhere in the sentence:
/// "said Eko Budi Lelono, who heads the survey center" is no frame for the figures before it).
pub fn compatible(a: &Mention, b: &Mention) -> bool {
    // A day in a sentence of the same frame is too often another happening's day ("the election
    // will be held on Saturday" / "the vote … would be held on Sunday").
    if a.kind != b.kind
        || a.dimension != b.dimension
        || a.year != b.year
        || a.kind == DetailKind::Date
        || !super::details::additional_agree(a, b)
    {
        return false;
    }
    let local = a.roles.iter().any(|r| !r.starts_with('@') && b.roles.contains(r))
        || super::details::counted(a).is_some() && super::details::counted(a) == super::details::counted(b);
    if !local {
        return false;
    }
    if a.role.is_some() && b.role.is_some() && a.role != b.role {
        return false;
    }
    // Names are the roles written `@name`, compared without copying them.
    let names = |m: &Mention| m.roles.iter().any(|r| r.starts_with('@'));
    !names(a) || !names(b) || a.roles.iter().any(|r| r.starts_with('@') && b.roles.contains(r))
}
