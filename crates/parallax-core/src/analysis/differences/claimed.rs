//! Details of one claim: two outlets' sentences that the claims put in one claim report one
//! fact, so a detail of one that is the only detail of the other it can be compared with, and the
//! other way round, gives the same slot ("millions of others are suffering from debilitating,
//! long-term effects" / "hundreds more are also still suffering"), whatever the few words around
//! each say.

use super::details::{counted, Mention};
use super::disagree;
use crate::analysis::document::Document;
use crate::analysis::hashing::FastMap;

/// Pairs of details (indexes into `mentions`) of two outlets' sentences of one claim, each the
/// other's only match. `claims_of` gives each unit's claims.
pub fn pairs(doc: &Document, mentions: &[(usize, Mention)], claims_of: &[Vec<usize>]) -> Vec<(usize, usize)> {
    // Each claim's units that hold a detail, and each unit's details.
    let mut held: FastMap<usize, Vec<usize>> = FastMap::default();
    for (index, (unit, _)) in mentions.iter().enumerate() {
        held.entry(*unit).or_default().push(index);
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
    let mut found = Vec::new();
    for list in claims {
        for (n, &ua) in list.iter().enumerate() {
            for &ub in &list[n + 1..] {
                let (Some(x), Some(y)) = (doc.units.get(ua), doc.units.get(ub)) else { continue };
                if x.article == y.article || x.wording == y.wording {
                    continue;
                }
                found.extend(only_matches(mentions, &held[&ua], &held[&ub]));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
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
