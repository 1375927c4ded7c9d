//! Claims anchored on a detail that outlets write alike however they word the rest: a figure
//! written in digits, and a quote family.
//!
//! Sentence similarity misses a fact that two outlets state in different words around one
//! figure ("killing at least 77 people" / "the 77 dead reported previously"), and a lead
//! sentence that states three facts can stand in only one similarity cluster. So, besides the
//! clusters, every figure and every quote that several outlets carry makes a claim of its own:
//! - **figures**: a number written in digits (a count, a score, a time, a magnitude; not a year,
//!   which dates many facts at once) that two or more outlets print, and that is specific: at most [`MAX_SENTENCES_PER_OUTLET`] sentences per
//!   outlet on average carry it. A year or a small count that every other sentence repeats
//!   ("2022", "1") names no one fact. Number words ("six", "first") are left out: they are the
//!   language's, not the story's. A figure is its number as it is read: a day of a month is a
//!   date ("May 5", "5 May", "Oct. 14"), a number before a unit a measure ("12 years"), before
//!   another word a count ("12 cameras"); each is another figure than the others. A number that
//!   nothing follows in its phrase ("Abe, 67, was shot") joins every measure and count of it;
//! - **quotes**: the sentences holding the wordings of one quote family, unless one outlet gives
//!   it two different wordings in two sentences (then the family has joined two remarks).
//!
//! A sentence may thus stand in several claims. An anchored claim that holds every sentence of a
//! cluster replaces it; one that a cluster holds adds nothing and is dropped.

use crate::analysis::differences::words::UNITS;
use crate::analysis::document::Document;
use crate::analysis::hashing::FastMap;
use crate::analysis::text::Token;
use crate::analysis::QuoteFamily;
use crate::calendar::month_named;

/// Most sentences per outlet, on average over the outlets that print it, for a figure to anchor
/// a claim: one fact is stated once per article, sometimes twice (a lead and a later detail).
pub const MAX_SENTENCES_PER_OUTLET: f32 = 1.3;

/// The sentence groups (unit indexes, sorted) that figures and quote families anchor.
pub fn anchored_groups(doc: &Document, families: &[QuoteFamily]) -> Vec<Vec<usize>> {
    let mut groups = figure_groups(doc);
    groups.extend(quote_groups(doc, families));
    groups
}

/// How a number is read: the same number is another figure as a date, a measure or a count
/// ("May 5", "5 km", "5 villages").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reading {
    /// A day of this month.
    Date(&'static str),
    /// A measure of this dimension ("length", "duration", …; see [`UNITS`]).
    Measure(&'static str),
    /// A count of what the next word names.
    Count,
    /// Nothing follows it in its clause ("Abe, 67, was …", "won 4-2."): it may be any of them.
    Bare,
}

/// One group per specific figure that two or more outlets print.
fn figure_groups(doc: &Document) -> Vec<Vec<usize>> {
    let mut by_figure: FastMap<(&str, Reading), Vec<usize>> = FastMap::default();
    let mut order: Vec<(&str, Reading)> = Vec::new();
    for (index, unit) in doc.units.iter().enumerate() {
        for (at, token) in unit.tokens.iter().enumerate() {
            if !is_figure(token) {
                continue;
            }
            let figure = (token.norm.as_str(), reading(&unit.tokens, at, &unit.sentence.text));
            let list = by_figure.entry(figure).or_insert_with(|| {
                order.push(figure);
                Vec::new()
            });
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
    }
    join_bare_figures(&mut by_figure);
    order
        .into_iter()
        .filter_map(|figure| {
            let units = by_figure.remove(&figure)?;
            let outlets = doc.articles_of(&units);
            let specific = units.len() as f32 <= MAX_SENTENCES_PER_OUTLET * outlets.len() as f32;
            (outlets.len() >= 2 && specific).then_some(units)
        })
        .collect()
}

/// How the number at `at` of a sentence is read (see [`Reading`]).
fn reading(tokens: &[Token], at: usize, text: &str) -> Reading {
    if let Some(month) = month_of_day(tokens, at) {
        return Reading::Date(month);
    }
    // The next word, unless punctuation ends the number's phrase first.
    let next = tokens.get(at + 1).filter(|next| {
        let gap = tokens.get(at).and_then(|number| text.get(number.span.end..next.span.start));
        gap.is_some_and(|gap| !gap.contains([',', ';', ':', '.', '(', ')']))
    });
    let Some(next) = next else { return Reading::Bare };
    if let Some(&(_, dimension, _)) = UNITS.iter().find(|(word, ..)| *word == next.norm.as_str()) {
        return Reading::Measure(dimension);
    }
    if next.is_content() && !next.number {
        Reading::Count
    } else {
        Reading::Bare
    }
}

/// Adds the sentences where a number stands bare to every measure and count of that number, and
/// drops the bare figure then: "Messi, 35, …" is the same 35 as "the 35-year-old" and as "35
/// caps". A bare number with no other reading stays a figure of its own.
fn join_bare_figures(by_figure: &mut FastMap<(&str, Reading), Vec<usize>>) {
    let bare: Vec<(&str, Vec<usize>)> = by_figure
        .iter()
        .filter(|((_, reading), _)| *reading == Reading::Bare)
        .map(|((number, _), units)| (*number, units.clone()))
        .collect();
    for (number, units) in bare {
        let mut joined = false;
        for ((other, reading), list) in by_figure.iter_mut() {
            if *other == number && matches!(reading, Reading::Measure(_) | Reading::Count) {
                list.extend(units.iter().copied());
                list.sort_unstable();
                list.dedup();
                joined = true;
            }
        }
        if joined {
            by_figure.remove(&(number, Reading::Bare));
        }
    }
}

/// The month of the number at `at` when it is a day of that month, written before or after it in
/// full or cut short ("May 5", "5 May", "Oct. 14"): a date, another figure than the count 5.
fn month_of_day(tokens: &[Token], at: usize) -> Option<&'static str> {
    let day = tokens.get(at).is_some_and(|t| t.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)));
    let month = |t: Option<&Token>| month_named(t?.surface.as_str());
    day.then(|| month(at.checked_sub(1).and_then(|i| tokens.get(i))).or_else(|| month(tokens.get(at + 1))))
        .flatten()
}

