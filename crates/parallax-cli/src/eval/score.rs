//! The figures: a report's claims, quote families, speakers and credits held against the truth
//! of one event (the rules are the dev set's README, "Scoring a Parallax report").
//!
//! - **Claims.** A fact reported by `k` outlets needs `k - 1` *links* to join them; the report
//!   claim that holds anchor sentences of most of them, `m`, has found `m - 1`. A fact is
//!   *whole* when one report claim holds
//!   an anchor of every outlet that reports it. *Link precision* takes every pair of anchor
//!   sentences of different outlets that the report puts in one claim: the pair is right when
//!   both anchor one truth claim. A *single* fact (one outlet only) is kept single when no claim
//!   of two or more outlets holds its sentence.
//! - **Quote families.** An outlet's substring falls in the variants whose text holds it (or,
//!   failing that, whose sentence does). A family's score is the most of its outlets that one
//!   report quote gathers; a report quote holding variants of two families *mixes* them. The
//!   speaker of that best quote is right when it names the family's speaker (both ways as whole
//!   words: "Correa" for "Rafael Correa"), or is null where no article names one.
//! - **Credits.** An outlet credits the sources its attributions name and the speakers of the
//!   quotes it carries. A truth credit (of a kind that counts) is found when one of these names
//!   holds the source or an alias as whole words, or is an agency's initials; a name is real when
//!   it matches any truth credit of that outlet.
//! - **Removed.** A truth substring that only removed text holds is article text lost to cleaning.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use super::anchor::{holds_words, initials, name_words, Anchor, Sentences};
use super::input::EventInput;
use super::truth::{Credit, EventTruth, Substrings};

/// `hit` out of `of`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Ratio {
    /// How many were right (or, for the counted faults, how many there were).
    pub hit: usize,
    /// Out of how many.
    pub of: usize,
}

impl Ratio {
    /// The share, or `None` when there is nothing to count.
    pub fn share(self) -> Option<f64> {
        (self.of > 0).then(|| self.hit as f64 / self.of as f64)
    }

    /// Adds another count.
    pub fn add(&mut self, other: Ratio) {
        self.hit += other.hit;
        self.of += other.of;
    }
}

/// Every figure `eval` prints, in the order it prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Figure {
    /// Facts with all their outlets in one claim.
    WholeFacts,
    /// Pairs of outlets joined on a fact.
    OutletLinks,
    /// Sentence pairs in one claim that share a fact.
    LinkPrecision,
    /// Facts kept single where only one outlet has them.
    KeptSingle,
    /// Quote families: outlets in the best group.
    FamilyOutlets,
    /// Report quote groups that mix annotated utterances (a count: lower is better).
    MixedFamilies,
    /// Quote families whose speaker is right.
    Speakers,
    /// Credits found.
    CreditsFound,
    /// Credits given that are real.
    CreditsReal,
    /// Annotated article text removed as boilerplate (a count: lower is better).
    Removed,
    /// Annotated copy groups (shared at least [`COPY_SHARE`]) whose outlets one origin holds.
    CopyGroups,
    /// Pairs of outlets in one origin that no annotated copy group holds (a count).
    FalseCopies,
    /// Annotated conflicts that a difference shows.
    Differences,
    /// Differences whose values belong to different annotated facts (a count).
    FalseDifferences,
}

/// The least annotated `shared` of a copy group that a tool should find.
pub const COPY_SHARE: f64 = 0.5;

impl Figure {
    /// All figures in print order.
    pub const ALL: [Figure; 14] = [
        Figure::WholeFacts,
        Figure::OutletLinks,
        Figure::LinkPrecision,
        Figure::KeptSingle,
        Figure::FamilyOutlets,
        Figure::MixedFamilies,
        Figure::Speakers,
        Figure::CreditsFound,
        Figure::CreditsReal,
        Figure::Removed,
        Figure::CopyGroups,
        Figure::FalseCopies,
        Figure::Differences,
        Figure::FalseDifferences,
    ];

