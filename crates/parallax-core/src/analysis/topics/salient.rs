//! Automatic topics for an event without a `topics.toml`: the names of its sub-stories.
//!
//! Readers name a part of a story with a phrase ("death toll", "state of emergency", "penalty
//! shootout") or the name of a thing or a secondary person ("Golden Ball", "Tetsuya Yamagami"),
//! rarely with one common word. So the candidates are, first, two-word phrases (see
//! [`super::phrases`]) and names of several words (one canonical name each, outside quotes), and
//! only when those are too few, single content stems, all outside quotes (a quote's words are its
//! speaker's). Words that say how news is told rather
//! than what it is about are never topics: the vocabulary of reporting and attribution
//! ("reported", "said", "according", "statement", "officials"), names of days and months and
//! words of relative time ("Thursday", "week", "late"), vague or light words ("percent",
//! "people", "make"), titles, media outlets and platforms (see [`crate::analysis::lexicon`]);
//! nor are the event's own outlets, nor words used mostly as verbs or adverbs (a past form in
//! "-ed" or an adverb in "-ly" as their usual form, or mostly right after "to", "will", "could",
//! "not" and the like).
//!
//! What most of the story's sentences use is its frame, not a part of it: a phrase or name in
//! more than [`MAX_NAME_SHARE`] of the sentences (and in more sentences than the event has
//! outlets) ("World Cup" in the final's story), a word in
//! more than [`MAX_SHARE`], and a person named in more than [`MAX_PERSON_SHARE`] of them and in
//! more than [`MIN_MAIN_PERSON_SENTENCES`] sentences (the story's main people) are left out, and so are one-word names (the place or party the whole story is
//! about, "Ecuador").
//!
//! The rest are ranked by outlets times sentences, a phrase counting [`PHRASE_WEIGHT`] and a
//! name [`NAME_WEIGHT`] times a word, and taken greedily up to [`MAX_AUTOMATIC`], skipping a
//! candidate whose sentences mostly ([`MAX_OVERLAP`]) repeat an already chosen topic's; past
//! [`MIN_AUTOMATIC`] topics, candidates weaker than the best divided by [`WEAKEST_SHARE`] end the
//! list.

use std::sync::OnceLock;

use super::{capitalise, slug};
use crate::analysis::document::{Document, Unit};
use crate::analysis::hashing::{FastMap, FastSet};
use crate::analysis::lexicon::{
    CREDIT_AFTER, MEDIA, NEWS_VOCABULARY, PLATFORMS, POST_QUOTE_VERBS, SPEECH_VERBS, TIME_WORDS, TITLE_WORDS,
    VAGUE_WORDS,
};
use crate::analysis::quotes::marks::find_spans;
use crate::analysis::sorted::shared_count;
use crate::analysis::speakers::People;
use crate::analysis::stem::stem;
use crate::analysis::text::{tokenize, Word};
use crate::analysis::Topic;

/// Fewest outlets that must use a term for it to be an automatic topic.
pub const MIN_OUTLETS: usize = 2;
/// Largest share of the event's sentences an automatic topic may cover.
pub const MAX_SHARE: f32 = 0.25;
/// Largest share of the event's sentences a name or a phrase may cover: one that more sentences
/// use is the story's frame ("World Cup" in a story about its final), not a part of it.
pub const MAX_NAME_SHARE: f32 = 0.12;
/// Largest share of the event's sentences a person may be named in and still be a topic: more,
/// and the person is one of the story's main people, not one of its sub-stories.
pub const MAX_PERSON_SHARE: f32 = 0.1;
/// Most automatic topics.
pub const MAX_AUTOMATIC: usize = 8;
/// Automatic topics always offered when there are enough candidates.
pub const MIN_AUTOMATIC: usize = 4;
/// Past [`MIN_AUTOMATIC`] topics, a candidate weaker than the best one divided by this ends the
/// list.
pub const WEAKEST_SHARE: f32 = 4.0;
/// Jaccard overlap of sentence sets above which a candidate repeats a chosen topic.
pub const MAX_OVERLAP: f32 = 0.5;
/// Fewest sentences that name one of the story's main people: a small story's only witness is
/// named in two or three of its sentences and is still a part of it.
pub const MIN_MAIN_PERSON_SENTENCES: f32 = 3.0;
/// How much more a name of several words weighs than a single common word, per sentence, when
/// ranking.
pub const NAME_WEIGHT: f32 = 1.5;
/// How much more a phrase weighs than a single common word, per sentence, when ranking: a phrase
/// names a sub-story ("death toll"), a word rarely does ("hit").
pub const PHRASE_WEIGHT: f32 = 2.5;

