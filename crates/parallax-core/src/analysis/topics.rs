//! Topics: tagging sentences with the topics of `topics.toml`, or finding topics automatically.
//!
//! A defined topic's keywords are tokenised like the text (stems through the synonym groups, see
//! [`super::text`]); a sentence carries the topic when one keyword's keys occur in it as
//! consecutive words ("root causes" matches "root cause", "truce" matches "ceasefire").
//!
//! Without a `topics.toml`, topics are the event's salient terms: names (as one canonical name
//! each) and content stems that at least [`MIN_OUTLETS`] outlets use. A term found in more than
//! [`MAX_SHARE`] of all sentences is the story itself ("Putin" in a story about Putin) and tells
//! no part of it from another, so it is left out. The rest are ranked by how many outlets use
//! them, then how many sentences (names first on ties, as they read better), and taken greedily
//! up to [`MAX_AUTOMATIC`], skipping a term whose sentences mostly ([`MAX_OVERLAP`]) repeat an
//! already chosen topic's; past [`MIN_AUTOMATIC`] topics, terms weaker than half the best stop
//! the list.

use std::collections::{BTreeSet, HashMap};

use super::document::Document;
use super::speakers::People;
use super::text::tokenize;
use crate::analysis::Topic;
use crate::model::TopicDef;

/// Fewest outlets that must use a term for it to be an automatic topic.
pub const MIN_OUTLETS: usize = 2;
/// Largest share of the event's sentences an automatic topic may cover.
pub const MAX_SHARE: f32 = 0.4;
/// Most automatic topics.
pub const MAX_AUTOMATIC: usize = 8;
/// Automatic topics always offered when there are enough candidates.
pub const MIN_AUTOMATIC: usize = 4;
/// Jaccard overlap of sentence sets above which a candidate repeats a chosen topic.
pub const MAX_OVERLAP: f32 = 0.5;

/// Tags the event's sentences with its defined topics, in the file's order.
pub fn tag(doc: &Document, defs: &[TopicDef]) -> Vec<Topic> {
    defs.iter()
        .map(|def| {
            let phrases: Vec<Vec<String>> = def
                .keywords
                .iter()
                .map(|k| tokenize(k).into_iter().map(|t| t.key).collect::<Vec<_>>())
                .filter(|keys| !keys.is_empty())
                .collect();
            let sentences = doc
                .units
                .iter()
                .filter(|unit| {
                    let keys: Vec<&str> = unit.tokens.iter().map(|t| t.key.as_str()).collect();
                    phrases.iter().any(|phrase| contains_phrase(&keys, phrase))
                })
                .map(|unit| unit.sentence.id.clone())
                .collect();
            Topic { id: def.id.clone(), label: def.label.clone(), automatic: false, sentences }
        })
        .collect()
}

fn contains_phrase(keys: &[&str], phrase: &[String]) -> bool {
    !phrase.is_empty()
        && keys.windows(phrase.len()).any(|window| window.iter().zip(phrase).all(|(a, b)| a == b))
}

/// A candidate automatic topic.
struct Candidate {
    label: String,
    units: BTreeSet<usize>,
    outlets: usize,
    is_name: bool,
}

/// Finds salient topics of an event that has no `topics.toml`.
pub fn automatic(doc: &Document, people: &People) -> Vec<Topic> {
    let total = doc.units.len();
    if total == 0 {
        return Vec::new();
    }
    let mut names: HashMap<String, BTreeSet<usize>> = HashMap::new();
    let mut name_keys: BTreeSet<String> = BTreeSet::new();
    for mention in people.mentions.iter().filter(|m| !m.in_quote) {
        let Some(unit) = doc.passages.get(mention.passage).and_then(|p| p.unit_at(mention.span.start)) else {
            continue;
        };
        names.entry(people.canonical_name(&mention.name)).or_default().insert(unit);
        for token in tokenize(&mention.name) {
            name_keys.insert(token.key);
        }
    }
    let mut stems: HashMap<String, BTreeSet<usize>> = HashMap::new();
    let mut surface_counts: HashMap<String, HashMap<String, usize>> = HashMap::new();
    for (index, unit) in doc.units.iter().enumerate() {
        for token in unit.tokens.iter().filter(|t| t.is_content() && !t.number && t.key.chars().count() >= 3)
        {
            if doc.is_name_token(token) || name_keys.contains(&token.key) {
                continue;
            }
            stems.entry(token.key.clone()).or_default().insert(index);
            *surface_counts.entry(token.key.clone()).or_default().entry(token.norm.clone()).or_default() += 1;
        }
    }
    let outlets_of = |units: &BTreeSet<usize>| -> usize {
        let set: BTreeSet<usize> =
            units.iter().filter_map(|&u| doc.units.get(u)).map(|u| u.article).collect();
        set.len()
    };
    let mut candidates: Vec<Candidate> = Vec::new();
    for (name, units) in names {
        let outlets = outlets_of(&units);
        candidates.push(Candidate { label: name, units, outlets, is_name: true });
    }
    for (key, units) in stems {
        let outlets = outlets_of(&units);
        let label = surface_counts
            .get(&key)
            .and_then(|forms| {
                forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(f, _)| f.clone())
            })
            .unwrap_or(key);
        candidates.push(Candidate { label: capitalise(&label), units, outlets, is_name: false });
    }
    candidates.retain(|c| {
        c.outlets >= MIN_OUTLETS && c.units.len() >= 2 && c.units.len() as f32 <= MAX_SHARE * total as f32
    });
    candidates.sort_by(|a, b| {
        b.outlets
            .cmp(&a.outlets)
            .then(b.units.len().cmp(&a.units.len()))
            .then(b.is_name.cmp(&a.is_name))
            .then(a.label.cmp(&b.label))
    });
    let strength = |c: &Candidate| c.outlets * c.units.len();
    let best = candidates.first().map_or(0, strength);
    let mut chosen: Vec<Candidate> = Vec::new();
    for candidate in candidates {
        if chosen.len() >= MAX_AUTOMATIC {
            break;
        }
        if chosen.len() >= MIN_AUTOMATIC && strength(&candidate) * 2 < best {
            break;
        }
        let repeats = chosen.iter().any(|c| {
            let shared = c.units.intersection(&candidate.units).count();
            let union = c.units.len() + candidate.units.len() - shared;
            union > 0 && shared as f32 / union as f32 > MAX_OVERLAP
        });
        if !repeats {
            chosen.push(candidate);
        }
    }
    let mut used_ids: Vec<String> = Vec::new();
    chosen
        .into_iter()
        .map(|c| {
            let mut id = slug(&c.label);
            if id.is_empty() || used_ids.contains(&id) {
                id = format!("topic-{}", used_ids.len() + 1);
            }
            used_ids.push(id.clone());
            Topic {
                id,
                label: c.label,
                automatic: true,
                sentences: c
                    .units
                    .iter()
                    .filter_map(|&u| doc.units.get(u))
                    .map(|u| u.sentence.id.clone())
                    .collect(),
            }
        })
        .collect()
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A URL slug.
fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