    /// The figure's key in JSON and in `--min`/`--max` options.
    pub fn key(self) -> &'static str {
        match self {
            Figure::WholeFacts => "whole-facts",
            Figure::OutletLinks => "outlet-links",
            Figure::LinkPrecision => "link-precision",
            Figure::KeptSingle => "kept-single",
            Figure::FamilyOutlets => "family-outlets",
            Figure::MixedFamilies => "mixed-families",
            Figure::Speakers => "speakers",
            Figure::CreditsFound => "credits-found",
            Figure::CreditsReal => "credits-real",
            Figure::Removed => "removed",
            Figure::CopyGroups => "copy-groups",
            Figure::FalseCopies => "false-copies",
            Figure::Differences => "differences",
            Figure::FalseDifferences => "false-differences",
        }
    }

    /// What it measures, in words.
    pub fn label(self) -> &'static str {
        match self {
            Figure::WholeFacts => "facts with all their outlets in one claim",
            Figure::OutletLinks => "outlet links found",
            Figure::LinkPrecision => "link precision",
            Figure::KeptSingle => "facts kept single",
            Figure::FamilyOutlets => "quote families: outlets in the best group",
            Figure::MixedFamilies => "quote groups mixing utterances",
            Figure::Speakers => "quote families whose speaker is right",
            Figure::CreditsFound => "credits found",
            Figure::CreditsReal => "credits given that are real",
            Figure::Removed => "annotated sentences removed as boilerplate",
            Figure::CopyGroups => "copy groups found (shared >= 0.5)",
            Figure::FalseCopies => "independent articles called copies (pairs)",
            Figure::Differences => "differing details found",
            Figure::FalseDifferences => "differences between two different facts",
        }
    }

    /// Whether it is a count of faults (judged by its `hit`, lower is better) rather than a
    /// share (judged by `hit / of`, higher is better).
    pub fn is_fault_count(self) -> bool {
        matches!(
            self,
            Figure::MixedFamilies | Figure::Removed | Figure::FalseCopies | Figure::FalseDifferences
        )
    }

    /// Reads a key.
    pub fn from_key(key: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|figure| figure.key() == key)
    }
}

/// One event's figures, with the reasons behind every miss.
#[derive(Debug, Clone, Default)]
pub struct EventScore {
    /// The event id.
    pub event: String,
    /// Each figure.
    pub figures: BTreeMap<Figure, Ratio>,
    /// Per figure, one line per miss or fault, for `--explain`.
    pub misses: BTreeMap<Figure, Vec<String>>,
}

impl EventScore {
    /// A figure's count (zero if it was not measured).
    pub fn get(&self, figure: Figure) -> Ratio {
        self.figures.get(&figure).copied().unwrap_or_default()
    }

    fn miss(&mut self, figure: Figure, line: String) {
        self.misses.entry(figure).or_default().push(line);
    }
}

/// Scores one event of a report against its truth.
pub fn score_event(truth: &EventTruth, event: &EventInput) -> EventScore {
    let sentences = Sentences::new(event);
    let mut score = EventScore { event: event.id.clone(), ..EventScore::default() };
    let claims = Claims::new(&sentences, event);
    score_claims(truth, &sentences, &claims, &mut score);
    let best = score_families(truth, &sentences, event, &mut score);
    score_speakers(truth, event, &best, &mut score);
    score_credits(truth, event, &mut score);
    score_removed(truth, &sentences, &mut score);
    score_origins(truth, event, &mut score);
    score_differences(truth, &sentences, event, &mut score);
    score
}

/// The report's claims as sets of sentence indexes, and each sentence's claims.
struct Claims {
    members: Vec<Vec<usize>>,
    of_sentence: HashMap<usize, Vec<usize>>,
    outlets: Vec<usize>,
}

impl Claims {
    fn new(sentences: &Sentences, event: &EventInput) -> Claims {
        let mut members = Vec::new();
        let mut of_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut outlets = Vec::new();
        for (index, claim) in event.claims.iter().enumerate() {
            let list: Vec<usize> = claim.sentences.iter().filter_map(|id| sentences.index(id)).collect();
            for &sentence in &list {
                of_sentence.entry(sentence).or_default().push(index);
            }
            let distinct: HashSet<usize> = list.iter().map(|&s| sentences.all[s].article).collect();
            outlets.push(distinct.len());
            members.push(list);
        }
        Claims { members, of_sentence, outlets }
    }

