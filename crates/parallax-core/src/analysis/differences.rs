//! Differences: details that outlets report differently. "Death toll: 77 in two outlets, 272 in
//! one"; "$3,499" against "$3,500"; "shot at 11:25 am" against "at about 11.30am"; "said"
//! against "admitted".
//!
//! **Figures, times and dates** ([`details`]) are read with their unit (a currency sign, a
//! percent sign, a unit of length, mass or time, a scale glued to the digits as in "$300bn",
//! "magnitude", or the noun they count) and the words of their clause (up to [`details`]'s
//! window on each side, stopping at "and", "but", a semicolon, a dash or a bracket; a time's or an
//! ordinal's window counts only content words, so that "landed safely back at Portland, Oregon,
//! at 5:26 pm" still reads "landed"). Two of them, from different outlets, give *the same slot*
//! when they measure the same dimension (lengths in any unit compare after conversion; a count of
//! people never meets a count of aftershocks), were not dated to different years, and their
//! clauses share enough of what they are about: two points, where a word naming a common role of
//! a figure in news (the killed, the injured, the evacuated, passengers, departures, prices,
//! cases, magnitude, length: [`words::ROLES`]) counts two, any other content word or name one,
//! and the counted noun one. Ordinals ("the second player") need three. Besides: amounts of money
//! rounded two ways ("$3,499" / "$3,500") are one price; conversions in brackets of one figure
//! ("140m rupees (£500,000)" / "(£530,000)") are one slot; magnitudes are one only within half a
//! step; and two outlets' sentences of one frame ([`frames`]: most of their words shared, as a
//! copy whose figure was changed) give one slot for the one detail of a dimension each holds.
//! Two outlets' sentences that the claims put in one claim ([`claimed`]) give one slot for a
//! detail of each that is the other's only match (same dimension, a word of their clauses in
//! common) when neither sentence gives the other's value elsewhere. An increment ("hundreds
//! more", "400 more dead") counts others, as "millions of others" does, and meets no other figure.
//! A thing that two outlets each count once, one of them vaguely ("dozens of aftershocks" /
//! "about 230 aftershocks"), is one slot too ([`sole`]).
//! The slots join up across outlets, across claims too; a slot where some outlet gives a value
//! that none of another outlet's values meets is a difference. Qualifiers ("at least",
//! "nearly") are shown, not compared: "at least 41" and "at least 77" are different figures.
//! Vague quantities are ranges ("dozens" is 24 to 108), so "hundreds of miles" and "100 miles"
//! differ while "millions" and "6.9 million" do not. Values converted from another unit get 3%
//! of slack; values in one unit ("16,000 feet" / "16,300 feet") none.
//!
//! **Names** differ when outlets write one name in two forms: two names of the event, each of
//! at least [`MIN_NAME_CHARS`] letters, that differ only by a space inside a compound
//! ("EyeSight" / "Eye Sight") or by a syllable added or dropped in one place ("Curah Kobokan" /
//! "Curah Kerobokan"). Misspellings (one letter, or letters here and there: "Kavanagh",
//! "Sotamayor"), letters respelled ("Tehreek" / "Tehrik"), a dropped hyphen and British or
//! American spelling ("Labour" / "Labor", "Organisation") are no difference in fact.
//!
//! **Attribution verbs** differ when two outlets' sentences of one claim attribute a statement
//! to the same speaker with verbs of different stance ([`words::STANCES`]: "said" against
//! "claimed", "admitted", "insisted"…), at least one of them not neutral.
//!
//! Each difference belongs to the claim that holds most of its sentences.

mod claimed;
mod details;
mod frames;
mod sole;
mod spelling;
pub(crate) mod words;

pub(crate) use words::QUALIFIERS;

use super::document::Document;
use super::hashing::{FastMap, FastSet};
use crate::analysis::{Claim, DetailKind, DetailValue, Difference};
use details::Mention;

/// Fewest letters for a name to be compared for spelling.
pub const MIN_NAME_CHARS: usize = 6;

/// Points of shared clause words for two details to give the same slot, when a role word
/// ([`words::ROLES`]) says what they are.
const SAME_SLOT: u32 = 2;

/// Points needed without a role word, for ordinals, durations and dates, which news uses for
/// many things at once, unless the two values are close ([`CLOSE`]).
const SAME_SLOT_LOOSE: u32 = 3;