/// Whether a word (in its normal form) comes right before verbs: "to", a modal, an auxiliary or
/// "not".
fn comes_before_verbs(norm: &str) -> bool {
    matches!(
        norm,
        "to" | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "shall"
            | "did"
            | "does"
            | "do"
            | "not"
            | "cannot"
            | "wont"
            | "dont"
            | "didnt"
            | "doesnt"
            | "cant"
            | "couldnt"
            | "wouldnt"
    )
}

/// The words that are never automatic topics (see the module docs): their stems, which catch
/// their other forms ("reported" with "report"), and titles as written ("aide" is a title, "aid"
/// is not). Synonym groups are left out: "talks" is a topic even though "call" is not. Also the
/// names of media and platforms, lowercased.
struct Excluded {
    stems: FastSet<String>,
    titles: FastSet<String>,
    media: FastSet<String>,
}

fn excluded_words() -> &'static Excluded {
    static EXCLUDED: OnceLock<Excluded> = OnceLock::new();
    EXCLUDED.get_or_init(|| {
        let lists: [&[&str]; 6] =
            [NEWS_VOCABULARY, TIME_WORDS, VAGUE_WORDS, SPEECH_VERBS, POST_QUOTE_VERBS, CREDIT_AFTER];
        let words = |list: &[&str]| -> Vec<String> {
            list.iter().flat_map(|word| tokenize(word)).map(|token| token.norm.to_string()).collect()
        };
        let media = MEDIA
            .iter()
            .chain(PLATFORMS)
            .flat_map(|(name, aliases)| std::iter::once(name).chain(aliases.iter()))
            .map(|name| name.to_lowercase())
            .collect();
        Excluded {
            stems: lists.iter().flat_map(|list| words(list)).map(|norm| stem(&norm)).collect(),
            titles: words(TITLE_WORDS).into_iter().collect(),
            media,
        }
    })
}

/// Whether a word (its normal form and stem, see [`crate::analysis::text::Token`]) is never an
/// automatic topic.
fn is_excluded(norm: &str, stem: &str) -> bool {
    let excluded = excluded_words();
    excluded.titles.contains(norm) || excluded.stems.contains(stem)
}

/// Whether a name is no topic: every word of it is excluded ("Thursday", "President"), or it
/// names a medium, a platform or one of the event's own outlets.
/// `outlets` holds the event's outlet names, lowercased, and ids.
fn is_excluded_name(outlets: &FastSet<String>, name: &str) -> bool {
    let lower = name.to_lowercase();
    outlets.contains(&lower)
        || outlets.contains(&slug(name))
        || excluded_words().media.contains(&lower)
        || tokenize(name).iter().all(|token| is_excluded(&token.norm, &token.stem))
}

/// A candidate automatic topic.
struct Candidate {
    label: String,
    /// The units (sentences) that use it, ascending.
    units: Vec<usize>,
    outlets: usize,
    kind: Kind,
}

/// What a candidate is, which weighs in its ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Term,
    Name,
    Phrase,
}

impl Kind {
    fn weight(self) -> f32 {
        match self {
            Kind::Term => 1.0,
            Kind::Name => NAME_WEIGHT,
            Kind::Phrase => PHRASE_WEIGHT,
        }
    }
}

/// A content stem and where it is used.
struct Term {
    key: Word,
    /// The units that use it, ascending.
    units: Vec<usize>,
    /// Its normalised forms with their stems and counts, in order of first use.
    forms: Vec<(Word, Word, usize)>,
    /// How often it is used, and how often right after a word that comes before verbs.
    uses: usize,
    after_verb_words: usize,
}

impl Term {
    /// Its most used form; among equally used ones, the first in alphabetical order.
    fn usual_form(&self) -> &str {
        self.forms
            .iter()
            .max_by(|a, b| a.2.cmp(&b.2).then(b.0.cmp(&a.0)))
            .map_or(self.key.as_str(), |(form, _, _)| form.as_str())
    }

    /// Whether one of its forms is a word that is never a topic.
    fn is_excluded(&self) -> bool {
        self.forms.iter().any(|(form, stem, _)| is_excluded(form, stem))
    }

    /// Whether it reads as a verb or an adverb rather than a thing (see the module docs).
    fn is_verb_like(&self) -> bool {
        let form = self.usual_form();
        let inflected = form.chars().count() > 4
            && (form.ends_with("ed") || form.ends_with("ly") || form.ends_with("ing"));
        inflected || super::phrases::is_past_form(form) || self.after_verb_words * 2 > self.uses
    }
}