    /// The claims that hold any of these sentences.
    fn holding(&self, anchors: &[usize]) -> BTreeSet<usize> {
        anchors.iter().flat_map(|s| self.of_sentence.get(s).into_iter().flatten().copied()).collect()
    }
}

/// A short, readable form of a sentence for explanations.
fn brief(sentences: &Sentences, index: usize) -> String {
    let sentence = &sentences.all[index];
    let text: String = sentence.text.chars().take(70).collect();
    let more = if sentence.text.chars().count() > 70 { "…" } else { "" };
    format!("{} \"{text}{more}\"", sentence.id)
}

/// The sentences (indexes) that hold any of an outlet's substrings.
fn anchors_of(sentences: &Sentences, outlet: &str, substrings: &Substrings) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    for substring in substrings.as_slice() {
        for s in sentences.anchor(outlet, substring).sentences {
            if !found.contains(&s) {
                found.push(s);
            }
        }
    }
    found
}

/// Each anchor sentence's annotated facts: the claims it states, and `single <name>` for a fact
/// only one outlet has.
fn facts_by_sentence(truth: &EventTruth, sentences: &Sentences) -> HashMap<usize, BTreeSet<String>> {
    let mut facts_of: HashMap<usize, BTreeSet<String>> = HashMap::new();
    for (name, outlets) in &truth.claims {
        for (outlet, substrings) in outlets {
            for s in anchors_of(sentences, outlet, substrings) {
                facts_of.entry(s).or_default().insert(name.clone());
            }
        }
    }
    for (name, (outlet, substring)) in &truth.unique {
        for s in sentences.anchor(outlet, substring).sentences {
            facts_of.entry(s).or_default().insert(format!("single {name}"));
        }
    }
    facts_of
}

fn score_claims(truth: &EventTruth, sentences: &Sentences, claims: &Claims, score: &mut EventScore) {
    // Each truth claim's anchors per outlet, and each anchor sentence's facts.
    let mut facts_of: HashMap<usize, BTreeSet<String>> = HashMap::new();
    let mut whole = Ratio::default();
    let mut links = Ratio::default();
    for (name, outlets) in &truth.claims {
        let mut anchors: Vec<(&str, Vec<usize>)> = Vec::new();
        for (outlet, substrings) in outlets {
            let found = anchors_of(sentences, outlet, substrings);
            for &s in &found {
                facts_of.entry(s).or_default().insert(name.clone());
            }
            anchors.push((outlet.as_str(), found));
        }
        // Links: `k` outlets need `k - 1` links; the claim that gathers most of them has found
        // one fewer than it gathers.
        let mut gathered: BTreeMap<usize, usize> = BTreeMap::new();
        for (_, found) in &anchors {
            for claim in claims.holding(found) {
                *gathered.entry(claim).or_default() += 1;
            }
        }
        links.of += anchors.len().saturating_sub(1);
        links.hit += gathered.values().max().map_or(0, |most| most - 1);
        // Whole: one claim holds an anchor of every outlet.
        whole.of += 1;
        let mut common: Option<BTreeSet<usize>> = None;
        for (_, found) in &anchors {
            let holding = claims.holding(found);
            common = Some(match common {
                None => holding,
                Some(before) => before.intersection(&holding).copied().collect(),
            });
        }
        if common.is_some_and(|c| !c.is_empty()) {
            whole.hit += 1;
        } else {
            let line = explain_split(name, &anchors, sentences, claims);
            score.miss(Figure::WholeFacts, line);
        }
    }
    // Unique facts: their sentences, and whether a shared claim holds them.
    let mut single = Ratio::default();
    let mut unique_of: HashMap<usize, String> = HashMap::new();
    for (name, (outlet, substring)) in &truth.unique {
        let anchor = sentences.anchor(outlet, substring);
        single.of += 1;
        let merged: Vec<usize> =
            claims.holding(&anchor.sentences).into_iter().filter(|&c| claims.outlets[c] >= 2).collect();
        if merged.is_empty() {
            single.hit += 1;
        } else {
            let with: Vec<String> = merged
                .iter()
                .flat_map(|&c| claims.members[c].iter())
                .filter(|s| !anchor.sentences.contains(s))
                .map(|&s| brief(sentences, s))
                .collect();
            score.miss(Figure::KeptSingle, format!("{name} ({outlet}) joined with {}", with.join("; ")));
        }
        for s in anchor.sentences {
            unique_of.insert(s, name.clone());
        }
    }
    // Precision over pairs of anchor sentences of different outlets in one claim.
    let mut precision = Ratio::default();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for members in &claims.members {
        let anchored: Vec<usize> = members
            .iter()
            .copied()
            .filter(|s| facts_of.contains_key(s) || unique_of.contains_key(s))
            .collect();
        for (i, &a) in anchored.iter().enumerate() {
            for &b in &anchored[i + 1..] {
                if sentences.all[a].article == sentences.all[b].article || !seen.insert((a.min(b), a.max(b)))
                {
                    continue;
                }
                precision.of += 1;
                let shared = match (facts_of.get(&a), facts_of.get(&b)) {
                    (Some(x), Some(y)) => x.intersection(y).next().is_some(),
                    _ => false,
                };
                if shared {
                    precision.hit += 1;
                } else {
                    let what = |s: usize| match (facts_of.get(&s), unique_of.get(&s)) {
                        (Some(facts), _) => facts.iter().cloned().collect::<Vec<_>>().join("+"),
                        (None, Some(unique)) => format!("single {unique}"),
                        _ => String::new(),
                    };
                    score.miss(
                        Figure::LinkPrecision,
                        format!(
                            "[{}] {} ~ [{}] {}",
                            what(a),
                            brief(sentences, a),
                            what(b),
                            brief(sentences, b)
                        ),
                    );
                }
            }
        }
    }
    score.figures.insert(Figure::WholeFacts, whole);
    score.figures.insert(Figure::OutletLinks, links);
    score.figures.insert(Figure::LinkPrecision, precision);
    score.figures.insert(Figure::KeptSingle, single);
}