/// Two values within this ratio of each other are close: figures that disagree on one thing are
/// mostly of one size ("16 million" / "15 million"); "seven goals" in a tournament and "two" in
/// its final are not.
const CLOSE: f64 = 1.5;

/// Two amounts of money this close are one amount rounded two ways.
const ROUNDED: f64 = 1.02;

/// Two magnitudes this close are of one size: "7.6" and "7.8" may be one quake measured twice,
/// "6.2" and "7.8" are two quakes.
const CLOSE_MAGNITUDE: f64 = 0.5;

/// Finds the event's differences, in the order of their claims.
pub fn find(doc: &Document, claims: &[Claim]) -> Vec<Difference> {
    let mut mentions: Vec<(usize, Mention)> = Vec::new();
    let mut read: FastMap<usize, Vec<Mention>> = FastMap::default();
    for (index, unit) in doc.units.iter().enumerate() {
        let found =
            read.entry(unit.wording).or_insert_with(|| details::mentions(&unit.sentence.text, &unit.tokens));
        mentions.extend(found.iter().cloned().map(|m| (index, m)));
    }
    let claim_of = ClaimLookup::new(doc, claims);
    let mut groups = slots(doc, &mentions, &claim_of);
    let mut differences: Vec<(usize, Difference)> = Vec::new();
    for group in groups.drain(..) {
        if let Some(difference) = difference_of(doc, &mentions, &group, &claim_of) {
            differences.push(difference);
        }
    }
    for (units, difference) in spelling::names(doc, MIN_NAME_CHARS) {
        if let Some(claim) = claim_of.best(&units) {
            differences.push((claim, difference));
        }
    }
    let index_of: FastMap<&str, usize> = claims.iter().enumerate().map(|(n, c)| (c.id.as_str(), n)).collect();
    for (_, difference) in spelling::verbs(doc, claims) {
        if let Some(&claim) = index_of.get(difference.claim.as_str()) {
            differences.push((claim, difference));
        }
    }
    differences.sort_by_key(|(claim, _)| *claim);
    differences
        .into_iter()
        .filter_map(|(claim, mut difference)| {
            difference.claim = claims.get(claim)?.id.clone();
            Some(difference)
        })
        .collect()
}

/// Joins the mentions that give the same slot across outlets (union-find), and returns each group
/// of two or more, as indexes into `mentions`.
///
/// Units of one wording hold equal mentions (read once per wording), so mentions are compared
/// once per pair of *copies* (the mentions at one place of one wording's units, [`Copies`]), and
/// each pair that gives one slot joins its copies across articles without listing every pair of
/// them: a wire figure printed by a thousand outlets is one comparison, not half a million.
fn slots(doc: &Document, mentions: &[(usize, Mention)], claims: &ClaimLookup) -> Vec<Vec<usize>> {
    let copies = Copies::new(doc, mentions);
    let mut join = Joiner::new(doc, mentions);
    // Candidates share a dimension; compare within each.
    let mut by_dimension: FastMap<&str, Vec<usize>> = FastMap::default();
    for (copy, members) in copies.members.iter().enumerate() {
        by_dimension.entry(mentions[members[0]].1.dimension).or_default().push(copy);
    }
    for list in by_dimension.values() {
        for (n, &x) in list.iter().enumerate() {
            for &y in &list[n..] {
                join.related(&copies.members[x], &copies.members[y], same_slot);
            }
        }
    }
    join_frames(doc, mentions, &copies, &mut join);
    claimed::join(doc, mentions, &claims.claims_of, &mut join);
    for (a, b) in sole::pairs(doc, mentions) {
        join.union(a, b);
    }
    let mut groups: FastMap<usize, Vec<usize>> = FastMap::default();
    for index in 0..mentions.len() {
        let r = join.root(index);
        groups.entry(r).or_default().push(index);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 2).collect();
    groups.sort();
    groups
}

/// Copies of one detail: the mentions at one place of the units that share a wording.
struct Copies {
    /// Per copy, its mentions in order.
    members: Vec<Vec<usize>>,
    /// Per mention, its copy.
    copy_of: Vec<usize>,
}

