//! Things counted once, roughly by one outlet: when an outlet gives a vague quantity or a range of
//! a thing ("dozens of aftershocks") and another a figure of it ("about 230 aftershocks"), and
//! each counts that thing in that one figure only (however often it repeats it), both count the
//! same things of the event, whatever the words around them say. Two exact figures need their
//! clauses to agree ("50 states" / "13 states" are two sets), and words for people, "others"
//! and "times" count too many kinds of things to say which.

use super::details::Mention;
use crate::analysis::document::Document;
use crate::analysis::hashing::FastMap;

/// Nouns that count too many kinds of things to say which (every word for people is read as
/// `people`).
const GENERAL_NOUNS: &[&str] = &["people", "other", "more", "time"];

/// Pairs of figures (indexes into `mentions`) of two outlets that each count their thing once,
/// one of them vaguely.
pub fn pairs(doc: &Document, mentions: &[(usize, Mention)]) -> Vec<(usize, usize)> {
    let articles: Vec<Option<usize>> =
        mentions.iter().map(|(unit, _)| doc.units.get(*unit).map(|u| u.article)).collect();
    let listed: Vec<(usize, &Mention)> = mentions
        .iter()
        .zip(articles)
        .filter_map(|((_, mention), article)| Some((article?, mention)))
        .collect();
    if listed.len() != mentions.len() {
        return Vec::new();
    }
    counted_once(&listed)
}

/// Over figures with their articles: the pairs (indexes into `figures`) of two articles' only
/// figures of one thing, one vague and one not.
pub fn counted_once(figures: &[(usize, &Mention)]) -> Vec<(usize, usize)> {
    // Per article and thing counted: its figures.
    let mut counted: FastMap<(usize, &str), Vec<usize>> = FastMap::default();
    for (index, (article, mention)) in figures.iter().enumerate() {
        let Some(noun) = mention.noun.as_deref().filter(|n| names_a_thing(n)) else { continue };
        if mention.dimension == "count" {
            counted.entry((*article, noun)).or_default().push(index);
        }
    }
    // The one value of each article for its thing.
    let mut sole: Vec<(&str, usize, usize)> = counted
        .iter()
        .filter(|(_, list)| list.iter().all(|&i| figures[i].1.value == figures[list[0]].1.value))
        .map(|(&(article, noun), list)| (noun, article, list[0]))
        .collect();
    sole.sort_unstable();
    let mut found = Vec::new();
    for (n, &(noun, article, a)) in sole.iter().enumerate() {
        for &(_, other_article, b) in sole[n + 1..].iter().take_while(|(other, ..)| *other == noun) {
            if other_article != article && compatible(figures[a].1, figures[b].1) {
                found.push((a, b));
            }
        }
    }
    found
}

/// Whether a counted noun names a kind of thing, not anyone or anything.
fn names_a_thing(noun: &str) -> bool {
    !GENERAL_NOUNS.contains(&noun)
}

/// Whether two figures that count one thing, each its outlet's only one, count the same: one
/// vague and one not, no other year, no other role, not about two different names.
fn compatible(a: &Mention, b: &Mention) -> bool {
    let roles_agree = a.role.is_none() || b.role.is_none() || a.role == b.role;
    let vague = |m: &Mention| m.value.0 < m.value.1;
    vague(a) != vague(b) && a.year == b.year && roles_agree && !super::other_names(a, b)
}