/// Adds `unit` to an ascending list of units, once.
fn add_unit(units: &mut Vec<usize>, unit: usize) {
    if units.last().is_none_or(|&last| last < unit) {
        units.push(unit);
    } else if let Err(at) = units.binary_search(&unit) {
        units.insert(at, unit);
    }
}

/// How many outlets an ascending list of units spans (units are in article order).
fn outlets_of(doc: &Document, units: &[usize]) -> usize {
    let mut count = 0;
    let mut last = None;
    for article in units.iter().filter_map(|&u| doc.units.get(u)).map(|u| u.article) {
        if last != Some(article) {
            count += 1;
            last = Some(article);
        }
    }
    count
}

/// Finds salient topics of an event that has no `topics.toml`.
pub fn automatic(doc: &Document, people: &People) -> Vec<Topic> {
    let total = doc.units.len();
    if total == 0 {
        return Vec::new();
    }
    let (names, name_keys) = names_outside_quotes(doc, people);
    let terms = single_terms(doc, &name_keys);
    let mut candidates = candidates(doc, people, names, terms);
    drop_frame_and_rare(doc, &mut candidates);
    let chosen = choose(candidates);
    into_topics(doc, chosen)
}

/// The canonical names mentioned outside quotes with their sentences, and the keys of the words
/// of every name as mentioned.
fn names_outside_quotes(doc: &Document, people: &People) -> (FastMap<String, Vec<usize>>, FastSet<Word>) {
    let mut names: FastMap<String, Vec<usize>> = FastMap::default();
    let mut name_keys: FastSet<Word> = FastSet::default();
    let mut names_read: FastSet<&str> = FastSet::default();
    for mention in people.mentions.iter().filter(|m| !m.in_quote) {
        let Some(unit) = doc.passages.get(mention.passage).and_then(|p| p.unit_at(mention.span.start)) else {
            continue;
        };
        add_unit(names.entry(people.canonical_name(&mention.name)).or_default(), unit);
        if names_read.insert(mention.name.as_str()) {
            name_keys.extend(tokenize(&mention.name).into_iter().map(|token| token.key));
        }
    }
    (names, name_keys)
}

/// The single content words outside quotes and names, in order of first use, with their
/// sentences, forms and uses.
fn single_terms(doc: &Document, name_keys: &FastSet<Word>) -> Vec<Term> {
    let mut term_of: FastMap<Word, usize> = FastMap::default();
    let mut terms: Vec<Term> = Vec::new();
    // What each sentence adds to the terms: (term, form, right after a word before verbs). It
    // depends only on the sentence's words, so a repeated sentence adds what its first copy did.
    let mut uses_of: FastMap<usize, Vec<(usize, usize, bool)>> = FastMap::default();
    for (index, unit) in doc.units.iter().enumerate() {
        let uses = uses_of
            .entry(unit.wording)
            .or_insert_with(|| term_uses(doc, unit, name_keys, &mut term_of, &mut terms));
        for &(slot, form, after_verb) in uses.iter() {
            let Some(term) = terms.get_mut(slot) else { continue };
            add_unit(&mut term.units, index);
            if let Some((_, _, count)) = term.forms.get_mut(form) {
                *count += 1;
            }
            term.uses += 1;
            term.after_verb_words += usize::from(after_verb);
        }
    }
    terms
}

/// A sentence's uses of terms as (term, form, right after a word before verbs), adding the terms
/// and forms it is the first to use.
fn term_uses(
    doc: &Document,
    unit: &Unit,
    name_keys: &FastSet<Word>,
    term_of: &mut FastMap<Word, usize>,
    terms: &mut Vec<Term>,
) -> Vec<(usize, usize, bool)> {
    let mut uses = Vec::new();
    let quoted = find_spans(&unit.sentence.text);
    for (at, token) in unit.tokens.iter().enumerate() {
        if !token.is_content() || token.number || token.key.chars().count() < 3 {
            continue;
        }
        // A quote's words are its speaker's, not the outlet's account of the story.
        if quoted.iter().any(|span| span.inner.contains(&token.span.start)) {
            continue;
        }
        if doc.is_name_token(token) || name_keys.contains(&token.key) {
            continue;
        }
        let next = terms.len();
        let slot = *term_of.entry(token.key.clone()).or_insert(next);
        if slot == next {
            terms.push(Term {
                key: token.key.clone(),
                units: Vec::new(),
                forms: Vec::new(),
                uses: 0,
                after_verb_words: 0,
            });
        }
        let Some(term) = terms.get_mut(slot) else { continue };
        let form = match term.forms.iter().position(|(form, _, _)| *form == token.norm) {
            Some(form) => form,
            None => {
                term.forms.push((token.norm.clone(), token.stem.clone(), 0));
                term.forms.len() - 1
            }
        };
        let before = at.checked_sub(1).and_then(|b| unit.tokens.get(b));
        uses.push((slot, form, before.is_some_and(|b| comes_before_verbs(&b.norm))));
    }
    uses
}