/// Says how a fact's outlets were split over claims.
fn explain_split(
    name: &str,
    anchors: &[(&str, Vec<usize>)],
    sentences: &Sentences,
    claims: &Claims,
) -> String {
    let mut parts: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let mut alone = Vec::new();
    for (outlet, found) in anchors {
        let holding = claims.holding(found);
        if found.is_empty() {
            alone.push(format!("{outlet} (text not found)"));
        } else if holding.is_empty() {
            alone.push(format!("{outlet} (in no claim)"));
        }
        for claim in holding {
            parts.entry(claim).or_default().push(outlet);
        }
    }
    let mut groups: Vec<String> = parts
        .into_iter()
        .filter(|(_, outlets)| !outlets.is_empty())
        .map(|(claim, outlets)| {
            let size = claims.members[claim].len();
            format!("c{} of {size} sentences: {}", claim + 1, outlets.join(", "))
        })
        .collect();
    groups.extend(alone);
    let _ = sentences;
    format!("{name}: {}", groups.join(" | "))
}

/// Per truth family, the report quote that gathers most of its outlets, if any.
type BestQuotes = BTreeMap<String, Option<usize>>;

fn score_families(
    truth: &EventTruth,
    sentences: &Sentences,
    event: &EventInput,
    score: &mut EventScore,
) -> BestQuotes {
    use super::anchor::normalise;
    let variants: Vec<(usize, &str, String, Option<usize>)> = event
        .quotes
        .iter()
        .enumerate()
        .flat_map(|(q, quote)| {
            quote
                .variants
                .iter()
                .map(move |v| (q, v.outlet.as_str(), normalise(&v.text), sentences.index(&v.sentence)))
        })
        .collect();
    let mut outlets_total = Ratio::default();
    let mut families_of_quote: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
    let mut best: BestQuotes = BTreeMap::new();
    for (family, outlets) in &truth.families {
        let mut per_quote: BTreeMap<usize, BTreeSet<&str>> = BTreeMap::new();
        let mut unmatched = Vec::new();
        for (outlet, substring) in outlets {
            let needle = normalise(substring);
            let by_text: BTreeSet<usize> =
                variants.iter().filter(|v| v.1 == outlet && v.2.contains(&needle)).map(|v| v.0).collect();
            let quotes = if by_text.is_empty() {
                variants
                    .iter()
                    .filter(|v| v.1 == outlet && v.3.is_some_and(|s| sentences.all[s].text.contains(&needle)))
                    .map(|v| v.0)
                    .collect()
            } else {
                by_text
            };
            if quotes.is_empty() {
                unmatched.push(outlet.as_str());
            }
            for q in quotes {
                per_quote.entry(q).or_default().insert(outlet.as_str());
                families_of_quote.entry(q).or_default().insert(family.as_str());
            }
        }
        let top = per_quote.iter().max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)));
        let gathered = top.map_or(0, |(_, o)| o.len());
        outlets_total.add(Ratio { hit: gathered, of: outlets.len() });
        best.insert(family.clone(), top.map(|(&q, _)| q));
        if gathered < outlets.len() {
            let mut parts: Vec<String> = per_quote
                .iter()
                .map(|(q, o)| {
                    format!("{}: {}", quote_id(event, *q), o.iter().copied().collect::<Vec<_>>().join(", "))
                })
                .collect();
            if !unmatched.is_empty() {
                parts.push(format!("no quote: {}", unmatched.join(", ")));
            }
            score.miss(Figure::FamilyOutlets, format!("{family}: {}", parts.join(" | ")));
        }
    }
    let mut mixed = Ratio { hit: 0, of: families_of_quote.len() };
    for (q, families) in &families_of_quote {
        if families.len() >= 2 {
            mixed.hit += 1;
            let names: Vec<&str> = families.iter().copied().collect();
            score.miss(Figure::MixedFamilies, format!("{} mixes {}", quote_id(event, *q), names.join(", ")));
        }
    }
    score.figures.insert(Figure::FamilyOutlets, outlets_total);
    score.figures.insert(Figure::MixedFamilies, mixed);
    best
}