impl Copies {
    fn new(doc: &Document, mentions: &[(usize, Mention)]) -> Copies {
        let mut id_of: FastMap<(usize, usize), usize> = FastMap::default();
        let mut copies = Copies { members: Vec::new(), copy_of: Vec::with_capacity(mentions.len()) };
        let mut place = 0;
        for (index, (unit, _)) in mentions.iter().enumerate() {
            place = if index > 0 && mentions[index - 1].0 == *unit { place + 1 } else { 0 };
            let next = id_of.len();
            let copy = *id_of.entry((doc.units[*unit].wording, place)).or_insert(next);
            if copy == next {
                copies.members.push(Vec::new());
            }
            copies.members[copy].push(index);
            copies.copy_of.push(copy);
        }
        copies
    }
}

/// Union-find over mentions, joining copies as every pair of their mentions from different
/// articles would.
struct Joiner<'m> {
    parent: Vec<usize>,
    /// Per mention, the article of its unit.
    article: Vec<usize>,
    mentions: &'m [(usize, Mention)],
}

impl<'m> Joiner<'m> {
    fn new(doc: &Document, mentions: &'m [(usize, Mention)]) -> Joiner<'m> {
        let article = mentions.iter().map(|(unit, _)| doc.units[*unit].article).collect();
        Joiner { parent: (0..mentions.len()).collect(), article, mentions }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.parent[ra.max(rb)] = ra.min(rb);
    }

    /// Joins what `related` (asked with the earlier mention first, as a pairwise pass would)
    /// says of every pair of a mention of `xs` and one of `ys` from different articles.
    fn related(&mut self, xs: &[usize], ys: &[usize], related: impl Fn(&Mention, &Mention) -> bool) {
        let (x, y) = (&self.mentions[xs[0]].1, &self.mentions[ys[0]].1);
        if xs[0] == ys[0] {
            if related(x, x) {
                self.within(xs);
            }
            return;
        }
        let Some((forward, backward)) = both_ways(xs, ys, || related(x, y), || related(y, x)) else { return };
        self.related_both_ways(xs, ys, forward, backward);
    }

    /// Joins every pair of a mention of `xs` and one of `ys` from different articles for which
    /// the earlier one relates to the later (`forward` when it is of `xs`, else `backward`).
    fn related_both_ways(&mut self, xs: &[usize], ys: &[usize], forward: bool, backward: bool) {
        if forward == backward {
            if forward {
                self.across(xs, ys);
            }
            return;
        }
        self.related_pairwise(xs, ys, forward, backward);
    }

    /// [`Joiner::related_both_ways`] pair by pair.
    fn related_pairwise(&mut self, xs: &[usize], ys: &[usize], forward: bool, backward: bool) {
        for &a in xs {
            for &b in ys {
                if self.article[a] != self.article[b] && (if a < b { forward } else { backward }) {
                    self.union(a, b);
                }
            }
        }
    }

    /// Joins the mentions of one copy: any two from different articles.
    fn within(&mut self, xs: &[usize]) {
        if xs.iter().any(|&a| self.article[a] != self.article[xs[0]]) {
            self.chain(xs.iter().copied());
        }
    }

    /// Joins every mention of `xs` with every one of `ys` from another article. A mention is
    /// joined with all of the other list outside its article, so mentions with a partner end up
    /// in one group, except when both lists come from the same two articles: then the mentions of
    /// `xs` in one join those of `ys` in the other, and the other way round, as two groups.
    fn across(&mut self, xs: &[usize], ys: &[usize]) {
        let (in_x, in_y) = (self.articles(xs), self.articles(ys));
        let part = |list: &[usize], article: &[usize], keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
            list.iter().copied().filter(|&m| keep(article[m])).collect()
        };
        if in_x.len() == 2 && in_x == in_y {
            let (one, two) = (in_x[0], in_x[1]);
            for (a, b) in [(one, two), (two, one)] {
                let mut group = part(xs, &self.article, &|art| art == a);
                group.extend(part(ys, &self.article, &|art| art == b));
                self.chain(group.into_iter());
            }
            return;
        }
        // A mention has no partner when the other list is all of its own article.
        let alone_x = (in_y.len() == 1).then(|| in_y[0]);
        let alone_y = (in_x.len() == 1).then(|| in_x[0]);
        let mut group = part(xs, &self.article, &|art| Some(art) != alone_x);
        group.extend(part(ys, &self.article, &|art| Some(art) != alone_y));
        self.chain(group.into_iter());
    }