/// Every candidate: names of several words other than outlets and main people, then phrases,
/// then single words that are neither excluded nor verb-like.
fn candidates(
    doc: &Document,
    people: &People,
    names: FastMap<String, Vec<usize>>,
    terms: Vec<Term>,
) -> Vec<Candidate> {
    let total = doc.units.len();
    let mut candidates: Vec<Candidate> = Vec::new();
    let outlets: FastSet<String> =
        doc.event.articles.iter().flat_map(|a| [a.outlet.name.to_lowercase(), a.outlet.id.clone()]).collect();
    for (name, units) in names {
        // A one-word name is a place or a party the whole story happens in ("Ecuador"), and a
        // person named in many sentences is one of the story's main people: neither is a part of
        // the story.
        let main_person = people.is_person(&name)
            && units.len() as f32 > (MAX_PERSON_SHARE * total as f32).max(MIN_MAIN_PERSON_SENTENCES);
        if is_excluded_name(&outlets, &name) || name.split_whitespace().nth(1).is_none() || main_person {
            continue;
        }
        let outlets = outlets_of(doc, &units);
        candidates.push(Candidate { label: name, units, outlets, kind: Kind::Name });
    }
    let topic_word = |token: &crate::analysis::text::Token| !is_excluded(&token.norm, &token.stem);
    for phrase in super::phrases::phrases(doc, &topic_word) {
        let outlets = outlets_of(doc, &phrase.units);
        candidates.push(Candidate {
            label: capitalise(&phrase.label),
            units: phrase.units,
            outlets,
            kind: Kind::Phrase,
        });
    }
    for term in terms.into_iter().filter(|term| !term.is_excluded() && !term.is_verb_like()) {
        let outlets = outlets_of(doc, &term.units);
        let label = capitalise(term.usual_form());
        candidates.push(Candidate { label, units: term.units, outlets, kind: Kind::Term });
    }
    candidates
}

/// Drops the candidates too few outlets or sentences use, and those so common they are the
/// story's frame.
fn drop_frame_and_rare(doc: &Document, candidates: &mut Vec<Candidate>) {
    let total = doc.units.len();
    // A single word stands in only when many outlets use it in several sentences.
    let word_outlets = MIN_OUTLETS.max(doc.event.articles.len().div_ceil(2));
    // In a small story every detail is in a good share of the sentences: once per outlet is
    // never too often.
    let once_per_outlet = doc.event.articles.len() as f32;
    candidates.retain(|c| {
        let (share, outlets, sentences) = match c.kind {
            Kind::Term => (MAX_SHARE, word_outlets, 3),
            Kind::Name | Kind::Phrase => (MAX_NAME_SHARE, MIN_OUTLETS, 2),
        };
        let most = (share * total as f32).max(once_per_outlet);
        c.outlets >= outlets && c.units.len() >= sentences && c.units.len() as f32 <= most
    });
}

/// The strongest candidates, phrases and names first, skipping repeats of a chosen one.
fn choose(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    // Phrases and names first: single words only fill in when they are too few.
    let strength = |c: &Candidate| c.outlets as f32 * c.units.len() as f32 * c.kind.weight();
    candidates.sort_by(|a, b| {
        (b.kind != Kind::Term)
            .cmp(&(a.kind != Kind::Term))
            .then(strength(b).total_cmp(&strength(a)))
            .then(b.kind.cmp(&a.kind))
            .then(a.label.cmp(&b.label))
    });
    let best = candidates.first().map_or(0.0, strength);
    let mut chosen: Vec<Candidate> = Vec::new();
    for candidate in candidates {
        if chosen.len() >= MAX_AUTOMATIC {
            break;
        }
        if chosen.len() >= MIN_AUTOMATIC && strength(&candidate) * WEAKEST_SHARE < best {
            break;
        }
        let repeats = chosen.iter().any(|c| {
            let both = shared_count(&c.units, &candidate.units);
            let union = c.units.len() + candidate.units.len() - both;
            union > 0 && both as f32 / union as f32 > MAX_OVERLAP
        });
        if !repeats {
            chosen.push(candidate);
        }
    }
    chosen
}

/// The chosen candidates as topics, each with a unique id.
fn into_topics(doc: &Document, chosen: Vec<Candidate>) -> Vec<Topic> {
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