fn quote_id(event: &EventInput, index: usize) -> String {
    event.quotes.get(index).map_or_else(|| format!("quote {index}"), |q| q.id.clone())
}

/// Whether a report's name for a person is the annotated one: one holds the other as whole words.
fn same_person(report: &str, truth: &str) -> bool {
    let (a, b) = (name_words(report), name_words(truth));
    holds_words(&a, &b) || holds_words(&b, &a)
}

fn score_speakers(truth: &EventTruth, event: &EventInput, best: &BestQuotes, score: &mut EventScore) {
    let mut right = Ratio::default();
    for (family, want) in &truth.speakers {
        right.of += 1;
        let got = best
            .get(family)
            .copied()
            .flatten()
            .and_then(|q| event.quotes.get(q))
            .and_then(|q| q.speaker.clone());
        let ok = match (&got, want) {
            (None, None) => true,
            (Some(got), Some(want)) => same_person(got, want),
            _ => false,
        };
        if ok {
            right.hit += 1;
        } else {
            let show = |name: &Option<String>| name.clone().unwrap_or_else(|| "nobody".to_string());
            score.miss(Figure::Speakers, format!("{family}: {} (want {})", show(&got), show(want)));
        }
    }
    score.figures.insert(Figure::Speakers, right);
}

/// Whether a report's credited name matches a truth credit.
fn credit_matches(name: &str, credit: &Credit) -> bool {
    let words = name_words(name);
    let mut forms = vec![credit.source.as_str()];
    forms.extend(credit.aliases.iter().map(String::as_str));
    forms.iter().any(|form| {
        let form = name_words(form);
        holds_words(&words, &form)
            || (credit.kind.may_be_abbreviated()
                && words.len() == 1
                && initials(&form).as_deref() == words.first().map(String::as_str))
    })
}