    /// The distinct articles of some mentions, sorted.
    fn articles(&self, list: &[usize]) -> Vec<usize> {
        let mut found: Vec<usize> = list.iter().map(|&m| self.article[m]).collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    fn chain(&mut self, mut list: impl Iterator<Item = usize>) {
        let Some(first) = list.next() else { return };
        for other in list {
            self.union(first, other);
        }
    }
}

/// What a relation says of two lists of mentions (ascending), asked with the earlier mention
/// first (`forward` when it is of `xs`, `backward` when of `ys`): each is asked only if some pair
/// comes in that order, and stands for the other when that one is not asked. `None` if the lists
/// are empty.
fn both_ways(
    xs: &[usize],
    ys: &[usize],
    forward: impl FnOnce() -> bool,
    backward: impl FnOnce() -> bool,
) -> Option<(bool, bool)> {
    both_ways_with(xs, ys, forward, backward)
}

/// [`both_ways`] for any answer.
fn both_ways_with<T: Clone>(
    xs: &[usize],
    ys: &[usize],
    forward: impl FnOnce() -> T,
    backward: impl FnOnce() -> T,
) -> Option<(T, T)> {
    let (x_first, y_first) = (xs.first()? < ys.last()?, ys.first()? < xs.last()?);
    Some(match (x_first, y_first) {
        (true, true) => (forward(), backward()),
        (true, false) => {
            let value = forward();
            (value.clone(), value)
        }
        _ => {
            let value = backward();
            (value.clone(), value)
        }
    })
}

/// Joins the details that give the same slot because their sentences, of two outlets, are of one
/// frame ([`frames`]): in each, the only detail of its dimension. Wordings are compared once per
/// pair, and only pairs that share a rarer word ([`frame_candidates`]).
fn join_frames(doc: &Document, mentions: &[(usize, Mention)], copies: &Copies, join: &mut Joiner) {
    // One unit per wording that holds a detail, and its mentions (they come in unit order).
    let mut units: Vec<usize> = Vec::new();
    let mut held: Vec<Vec<usize>> = Vec::new();
    let mut wordings: FastSet<usize> = FastSet::default();
    let mut start = 0;
    for chunk in mentions.chunk_by(|x, y| x.0 == y.0) {
        let unit = chunk[0].0;
        if wordings.insert(doc.units[unit].wording) {
            units.push(unit);
            held.push((start..start + chunk.len()).collect());
        }
        start += chunk.len();
    }
    let words = frames::words(doc, &units);
    let ids = frames::ids(&words);
    let alone = |list: &[usize], m: &Mention| {
        list.iter()
            .filter(|&&i| mentions[i].1.kind == m.kind && mentions[i].1.dimension == m.dimension)
            .count()
            == 1
    };
    // Every place of a wording has the same units, so the first place tells their order.
    let copies_at = |n: usize, index: usize| &copies.members[copies.copy_of[held[n][index]]];
    let candidates = frame_candidates(&words);
    let mut later: Vec<usize> = Vec::new();
    for n in 0..words.len() {
        candidates.later(n, &mut later);
        for &k in &later {
            let same = |x: usize, y: usize| frames::same_frame(&ids[x], &ids[y]);
            let Some((forward, backward)) =
                both_ways(copies_at(n, 0), copies_at(k, 0), || same(n, k), || same(k, n))
            else {
                continue;
            };
            if !forward && !backward {
                continue;
            }
            for (i, &a) in held[n].iter().enumerate() {
                for (j, &b) in held[k].iter().enumerate() {
                    let (ma, mb) = (&mentions[a].1, &mentions[b].1);
                    if !alone(&held[n], ma) || !alone(&held[k], mb) {
                        continue;
                    }
                    let (xs, ys) = (copies_at(n, i), copies_at(k, j));
                    let compatible = both_ways(
                        xs,
                        ys,
                        || forward && frames::compatible(ma, mb),
                        || backward && frames::compatible(mb, ma),
                    );
                    if let Some((ahead, behind)) = compatible {
                        join.related_both_ways(xs, ys, ahead, behind);
                    }
                }
            }
        }
    }
}

/// Pairs `(n, k)`, `n < k`, of word sets that could make one frame ([`frames::same_frame`]: at
/// least [`frames::MIN_SHARED`] words shared, and a share of [`frames::MIN_SHARE`] of both
/// counts). Two sets that share at least `o` words share one among the first `size - o + 1` of
/// each in any one order of the words; with the rarest words first, those are few. `o` is taken
/// as what a set of this size needs at least, whatever the other's size.
/// The pairs are listed set by set ([`FrameCandidates::later`]), never all held at once.
fn frame_candidates(words: &[FastSet<&str>]) -> FrameCandidates {
    let mut frequency: FastMap<&str, usize> = FastMap::default();
    for set in words {
        for &word in set {
            *frequency.entry(word).or_default() += 1;
        }
    }
    let share = frames::MIN_SHARE;
    let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
    for (n, set) in words.iter().enumerate() {
        let size = set.len();
        let least = frames::MIN_SHARED.max((share * size as f64 / (2.0 - share)).floor() as usize).max(1);
        if size < least {
            continue;
        }
        let mut sorted: Vec<&str> = set.iter().copied().collect();
        sorted.sort_unstable_by_key(|word| (frequency[word], *word));
        for &word in &sorted[..size - least + 1] {
            by_word.entry(word).or_default().push(n);
        }
    }
    let mut candidates = FrameCandidates { lists: Vec::new(), of_set: vec![Vec::new(); words.len()] };
    for list in by_word.into_values().filter(|list| list.len() >= 2) {
        for &n in &list {
            candidates.of_set[n].push(candidates.lists.len());
        }
        candidates.lists.push(list);
    }
    candidates
}

/// The word sets indexed under each of the words [`frame_candidates`] picked (ascending), and
/// the lists each set is in.
struct FrameCandidates {
    lists: Vec<Vec<usize>>,
    of_set: Vec<Vec<usize>>,
}

impl FrameCandidates {
    /// The sets after `n` that share a picked word with it, ascending, into `later`.
    fn later(&self, n: usize, later: &mut Vec<usize>) {
        later.clear();
        for &list in &self.of_set[n] {
            let list = &self.lists[list];
            later.extend_from_slice(&list[list.partition_point(|&k| k <= n)..]);
        }
        later.sort_unstable();
        later.dedup();
    }
}

/// Whether two details (of different outlets) give the same slot.
fn same_slot(a: &Mention, b: &Mention) -> bool {
    if a.kind != b.kind || a.dimension != b.dimension || a.year != b.year || !details::additional_agree(a, b)
    {
        return false;
    }
    if restates(a, b) || restates(b, a) {
        return !other_names(a, b);
    }
    if let (Some((dx, x)), Some((dy, y))) = (a.base, b.base) {
        // Two conversions of one figure into one currency or unit: "140m rupees (£500,000)" /
        // "140 million rupees (£530,000)".
        if dx == dy && (x - y).abs() <= 1e-9 * x.abs().max(y.abs()) {
            return !other_names(a, b);
        }
    }
    let roles_agree = a.role.is_none() || b.role.is_none() || a.role == b.role;
    if a.dimension.starts_with("currency") && roles_agree && rounded(a, b) && !other_names(a, b) {
        return true;
    }
    if a.role != b.role {
        return false;
    }
    let nouns = match (details::counted(a), details::counted(b)) {
        (Some(x), Some(y)) if x != y => return false,
        (Some(_), Some(_)) => 1,
        _ => 0,
    };
    if other_names(a, b) {
        // Each names someone or somewhere, and not the same: "Vision Pro will sell for $3,500" and
        // "the Meta Quest 3, priced at $500".
        return false;
    }
    let shared: u32 = a
        .roles
        .iter()
        .filter(|role| b.roles.binary_search(role).is_ok())
        .map(|role| match role.as_bytes().first() {
            Some(b'=') => 2,
            Some(b'@') => 1,
            _ => 1,
        })
        .sum();
    let loose = a.role.is_none() && a.kind == DetailKind::Number
        || matches!(a.dimension, "ordinal" | "duration" | "weekday" | "day");
    let close = a.kind == DetailKind::Number && close(a, b);
    if a.dimension == "magnitude" && !close {
        // One quake measured twice differs by a few tenths, never by a whole step.
        return false;
    }
    if loose && !close {
        return shared + nouns >= SAME_SLOT_LOOSE;
    }
    // A role word alone ("cost", "killed") says what kind of figure, not of what: another word,
    // a name or the noun must agree too, unless the values are close.
    let others = a.roles.iter().filter(|r| !r.starts_with('=') && b.roles.binary_search(r).is_ok()).count();
    let role_only = a.role.is_some() && others == 0 && nouns == 0;
    shared + nouns >= SAME_SLOT && !(role_only && !close && a.kind == DetailKind::Number)
}

/// Whether each detail's clause names someone or somewhere, and not the same: "Vision Pro will
/// sell for $3,500" and "the Meta Quest 3, priced at $500".
fn other_names(a: &Mention, b: &Mention) -> bool {
    // Names are the roles written `@name`; roles are sorted, and compared without copying them.
    let named = |m: &Mention| m.roles.iter().any(|r| r.starts_with('@'));
    named(a) && named(b) && !a.roles.iter().any(|r| r.starts_with('@') && b.roles.binary_search(r).is_ok())
}

/// Whether `a` restates in brackets, with the same currency sign, an amount that `b` gives:
/// "$US300 billion ($455 million)" against "$300bn". A conversion into another currency that
/// writes the same sign should give the same amount; when it does not, it is the outlet's figure.
fn restates(a: &Mention, b: &Mention) -> bool {
    a.base.is_some_and(|(dimension, value)| {
        dimension == a.dimension
            && a.dimension.starts_with("currency")
            && b.base.is_none()
            && (value - b.value.1).abs() <= 1e-9 * value.abs()
    })
}

/// Whether two amounts of money differ by a rounding ("$3,499" / "$3,500", "£2,849" /
/// "£2,800"): within [`ROUNDED`] of each other, not equal. Prices that close are one price told
/// two ways, not two prices.
fn rounded(a: &Mention, b: &Mention) -> bool {
    let (x, y) = (a.value.1, b.value.1);
    x != y && x > 0.0 && y > 0.0 && x.max(y) <= ROUNDED * x.min(y)
}

/// Whether two figures are of one size ([`CLOSE`]); magnitudes, on a log scale, within
/// [`CLOSE_MAGNITUDE`].
fn close(a: &Mention, b: &Mention) -> bool {
    let (x, y) = (a.value.0.abs().max(a.value.1.abs()), b.value.0.abs().max(b.value.1.abs()));
    if a.dimension == "magnitude" {
        return (x - y).abs() <= CLOSE_MAGNITUDE;
    }
    x.max(y) <= CLOSE * x.min(y)
}

/// Whether two values disagree: their ranges do not meet (lengths, masses and durations, which
/// were converted and rounded, within 3%).
fn disagree(a: &Mention, b: &Mention) -> bool {
    // Converted units are rounded: "12,000 metres (40,000ft)" is one height; "16,000 feet" and
    // "16,300 feet" are two.
    let converted = (a.factor - b.factor).abs() > 1e-12;
    let slack = if converted && matches!(a.dimension, "length" | "mass" | "duration") { 0.03 } else { 1e-9 };
    let (x, y) = (a.value, b.value);
    x.1 * (1.0 + slack) < y.0 || y.1 * (1.0 + slack) < x.0
}

/// Each sentence's claims, by unit index.
struct ClaimLookup {
    claims_of: Vec<Vec<usize>>,
    outlets: Vec<usize>,
}

impl ClaimLookup {
    fn new(doc: &Document, claims: &[Claim]) -> ClaimLookup {
        let unit_of: FastMap<&str, usize> =
            doc.units.iter().enumerate().map(|(index, unit)| (unit.sentence.id.as_str(), index)).collect();
        let mut claims_of = vec![Vec::new(); doc.units.len()];
        for (index, claim) in claims.iter().enumerate() {
            for sentence in &claim.sentences {
                if let Some(list) = unit_of.get(sentence.as_str()).and_then(|&u| claims_of.get_mut(u)) {
                    list.push(index);
                }
            }
        }
        ClaimLookup { claims_of, outlets: claims.iter().map(|c| c.outlets.len()).collect() }
    }

