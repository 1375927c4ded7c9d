//! Details of one claim: two outlets' sentences that the claims put in one claim report one
//! fact, so a detail of one that is the only detail of the other it can be compared with, and the
//! other way round, gives the same slot ("millions of others are suffering from debilitating,
//! long-term effects" / "hundreds more are also still suffering"), whatever the few words around
//! each say.

use super::details::{counted, Mention};
use super::{disagree, Joiner};
use crate::analysis::document::Document;
use crate::analysis::hashing::FastMap;

/// Joins the pairs of details (indexes into `mentions`) of two outlets' sentences of one claim,
/// each the other's only match. `claims_of` gives each unit's claims.
///
/// Units of one wording hold equal details, so within a claim the details are compared once per
/// pair of its *wordings* (once each way when units of both come first), and each pair found
/// joins the details at those places in every unit of the two wordings, across articles, as
/// [`Joiner`] does: a claim printed by a thousand outlets in a few wordings is a few comparisons,
/// not half a million.
pub fn join(doc: &Document, mentions: &[(usize, Mention)], claims_of: &[Vec<usize>], join: &mut Joiner) {
    // Each unit's details: a range of `mentions`, which come in unit order.
    let mut held: FastMap<usize, (usize, usize)> = FastMap::default();
    for (index, (unit, _)) in mentions.iter().enumerate() {
        held.entry(*unit).or_insert((index, index)).1 = index + 1;
    }
    let mut units_of: FastMap<usize, Vec<usize>> = FastMap::default();
    let mut units: Vec<usize> = held.keys().copied().collect();
    units.sort_unstable();
    for &unit in &units {
        for &claim in claims_of.get(unit).into_iter().flatten() {
            units_of.entry(claim).or_default().push(unit);
        }
    }
    let mut claims: Vec<&Vec<usize>> = units_of.values().collect();
    claims.sort_unstable();
    let range = |unit: usize| -> Vec<usize> {
        let (from, to) = held[&unit];
        (from..to).collect()
    };
    for list in claims {
        let wordings = by_wording(doc, list);
        for (n, ps) in wordings.iter().enumerate() {
            for qs in &wordings[n + 1..] {
                let (p_held, q_held) = (range(ps[0]), range(qs[0]));
                // Places (in `p`'s details, in `q`'s) of the pairs found with the earlier unit
                // asked first: `p`'s, then `q`'s.
                let forward = || -> Vec<(usize, usize)> {
                    let found = only_matches(mentions, &p_held, &q_held);
                    found.into_iter().map(|(x, y)| (x - p_held[0], y - q_held[0])).collect()
                };
                let backward = || -> Vec<(usize, usize)> {
                    let found = only_matches(mentions, &q_held, &p_held);
                    found.into_iter().map(|(y, x)| (x - p_held[0], y - q_held[0])).collect()
                };
                let Some((ahead, behind)) = super::both_ways_with(ps, qs, forward, backward) else {
                    continue;
                };
                let mut places: Vec<(usize, usize)> = ahead.iter().chain(&behind).copied().collect();
                places.sort_unstable();
                places.dedup();
                for (i, j) in places {
                    let xs: Vec<usize> = ps.iter().map(|&u| held[&u].0 + i).collect();
                    let ys: Vec<usize> = qs.iter().map(|&u| held[&u].0 + j).collect();
                    join.related_both_ways(&xs, &ys, ahead.contains(&(i, j)), behind.contains(&(i, j)));
                }
            }
        }
    }
}

/// A claim's units (ascending) grouped by wording, each group ascending, in order of its first.
fn by_wording(doc: &Document, units: &[usize]) -> Vec<Vec<usize>> {
    let mut index_of: FastMap<usize, usize> = FastMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &unit in units {
        let Some(wording) = doc.units.get(unit).map(|u| u.wording) else { continue };
        let next = groups.len();
        let index = *index_of.entry(wording).or_insert(next);
        if index == next {
            groups.push(Vec::new());
        }
        groups[index].push(unit);
    }
    groups
}

/// The pairs of details of two sentences where each is the other's only compatible detail, and
/// neither sentence gives the other's value elsewhere ("the official toll was 7 million, the
/// real figure at least 20 million" / "almost 7 million deaths …, at least 20 million").
pub fn only_matches(mentions: &[(usize, Mention)], a: &[usize], b: &[usize]) -> Vec<(usize, usize)> {
    let matches = |x: usize, y: usize| compatible(&mentions[x].1, &mentions[y].1);
    let given = |x: usize, list: &[usize]| {
        list.iter().any(|&y| {
            mentions[y].1.dimension == mentions[x].1.dimension && !disagree(&mentions[x].1, &mentions[y].1)
        })
    };
    let mut found = Vec::new();
    for &x in a.iter().filter(|&&x| !given(x, b)) {
        let mut partners = b.iter().copied().filter(|&y| matches(x, y));
        let (Some(y), None) = (partners.next(), partners.next()) else { continue };
        if !given(y, a) && a.iter().filter(|&&other| matches(other, y)).count() == 1 {
            found.push((x, y));
        }
    }
    found
}

/// Whether two details of one claim can give the same slot: as in sentences of one frame
/// ([`super::frames::compatible`]), not counting two different things ("12 cameras" / "six
/// microphones"), and a word of their own clauses in common that is no name (a noun alone,
/// "people", says too little).
fn compatible(a: &Mention, b: &Mention) -> bool {
    let nouns_agree = match (counted(a), counted(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    nouns_agree
        && super::frames::compatible(a, b)
        && a.roles.iter().any(|r| !r.starts_with('@') && b.roles.contains(r))
}