fn score_credits(truth: &EventTruth, event: &EventInput, score: &mut EventScore) {
    // Each outlet's credited names: its attributions' sources and its quotes' speakers.
    let mut names: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for attribution in &event.attributions {
        let key = name_words(&attribution.source).join(" ");
        names
            .entry(attribution.outlet.as_str())
            .or_default()
            .entry(key)
            .or_insert(attribution.source.clone());
    }
    for quote in &event.quotes {
        let Some(speaker) = &quote.speaker else { continue };
        for variant in &quote.variants {
            let key = name_words(speaker).join(" ");
            names.entry(variant.outlet.as_str()).or_default().entry(key).or_insert(speaker.clone());
        }
    }
    let mut found = Ratio::default();
    let mut real = Ratio::default();
    let empty = Vec::new();
    let outlets: BTreeSet<&str> = truth.credits.keys().map(String::as_str).collect();
    for outlet in outlets {
        let credits = truth.credits.get(outlet).unwrap_or(&empty);
        let given: Vec<&String> = names.get(outlet).map(|n| n.values().collect()).unwrap_or_default();
        for credit in credits.iter().filter(|c| !c.kind.is_optional()) {
            found.of += 1;
            if given.iter().any(|name| credit_matches(name, credit)) {
                found.hit += 1;
            } else {
                score.miss(Figure::CreditsFound, format!("{outlet}: {} ({:?})", credit.source, credit.kind));
            }
        }
        for name in &given {
            real.of += 1;
            if credits.iter().any(|credit| credit_matches(name, credit)) {
                real.hit += 1;
            } else {
                score.miss(Figure::CreditsReal, format!("{outlet}: {name}"));
            }
        }
    }
    score.figures.insert(Figure::CreditsFound, found);
    score.figures.insert(Figure::CreditsReal, real);
}

fn score_removed(truth: &EventTruth, sentences: &Sentences, score: &mut EventScore) {
    let mut texts: Vec<(&str, &str, String)> = Vec::new();
    for (name, outlets) in &truth.claims {
        for (outlet, substrings) in outlets {
            texts.extend(
                substrings.as_slice().iter().map(|s| (outlet.as_str(), s.as_str(), format!("claims/{name}"))),
            );
        }
    }
    for (name, (outlet, substring)) in &truth.unique {
        texts.push((outlet, substring, format!("unique/{name}")));
    }
    for (name, outlets) in &truth.families {
        texts.extend(outlets.iter().map(|(o, s)| (o.as_str(), s.as_str(), format!("families/{name}"))));
    }
    let mut removed = Ratio { hit: 0, of: texts.len() };
    for (outlet, substring, place) in texts {
        let anchor: Anchor = sentences.anchor(outlet, substring);
        if anchor.is_missing() {
            let why = if anchor.removed { "removed as boilerplate" } else { "not found in the report" };
            if anchor.removed {
                removed.hit += 1;
            }
            score.miss(Figure::Removed, format!("{place} ({outlet}): {why}: \"{substring}\""));
        }
    }
    score.figures.insert(Figure::Removed, removed);
}

/// Copy groups: an annotated group (shared at least [`COPY_SHARE`]) is found when one report
/// origin holds all its outlets; a pair of outlets that one origin holds and no annotated group
/// (of any share) holds together is a false copy.
fn score_origins(truth: &EventTruth, event: &EventInput, score: &mut EventScore) {
    let mut found = Ratio::default();
    for group in truth.copies.iter().filter(|g| g.shared + 1e-9 >= COPY_SHARE) {
        found.of += 1;
        let holds =
            event.origins.iter().any(|o| group.outlets.iter().all(|outlet| o.articles.contains(outlet)));
        if holds {
            found.hit += 1;
        } else {
            let parts: Vec<String> = group
                .outlets
                .iter()
                .map(|outlet| {
                    let origin = event.origins.iter().find(|o| o.articles.contains(outlet));
                    format!("{outlet} ({})", origin.map_or("no origin", |o| o.id.as_str()))
                })
                .collect();
            score.miss(Figure::CopyGroups, format!("{} copies split: {}", group.shared, parts.join(", ")));
        }
    }
    let mut false_copies = Ratio::default();
    for origin in &event.origins {
        for (n, a) in origin.articles.iter().enumerate() {
            for b in &origin.articles[n + 1..] {
                false_copies.of += 1;
                let annotated = truth.copies.iter().any(|g| g.outlets.contains(a) && g.outlets.contains(b));
                if !annotated {
                    false_copies.hit += 1;
                    score.miss(Figure::FalseCopies, format!("{}: {a} and {b} are independent", origin.id));
                }
            }
        }
    }
    score.figures.insert(Figure::CopyGroups, found);
    score.figures.insert(Figure::FalseCopies, false_copies);
}