    /// The claim that holds most of these units (ties: more outlets, then story order).
    fn best(&self, units: &[usize]) -> Option<usize> {
        let mut counts: FastMap<usize, usize> = FastMap::default();
        for &unit in units {
            for &claim in self.claims_of.get(unit).into_iter().flatten() {
                *counts.entry(claim).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .max_by(|&(x, cx), &(y, cy)| {
                cx.cmp(&cy).then(self.outlets.get(x).cmp(&self.outlets.get(y))).then(y.cmp(&x))
            })
            .map(|(claim, _)| claim)
    }
}

/// The difference a slot makes, if two outlets give it values that do not meet.
fn difference_of(
    doc: &Document,
    mentions: &[(usize, Mention)],
    group: &[usize],
    claims: &ClaimLookup,
) -> Option<(usize, Difference)> {
    // Each outlet's mentions.
    let mut by_article: FastMap<usize, Vec<&Mention>> = FastMap::default();
    for &index in group {
        let (unit, mention) = &mentions[index];
        by_article.entry(doc.units.get(*unit)?.article).or_default().push(mention);
    }
    let outlets: Vec<&Vec<&Mention>> = by_article.values().collect();
    let differs = outlets.iter().enumerate().any(|(n, x)| {
        outlets.iter().enumerate().any(|(m, y)| m != n && x.iter().any(|a| y.iter().all(|b| disagree(a, b))))
    });
    if !differs {
        return None;
    }
    let mut values: Vec<(usize, DetailValue)> = Vec::new();
    for &index in group {
        let (unit, mention) = &mentions[index];
        let unit_ref = doc.units.get(*unit)?;
        let text = unit_ref.sentence.text.get(mention.span.clone()).unwrap_or("").to_string();
        let value = DetailValue {
            outlet: doc.outlet_id(unit_ref.article).to_string(),
            sentence: unit_ref.sentence.id.clone(),
            text,
        };
        if !values.iter().any(|(_, v)| *v == value) {
            values.push((*unit, value));
        }
    }
    values.sort_by_key(|(unit, _)| *unit);
    let units: Vec<usize> = values.iter().map(|(unit, _)| *unit).collect();
    let claim = claims.best(&units)?;
    let first = &mentions[*group.first()?].1;
    let mut abouts: Vec<&str> =
        group.iter().map(|&i| mentions[i].1.about.as_str()).filter(|a| !a.is_empty()).collect();
    abouts.sort_unstable();
    let about = most_common(&abouts).unwrap_or(match first.kind {
        DetailKind::Time => "time",
        DetailKind::Date => "date",
        _ => "figure",
    });
    let difference = Difference {
        claim: String::new(),
        kind: first.kind,
        about: about.to_lowercase(),
        values: values.into_iter().map(|(_, v)| v).collect(),
    };
    Some((claim, difference))
}

/// The most common item of a sorted list (the first of equals).
fn most_common<'s>(sorted: &[&'s str]) -> Option<&'s str> {
    let mut best: Option<(&str, usize)> = None;
    let mut n = 0;
    while n < sorted.len() {
        let run = sorted[n..].iter().take_while(|w| **w == sorted[n]).count();
        if best.is_none_or(|(_, count)| run > count) {
            best = Some((sorted[n], run));
        }
        n += run;
    }
    best.map(|(word, _)| word)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod joining_tests {
    use super::*;

    /// The groups of a joiner, as each mention's smallest fellow.
    fn groups(join: &mut Joiner) -> Vec<usize> {
        let roots: Vec<usize> = (0..join.parent.len()).map(|m| join.root(m)).collect();
        (0..roots.len()).map(|m| (0..roots.len()).find(|&o| roots[o] == roots[m]).unwrap_or(m)).collect()
    }

    #[test]
    fn copies_join_as_every_pair_from_different_articles_would() {
        // Every split of six mentions into two lists, over every choice of three articles each.
        for split in 1..63u32 {
            for arts in 0..729u32 {
                let article: Vec<usize> = (0..6).map(|m| (arts / 3u32.pow(m)) as usize % 3).collect();
                let (xs, ys): (Vec<usize>, Vec<usize>) = (0..6).partition(|&m| split & (1 << m) != 0);
                let mut fast = Joiner { parent: (0..6).collect(), article: article.clone(), mentions: &[] };
                fast.across(&xs, &ys);
                let mut slow = Joiner { parent: (0..6).collect(), article, mentions: &[] };
                slow.related_pairwise(&xs, &ys, true, true);
                assert_eq!(groups(&mut fast), groups(&mut slow), "{xs:?} {ys:?} {:?}", slow.article);
                let mut fast =
                    Joiner { parent: (0..6).collect(), article: slow.article.clone(), mentions: &[] };
                fast.within(&xs);
                let mut slow =
                    Joiner { parent: (0..6).collect(), article: slow.article.clone(), mentions: &[] };
                slow.related_pairwise(&xs, &xs, true, true);
                assert_eq!(groups(&mut fast), groups(&mut slow), "within {xs:?} {:?}", slow.article);
            }
        }
    }
}