/// Whether a token is a figure that can anchor a claim: a number written in digits that is not a
/// year (a year dates many facts at once: "in 2020" may be an election, a resignation, a
/// declaration).
fn is_figure(token: &Token) -> bool {
    let written_in_digits = token.surface.starts_with(|c: char| c.is_ascii_digit());
    let year = token.norm.len() == 4
        && token.norm.chars().all(|c| c.is_ascii_digit())
        && matches!(token.norm.as_bytes().first(), Some(b'1' | b'2'));
    token.number && written_in_digits && !year
}

/// One group per quote family of two or more outlets: the sentences where its wordings open.
fn quote_groups(doc: &Document, families: &[QuoteFamily]) -> Vec<Vec<usize>> {
    let index_of: FastMap<&str, usize> =
        doc.units.iter().enumerate().map(|(index, unit)| (unit.sentence.id.as_str(), index)).collect();
    families
        .iter()
        .filter(|family| !holds_two_remarks(family))
        .filter_map(|family| {
            let mut units: Vec<usize> =
                family.variants.iter().filter_map(|v| index_of.get(v.sentence.as_str()).copied()).collect();
            units.sort_unstable();
            units.dedup();
            (doc.articles_of(&units).len() >= 2).then_some(units)
        })
        .collect()
}

/// Whether a family holds two different complete wordings from one outlet, in different
/// sentences: the outlet quotes two remarks that the family's matching has joined, so its
/// sentences need not state one fact.
fn holds_two_remarks(family: &QuoteFamily) -> bool {
    let complete: Vec<_> = family.variants.iter().filter(|v| !v.partial).collect();
    complete.iter().enumerate().any(|(i, a)| {
        complete[i + 1..].iter().any(|b| a.outlet == b.outlet && a.sentence != b.sentence && a.text != b.text)
    })
}

/// Adds anchored groups to the clusters: a group that holds a whole cluster replaces it (a lone
/// sentence included, which is then no longer unique), a group that a cluster (or an earlier
/// group) already holds is dropped, any other is added. Every group and cluster is sorted.
pub fn merge(mut clusters: Vec<Vec<usize>>, anchored: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let holds = |big: &[usize], small: &[usize]| small.iter().all(|x| big.binary_search(x).is_ok());
    for group in anchored {
        if clusters.iter().any(|cluster| cluster.len() >= group.len() && holds(cluster, &group)) {
            continue;
        }
        clusters.retain(|cluster| !holds(&group, cluster));
        clusters.push(group);
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::merge;

    #[test]
    fn anchored_groups_replace_what_they_hold_and_skip_what_is_held() {
        let clusters = vec![vec![0, 1], vec![2, 3, 4], vec![5], vec![6], vec![7]];
        // Holds [0, 1] and [6]: replaces them. Held by [2, 3, 4]: dropped. Overlaps [2, 3, 4]
        // and holds [7]: added in place of [7].
        let merged = merge(clusters, vec![vec![0, 1, 6], vec![2, 4], vec![4, 7]]);
        assert_eq!(merged, vec![vec![2, 3, 4], vec![5], vec![0, 1, 6], vec![4, 7]]);
    }
}