/// The words of a value or a substring that can tell values apart: lowercase runs of letters
/// and digits, without the one-letter ones.
fn value_words(text: &str) -> Vec<String> {
    super::anchor::name_words(text)
        .into_iter()
        .filter(|w| w.len() > 1 || w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// One value of a report difference: its outlet, the index of its sentence, its normalised text and
/// its words.
type ReportValue<'a> = (&'a str, Option<usize>, String, Vec<String>);

/// Differences: an annotated conflict is found when one report difference gives two of its
/// outlets different values, each from a sentence that holds that outlet's annotated substring
/// and sharing a word with it (the figure, the name). A difference that finds no conflict is
/// false when two of its differing values come from sentences whose annotated facts (claims,
/// single facts) have nothing in common: it sets two different facts against each other. The
/// rest were not annotated either way; `--explain` lists them as unjudged.
fn score_differences(truth: &EventTruth, sentences: &Sentences, event: &EventInput, score: &mut EventScore) {
    // Per report difference, its values.
    let values: Vec<Vec<ReportValue>> = event
        .differences
        .iter()
        .map(|d| {
            d.values
                .iter()
                .map(|v| {
                    (
                        v.outlet.as_str(),
                        sentences.index(&v.sentence),
                        super::anchor::normalise(&v.text),
                        value_words(&v.text),
                    )
                })
                .collect()
        })
        .collect();
    let mut found = Ratio::default();
    let mut matched = vec![false; event.differences.len()];
    for conflict in &truth.conflicts {
        found.of += 1;
        // Per outlet of the conflict: its anchor sentences and its substrings' words.
        let sides: Vec<(&str, Vec<usize>, Vec<String>)> = conflict
            .outlets
            .iter()
            .map(|(outlet, substrings)| {
                let words = substrings.as_slice().iter().flat_map(|s| value_words(s)).collect();
                (outlet.as_str(), anchors_of(sentences, outlet, substrings), words)
            })
            .collect();
        let fits = |value: &ReportValue| {
            sides.iter().any(|(outlet, anchors, words)| {
                *outlet == value.0
                    && value.1.is_some_and(|s| anchors.contains(&s))
                    && value.3.iter().any(|w| words.contains(w))
            })
        };
        let mut hit = false;
        for (d, list) in values.iter().enumerate() {
            let fitting: Vec<_> = list.iter().filter(|v| fits(v)).collect();
            let differing = fitting
                .iter()
                .enumerate()
                .any(|(n, a)| fitting[n + 1..].iter().any(|b| a.0 != b.0 && a.2 != b.2));
            if differing {
                hit = true;
                matched[d] = true;
            }
        }
        if hit {
            found.hit += 1;
        } else {
            score.miss(Figure::Differences, format!("{}: {}", conflict.fact, conflict.differs));
        }
    }
    let facts_of = facts_by_sentence(truth, sentences);
    let mut false_differences = Ratio { hit: 0, of: event.differences.len() };
    for (d, list) in values.iter().enumerate() {
        if matched[d] {
            continue;
        }
        let show = || {
            let shown: Vec<String> = list.iter().map(|v| format!("{} \"{}\"", v.0, v.2)).collect();
            format!("{} ({}): {}", event.differences[d].claim, event.differences[d].kind, shown.join(" / "))
        };
        let apart = list.iter().enumerate().any(|(n, a)| {
            list[n + 1..].iter().any(|b| {
                let (Some(x), Some(y)) =
                    (a.1.and_then(|s| facts_of.get(&s)), b.1.and_then(|s| facts_of.get(&s)))
                else {
                    return false;
                };
                a.0 != b.0 && a.2 != b.2 && x.intersection(y).next().is_none()
            })
        });
        if apart {
            false_differences.hit += 1;
            score.miss(Figure::FalseDifferences, format!("two facts: {}", show()));
        } else {
            score.miss(Figure::FalseDifferences, format!("(unjudged) {}", show()));
        }
    }
    score.figures.insert(Figure::Differences, found);
    score.figures.insert(Figure::FalseDifferences, false_differences);
}

/// The figures of several events added up.
pub fn overall(events: &[EventScore]) -> EventScore {
    let mut total = EventScore { event: "overall".to_string(), ..EventScore::default() };
    for event in events {
        for (&figure, &ratio) in &event.figures {
            total.figures.entry(figure).or_default().add(ratio);
        }
    }
    total
}
