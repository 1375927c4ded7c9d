//! Reading the phrase that names a source, backward from its verb ("the fire chief | said") or
//! forward from a cue ("according to | the Guttmacher Institute"), in a paragraph's tokens.
//!
//! A phrase is one of:
//! - a **name** with the words that introduce it: titles and roles ("Vice President Jorge Glas",
//!   "Gartner analyst Tuong Nguyen", "broadcaster NHK", "market research firm IDC"). Names are runs
//!   of capitalised words (see [`Document::is_name_token`]); "of" and "for" continue an
//!   organisation's name ("University of Arizona");
//! - a **role** or a **body** without a name: a noun from the lists in
//!   [`crate::analysis::lexicon::credits`] with its modifiers and determiner ("the fire chief",
//!   "the capital's municipal government", "one worker", "Japanese police"), possibly followed by
//!   "of", "for", "from", "with", "at" or "in" and another phrase ("a spokesman for the port
//!   authority", "a police officer in Nara");
//! - a **document** or recording ("a statement", "video"), which credits whoever issued it
//!   ("video from broadcaster NHK", "the ministry's statement") and nobody without one;
//! - "he" or "she", for the last person named before in the article.
//!
//! Phrases never reach into a quote, across punctuation (but a name may hold a hyphen), or
//! further than a few words.

use std::borrow::Cow;
use std::ops::Range;

use super::names::{surfaces, Outlets};
use crate::analysis::document::Document;
use crate::analysis::lexicon::credits::{
    noun_class, singular, NounClass, DETERMINERS, INSTITUTION_NOUNS, MEDIA_NOUNS, NO_SOURCE,
    ORGANISATION_WORDS, OUTLET_WORDS,
};
use crate::analysis::lexicon::{PERSON_PRONOUNS, TIME_WORDS};
use crate::analysis::speakers::{is_month_surname, People};
use crate::analysis::text::{is_title_word, Token};
use crate::analysis::SourceKind;
use crate::calendar::is_calendar_word;

/// Most sentences a pronoun or a descriptor looks back for whom it stands for.
const MAX_SENTENCES_BACK: usize = 4;

/// Nouns that stand for a company named before ("the company said", "the tech giant claims").
const COMPANY_DESCRIPTORS: &[&str] =
    &["company", "firm", "giant", "group", "maker", "manufacturer", "corporation"];

/// Most words a phrase's modifiers and titles may take.
const MAX_MODIFIERS: usize = 6;

/// Prepositions that attach one phrase to a role: "a spokesman for", "mayor of", "doctors from".
const PREPOSITIONS: &[&str] = &["of", "for", "from", "with", "at", "in"];

/// Small words inside names: "University of Arizona", "Centre for …", "Ruiz de Velasco".
const NAME_JOINERS: &[&str] =
    &["of", "for", "de", "del", "della", "la", "le", "van", "von", "der", "bin", "al", "da", "dos"];

/// What a phrase is headed by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Head {
    /// A name: the tokens of the name itself.
    Name(Range<usize>),
    /// A role, a body or a medium without a name, of this kind.
    Role(SourceKind),
    /// A document or recording; credited to its issuer, if the phrase names one.
    Document(Option<Box<Phrase>>),
    /// "he" or "she".
    Pronoun,
}

/// A phrase naming a source: its tokens and what heads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// First token (its determiner, if any).
    pub start: usize,
    /// Just past the last token.
    pub end: usize,
    /// What heads it.
    pub head: Head,
}

/// A credited source read from a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The name the report gives ("Jorge Glas", "the fire chief", "AP").
    pub name: String,
    /// Its kind.
    pub kind: SourceKind,
}

/// One paragraph ready for reading phrases: its text, tokens and which tokens stand in quotes.
pub struct Reader<'a> {
    /// The event.
    pub doc: &'a Document<'a>,
    /// Its names.
    pub people: &'a People,
    /// The name tables.
    pub outlets: &'a Outlets,
    /// The passage's index.
    pub passage: usize,
    /// The passage's running text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Whether each token stands inside a quote.
    pub quoted: Vec<bool>,
    /// Each token lowercased as written, without a possessive ending.
    pub words: Vec<Cow<'a, str>>,
}

impl<'a> Reader<'a> {
    /// Prepares a passage of `doc` (with the tokens and quotes `people` read for it).
    pub fn new(
        doc: &'a Document<'a>,
        people: &'a People,
        outlets: &'a Outlets,
        passage: usize,
    ) -> Option<Self> {
        let text = doc.passages.get(passage)?.text.as_str();
        let tokens: &[Token] = people.tokens.get(passage)?;
        let spans = people.spans.get(passage).map(Vec::as_slice).unwrap_or(&[]);
        let quoted = tokens
            .iter()
            .map(|t| spans.iter().any(|s| s.inner.start <= t.span.start && t.span.start < s.inner.end))
            .collect();
        let words = tokens
            .iter()
            .map(|t| {
                let surface: &'a str = &t.surface;
                let word = surface.strip_suffix("'s").unwrap_or(surface);
                if word.chars().any(char::is_uppercase) {
                    Cow::Owned(word.to_lowercase())
                } else {
                    Cow::Borrowed(word)
                }
            })
            .collect();
        Some(Reader { doc, people, outlets, passage, text, tokens, quoted, words })
    }

    /// The lowercased word at `i` ("" past the end).
    pub fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| &**w)
    }

    /// The text between token `i - 1` and token `i` (before the first token for `i == 0`, after
    /// the last for `i == len`).
    pub fn gap(&self, i: usize) -> &str {
        let start = i.checked_sub(1).and_then(|p| self.tokens.get(p)).map_or(0, |t| t.span.end);
        let end = self.tokens.get(i).map_or(self.text.len(), |t| t.span.start);
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// Whether tokens `i - 1` and `i` are separated by spaces only (or by the period of an
    /// initial or of an abbreviation that ends a name: "Samuel A. Alito Jr. said").
    pub fn joined(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && {
            let gap = self.gap(i);
            let gap = if self.abbreviated(i - 1) { gap.strip_prefix('.').unwrap_or(gap) } else { gap };
            !gap.is_empty() && gap.chars().all(char::is_whitespace)
        }
    }

    /// Whether the period after token `i` is an abbreviation's, not a sentence's: after an initial
    /// or a title written short before a name ("Samuel A. Alito", "Capt. Maria Lopez", not "on X.
    /// His"), or after an abbreviation that ends a name ("Alito Jr. said", "Tesla Inc. said").
    fn abbreviated(&self, i: usize) -> bool {
        const BEFORE_NAMES: &[&str] = &[
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "supt",
            "insp", "st", "rev", "hon", "maj", "cmdr", "adm",
        ];
        const ENDINGS: &[&str] = &["jr", "sr", "inc", "co", "corp", "ltd", "bros"];
        let Some(t) = self.tokens.get(i).filter(|t| t.capitalised) else { return false };
        let name_next = self.tokens.get(i + 1).is_some_and(|n| n.capitalised && !n.stop && !n.number);
        ENDINGS.contains(&t.norm.as_str())
            || (t.surface.chars().count() == 1 || BEFORE_NAMES.contains(&t.norm.as_str())) && name_next
    }

    /// Whether tokens `i - 1` and `i` are joined inside a name: by spaces or a hyphen, or by the
    /// period of an initial ("Samuel A. Alito").
    fn name_joined(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && {
            let gap = self.gap(i);
            let rest = if self.abbreviated(i - 1) { gap.strip_prefix('.').unwrap_or(gap) } else { gap };
            !rest.is_empty() && rest.chars().all(|c| c.is_whitespace() || matches!(c, '-' | '‑'))
                || gap == "-"
        }
    }

    /// Whether the month written at `i` is a surname joined to the name before it ("Theresa
    /// May"; see [`is_month_surname`]).
    fn is_month_surname(&self, i: usize) -> bool {
        self.name_joined(i) && is_month_surname(self.tokens, i)
    }

    /// Whether token `i` reads as part of a name (and not as a day or a month). A capitalised
    /// word that opens a sentence is one when a name follows it ("Katie Mack, an astrophysicist").
    pub fn is_name(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        if is_calendar_word(&t.norm) {
            return self.is_month_surname(i);
        }
        if t.number {
            // A number written as a capitalised word right after a name ends it: "TV One".
            let spelled = t.capitalised && !t.sentence_initial && t.surface.chars().all(char::is_alphabetic);
            // "France 2 television", "Channel 4 News": a small number in a broadcaster's name.
            let channel = t.surface.len() <= 2
                && t.surface.chars().all(|c| c.is_ascii_digit())
                && self.tokens.get(i + 1).is_some_and(|next| {
                    MEDIA_NOUNS.contains(&&*singular(&next.norm))
                        || OUTLET_WORDS.contains(&next.norm.as_str())
                });
            return (spelled || channel)
                && i > 0
                && self.name_joined(i)
                && self.tokens.get(i - 1).is_some_and(|p| !p.number && self.doc.is_name_token(p));
        }
        if self.doc.is_name_token(t) {
            return true;
        }
        // An initial: "A." in "Samuel A. Alito".
        if t.surface.chars().count() == 1 && t.capitalised && self.gap(i + 1).starts_with('.') {
            return self.is_name(i + 1);
        }
        t.capitalised
            && t.sentence_initial
            && !t.stop
            && !TIME_WORDS.contains(&t.norm.as_str())
            && !is_title_word(&t.norm)
            && self.noun_kind(i).is_none()
            && self.name_joined(i + 1)
            && self.tokens.get(i + 1).is_some_and(|next| {
                (self.doc.is_name_token(next) || self.is_month_surname(i + 1)) && !next.number
            })
    }

    /// The head of a phrase ending in the name `run`: the name, or a role when the run is only
    /// titles ("Apple's CEO") or ends in one ("New Zealand Prime Minister", not "Office of the
    /// Prime Minister").
    fn name_head(&self, run: Range<usize>) -> Head {
        let ends_in_title = run.end > run.start
            && is_title_word(self.word(run.end - 1))
            && !(run.start..run.end).any(|i| ORGANISATION_WORDS.contains(&self.word(i)));
        if self.only_titles(&run) || ends_in_title {
            Head::Role(SourceKind::Person)
        } else {
            Head::Name(run)
        }
    }

    /// Whether the name `run` is only titles and roles ("Apple's CEO" past its possessive): a role,
    /// not a name.
    fn only_titles(&self, run: &Range<usize>) -> bool {
        let own = (run.start..run.end).rev().find(|&i| self.is_possessive(i)).map_or(run.start, |i| i + 1);
        own < run.end && (own..run.end).all(|i| is_title_word(self.word(i)))
    }

    /// Whether token `i` is an ordinary lowercase word that can modify a noun ("municipal",
    /// "fire", "senior", "unnamed").
    fn is_modifier(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            let word = self.word(i);
            !t.stop
                && !t.number
                && (!t.capitalised || t.sentence_initial && !self.doc.is_name_token(t))
                && word.chars().all(char::is_alphabetic)
                && !(word.ends_with("ly") && word.len() > 4)
                && !PERSON_PRONOUNS.contains(&word)
        })
    }

    /// Whether token `i` carries a possessive ending ("the capital's", "NOAA's") that marks an
    /// owner, not a word inside a name (see [`Reader::possessive_inside_name`]).
    pub fn is_possessive(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.surface.ends_with("'s") || t.surface.ends_with("s'"))
            && !self.possessive_inside_name(i)
    }

    /// Whether token `i` is a capitalised plural's possessive that the next capitalised word
    /// carries on: "People's Bank of China", "Children's Hospital", "Veterans' Affairs" are one
    /// name each, where "Apple's Tim Cook" is Tim Cook and "Russia's Foreign Ministry" is the
    /// ministry. A plural names the people a body serves, not an owner.
    fn possessive_inside_name(&self, i: usize) -> bool {
        let (Some(token), Some(next)) = (self.tokens.get(i), self.tokens.get(i + 1)) else { return false };
        let plural =
            matches!(self.word(i), "people" | "children" | "women" | "men") || token.surface.ends_with("s'");
        plural && token.capitalised && next.capitalised && !next.stop && self.gap(i + 1) == " "
    }

    /// The start of the name run that ends with token `last`. A small word joins two runs when
    /// it is a particle ("bin", "de") or when the run before it names an organisation ("University
    /// of Arizona", "Institute for the Study of War").
    fn name_start(&self, last: usize) -> usize {
        let mut start = last;
        while start > 0 && self.name_joined(start) {
            let previous = start - 1;
            if self.is_name(previous) {
                start = previous;
                continue;
            }
            // A small word between hyphens inside a name: "Tehreek-e-Insaf".
            if let Some(before) = self.hyphen_particle(previous) {
                start = before;
                continue;
            }
            // "for the", "of the": the article belongs to the joiner.
            let joiner = if self.word(previous) == "the" && previous > 0 && self.joined(previous) {
                previous - 1
            } else {
                previous
            };
            let small = self.word(joiner);
            let joins = joiner > 0
                && (NAME_JOINERS.contains(&small) || small == "and" && joiner == previous)
                && self.is_name(joiner - 1)
                && self.name_joined(joiner)
                && (joiner == previous || matches!(small, "of" | "for"));
            if !joins {
                break;
            }
            let left = self.name_start(joiner - 1);
            if !self.joins_names(left..joiner, small, start..last + 1) {
                break;
            }
            start = left;
        }
        start
    }

    /// The end (exclusive) of the name run that starts with token `first` (see
    /// [`Reader::name_start`] for the small words inside).
    fn name_end(&self, first: usize) -> usize {
        let mut end = first + 1;
        while end < self.tokens.len() && self.name_joined(end) && !self.quoted[end] {
            if self.is_name(end) {
                end += 1;
                continue;
            }
            if self.hyphen_particle(end).is_some() {
                end += 2;
                continue;
            }
            let joiner = self.word(end);
            let right =
                if matches!(joiner, "of" | "for") && self.word(end + 1) == "the" { end + 2 } else { end + 1 };
            let joins = (NAME_JOINERS.contains(&joiner) || joiner == "and")
                && self.is_name(right)
                && self.joined(right)
                && (!matches!(joiner, "of" | "for" | "and") || {
                    let right_end = self.name_end(right);
                    self.joins_names(first..end, joiner, right..right_end)
                });
            if !joins {
                break;
            }
            end = right + 1;
        }
        end
    }

    /// When token `i` is a small lowercase word between two name words joined by hyphens
    /// ("Tehreek-e-Insaf", "Stratford-upon-Avon"), the name word before it.
    fn hyphen_particle(&self, i: usize) -> Option<usize> {
        let t = self.tokens.get(i)?;
        let small =
            !t.capitalised && t.surface.chars().count() <= 4 && t.surface.chars().all(char::is_alphabetic);
        let joined = i > 0 && self.gap(i) == "-" && self.gap(i + 1) == "-";
        (small && joined && self.is_name(i - 1) && self.is_name(i + 1)).then(|| i - 1)
    }

    /// Whether the name runs `left` and `right` around the small word `joiner` are one name.
    /// "of" and "for" join a body's name ("University of Arizona", "Centers for Disease Control"),
    /// or one word and a body ("Port of Portland Fire Department"), never a person and a body
    /// ("Steve Severinghaus of Insider Intelligence"). "and" joins inside a body's name ("Centers
    /// for Disease Control and Prevention", "Meteorology and Geophysics Agency"), never two
    /// people or a person and a body ("Biden and White House officials"). Particles ("bin", "de")
    /// always join.
    fn joins_names(&self, left: Range<usize>, joiner: &str, right: Range<usize>) -> bool {
        let person = || {
            let name = clean(self.written(left.start, left.end));
            let canonical = self.people.canonical_name(&name);
            self.people.is_person(&canonical) || self.people.is_person_surname(&canonical)
        };
        match joiner {
            "of" | "for" => {
                self.names_body(left.clone()) || left.len() == 1 && self.names_body(right) && !person()
            }
            "and" => {
                let inner_joiner = (left.start..left.end).any(|i| matches!(self.word(i), "of" | "for"));
                let body_left = inner_joiner && self.names_body(left.clone());
                let body_right =
                    self.names_body(right.clone()) && !ORGANISATION_WORDS.contains(&self.word(left.end - 1));
                (body_left || body_right) && !person()
            }
            _ => true,
        }
    }

    /// Whether a run of name words names an organisation: one of its words is an organisation's
    /// ("Institute", "University", "Ministry").
    fn names_body(&self, run: Range<usize>) -> bool {
        run.into_iter().any(|i| {
            let word = self.word(i);
            ORGANISATION_WORDS.contains(&word) || ORGANISATION_WORDS.contains(&&*singular(word))
        })
    }

    /// What a lowercase noun names: a person by role, a body, a medium or a document.
    fn noun_kind(&self, i: usize) -> Option<Head> {
        let word = singular(self.word(i));
        match noun_class(&word) {
            Some(NounClass::Person) => Some(Head::Role(SourceKind::Person)),
            _ if is_title_word(&word) => Some(Head::Role(SourceKind::Person)),
            Some(NounClass::Institution) => Some(Head::Role(SourceKind::Institution)),
            Some(NounClass::Media) => Some(Head::Role(SourceKind::Media)),
            Some(NounClass::Document) => Some(Head::Document(None)),
            None => None,
        }
    }

    /// The phrase that ends just before token `end`, if one does.
    pub fn phrase_before(&self, end: usize) -> Option<Phrase> {
        self.phrase_before_at(end, 0)
    }

    /// The phrase that ends just before token `end` in a subject's place (before its verb, an
    /// apposition or "and"): there, a capitalised word that opens the sentence and is no common
    /// word is a name even when the event writes it nowhere else ("Trump, speaking at a rally,
    /// said"). A plural ("Critics said") is not.
    pub fn subject_before(&self, end: usize) -> Option<Phrase> {
        let phrase = self.phrase_before(end);
        if phrase.is_some() {
            return phrase;
        }
        let last = end.checked_sub(1)?;
        let t = self.tokens.get(last)?;
        let word = self.word(last);
        let name = t.capitalised
            && t.sentence_initial
            && !t.stop
            && !t.number
            && !*self.quoted.get(last)?
            && singular(word) == word
            && !TIME_WORDS.contains(&word)
            && !is_calendar_word(word)
            && !NO_SOURCE.contains(&word)
            && word.chars().all(char::is_alphabetic);
        name.then_some(Phrase { start: last, end, head: Head::Name(last..end) })
    }

    fn phrase_before_at(&self, end: usize, depth: u8) -> Option<Phrase> {
        let last = end.checked_sub(1)?;
        if *self.quoted.get(last)? {
            return None;
        }
        let mut phrase = if PERSON_PRONOUNS.contains(&self.word(last)) {
            Phrase { start: last, end, head: Head::Pronoun }
        } else if self.is_name(last) {
            let name_start = self.name_start(last);
            let start = self.introduction_before(name_start);
            Phrase { start, end, head: self.name_head(name_start..end) }
        } else {
            let head = self.noun_kind(last)?;
            let mut start = last;
            let mut steps = 0;
            // "the director-general": the words of a hyphenated role are one.
            while start > 0 && self.gap(start) == "-" && self.is_modifier(start - 1) {
                start -= 1;
            }
            while start > 0 && steps < MAX_MODIFIERS && self.joined(start) && !self.quoted[start - 1] {
                let previous = start - 1;
                let word = self.word(previous);
                if DETERMINERS.contains(&word) {
                    start = previous;
                    break;
                }
                // A role before a role is part of it: "executive director", "police chief".
                let modifies =
                    self.is_possessive(previous) || self.is_name(previous) || self.is_modifier(previous);
                if !modifies {
                    break;
                }
                start = previous;
                steps += 1;
            }
            if let Head::Document(_) = head {
                // "the ministry's statement": the possessive is the issuer.
                let issuer = (start..last)
                    .rev()
                    .find(|&i| self.is_possessive(i))
                    .and_then(|i| self.phrase_before_at(i + 1, depth + 1))
                    .map(Box::new);
                Phrase { start, end, head: Head::Document(issuer) }
            } else {
                Phrase { start, end, head }
            }
        };
        // "a spokesman for | the port authority", "video from | broadcaster NHK".
        if depth == 0 && phrase.start >= 2 && self.joined(phrase.start) && self.joined(phrase.start - 1) {
            let preposition = self.word(phrase.start - 1);
            if PREPOSITIONS.contains(&preposition) {
                if let Some(outer) = self.phrase_before_at(phrase.start - 1, depth + 1) {
                    if let Some(joined) = attach(outer, phrase.clone(), preposition) {
                        phrase = joined;
                    }
                }
            }
        }
        Some(phrase)
    }

    /// Where the words that introduce the name starting at `name_start` begin: a determiner ("the
    /// Hill"), or titles, roles and their modifiers when the word right before the name is one
    /// ("Nara Medical University emergency department chief", "broadcaster", "news agency").
    fn introduction_before(&self, name_start: usize) -> usize {
        if name_start == 0 || !self.joined(name_start) || self.quoted[name_start - 1] {
            return name_start;
        }
        let previous = name_start - 1;
        if DETERMINERS.contains(&self.word(previous)) {
            return previous;
        }
        // A hyphenated modifier: "the two-term PM".
        let mut hyphenated = previous;
        let part = |i: usize| self.is_modifier(i) || self.tokens.get(i).is_some_and(|t| t.number);
        while hyphenated > 0 && self.gap(hyphenated) == "-" && part(hyphenated - 1) {
            hyphenated -= 1;
        }
        if hyphenated < previous {
            let determiner =
                hyphenated > 0 && self.joined(hyphenated) && DETERMINERS.contains(&self.word(hyphenated - 1));
            return if determiner { hyphenated - 1 } else { hyphenated };
        }
        if !self.introduces(previous) {
            // One word of description opening the clause: "businessman Makoto Ichikawa".
            let opens = previous == 0 || !self.joined(previous);
            return if opens && self.is_modifier(previous) { previous } else { name_start };
        }
        let mut start = previous;
        let mut steps = 1;
        while start > 0 && steps < MAX_MODIFIERS && self.joined(start) && !self.quoted[start - 1] {
            let before = start - 1;
            if DETERMINERS.contains(&self.word(before)) {
                return before;
            }
            if !(self.is_name(before) || self.is_modifier(before) || self.is_possessive(before)) {
                break;
            }
            start = before;
            steps += 1;
        }
        start
    }

    /// Whether token `i` is a word that introduces a name: a title, a role, a body or a medium.
    fn introduces(&self, i: usize) -> bool {
        is_title_word(self.word(i)) || self.noun_kind(i).is_some_and(|h| !matches!(h, Head::Document(_)))
    }

    /// The phrase that starts at token `start`, if one does.
    pub fn phrase_after(&self, start: usize) -> Option<Phrase> {
        self.phrase_after_at(start, 0)
    }

    fn phrase_after_at(&self, start: usize, depth: u8) -> Option<Phrase> {
        let len = self.tokens.len();
        if start >= len || self.quoted[start] {
            return None;
        }
        if PERSON_PRONOUNS.contains(&self.word(start)) {
            return Some(Phrase { start, end: start + 1, head: Head::Pronoun });
        }
        let mut first = start;
        while first < len && DETERMINERS.contains(&self.word(first)) && (first == start || self.joined(first))
        {
            first += 1;
        }
        // Read words that can belong to a phrase, then fall back to its last name or noun.
        let mut end = first;
        while end < len && end - first < MAX_MODIFIERS + 3 {
            if end > start && !self.name_joined(end) || self.quoted[end] {
                break;
            }
            if self.is_name(end) {
                end = self.name_end(end);
                continue;
            }
            if end > first && !self.joined(end) {
                break;
            }
            let word = self.word(end);
            if self.is_modifier(end) && !word.ends_with("ing") || self.noun_kind(end).is_some() {
                end += 1;
                continue;
            }
            break;
        }
        while end > first && !(self.is_name(end - 1) || self.noun_kind(end - 1).is_some()) {
            end -= 1;
        }
        if end == first {
            return None;
        }
        let last = end - 1;
        let mut phrase = if self.is_name(last) {
            let mut name_start = self.name_start(last).max(first);
            while name_start < last && !self.is_name(name_start) {
                name_start += 1;
            }
            Phrase { start, end, head: self.name_head(name_start..end) }
        } else {
            let head = self.noun_kind(last)?;
            let head = match head {
                Head::Document(_) => {
                    // "the ministry's statement"; "FAA records", "KPTV-TV photos": a name right
                    // before the document issued it.
                    let issuer = (first..last)
                        .find(|&i| self.is_possessive(i))
                        .and_then(|i| self.phrase_before_at(i + 1, 1))
                        .or_else(|| {
                            let named = last > first && self.is_name(last - 1) && self.joined(last);
                            named.then(|| {
                                let start = self.name_start(last - 1).max(first);
                                Phrase { start, end: last, head: self.name_head(start..last) }
                            })
                        });
                    Head::Document(issuer.map(Box::new))
                }
                other => other,
            };
            Phrase { start, end, head }
        };
        // "a spokesman | for the port authority", "mayor | of Pedernales".
        if depth == 0 && end < len && self.joined(end) && self.joined(end + 1) {
            let preposition = self.word(end);
            if PREPOSITIONS.contains(&preposition) {
                if let Some(inner) = self.phrase_after_at(end + 1, depth + 1) {
                    if let Some(joined) = attach(phrase.clone(), inner, preposition) {
                        phrase = joined;
                    }
                }
            }
        }
        // "Apple's CEO, Tim Cook,": a role and then the name.
        if depth == 0
            && matches!(phrase.head, Head::Role(SourceKind::Person))
            && self.gap(phrase.end).trim() == ","
        {
            if let Some(name) =
                self.phrase_after_at(phrase.end, 1).filter(|p| matches!(p.head, Head::Name(_)))
            {
                let closes = name.end >= len || !self.joined(name.end);
                if closes {
                    phrase = name;
                }
            }
        }
        Some(phrase)
    }

    /// The sources a phrase credits (none for a document without an issuer), or the person a
    /// pronoun stands for.
    pub fn sources(&self, phrase: &Phrase, article: usize) -> Option<Source> {
        match &phrase.head {
            Head::Pronoun => self
                .person_before(phrase.start, article)
                .map(|name| Source { name, kind: SourceKind::Person }),
            Head::Document(Some(issuer)) => self.sources(issuer, article),
            Head::Document(None) => {
                // "a Reuters report", "media reports": the medium; a bare "report" credits nobody.
                let words = surfaces(self.tokens.get(phrase.start..phrase.end)?);
                if let Some((name, kind)) = self.outlets.medium_in(&words) {
                    return Some(Source { name: name.to_string(), kind });
                }
                let media = (phrase.start..phrase.end.saturating_sub(1))
                    .any(|i| MEDIA_NOUNS.contains(&&*singular(self.word(i))) || self.word(i) == "news");
                let social = (phrase.start..phrase.end).any(|i| NO_SOURCE.contains(&self.word(i)));
                (media && !social).then(|| Source {
                    name: self.phrase_text(phrase.start, phrase.end),
                    kind: SourceKind::Media,
                })
            }
            Head::Role(kind) => {
                let words = surfaces(self.tokens.get(phrase.start..phrase.end)?);
                if let Some((name, kind)) = self.outlets.medium_in(&words) {
                    return Some(Source { name: name.to_string(), kind });
                }
                let first = self.word(phrase.start);
                if phrase.end == phrase.start + 1 && *kind != SourceKind::Person && NO_SOURCE.contains(&first)
                {
                    return None;
                }
                if (phrase.start..phrase.end).any(|i| NO_SOURCE.contains(&self.word(i)) && !self.is_name(i)) {
                    return None;
                }
                let head = singular(self.word(phrase.end.saturating_sub(1)));
                if first == "the" && COMPANY_DESCRIPTORS.contains(&&*head) {
                    if let Some(name) = self.body_before(phrase.start, article) {
                        return Some(Source { name, kind: SourceKind::Institution });
                    }
                }
                // "the director-general", "the two-term prime minister": the one person the article
                // named before with that title.
                if first == "the" && *kind == SourceKind::Person && is_title_word(&head) {
                    let words: Vec<String> =
                        (phrase.start + 1..phrase.end).map(|i| self.word(i).to_string()).collect();
                    let at = (self.passage, self.tokens.get(phrase.start)?.span.start);
                    if let Some(name) = self.people.resolve_descriptor(self.doc, &words, at) {
                        return Some(Source { name, kind: SourceKind::Person });
                    }
                }
                let name = clean(&self.phrase_text(phrase.start, phrase.end));
                Some(Source { name, kind: *kind })
            }
            Head::Name(run) => self.name_source(phrase, run.clone()),
        }
    }

    /// The text of tokens `start..end` as written.
    fn written(&self, start: usize, end: usize) -> &str {
        let (Some(first), Some(last)) =
            (self.tokens.get(start), end.checked_sub(1).and_then(|e| self.tokens.get(e)))
        else {
            return "";
        };
        self.text.get(first.span.start..last.span.end).unwrap_or("")
    }

    /// The text of tokens `start..end`, with a leading determiner, or a first word capitalised
    /// only because it starts the sentence, in lowercase.
    fn phrase_text(&self, start: usize, end: usize) -> String {
        let text = self.written(start, end);
        let acronym = self.tokens.get(start).is_some_and(|t| t.acronym);
        let lower_first = DETERMINERS.contains(&self.word(start)) || !self.is_name(start) && !acronym;
        let mut chars = text.chars();
        match chars.next() {
            Some(c) if lower_first && !acronym => c.to_lowercase().chain(chars).collect(),
            _ => text.to_string(),
        }
        .replace('’', "'")
    }

    /// The source a name credits: an agency or outlet from the tables, a person (by the event's
    /// canonical name), or a body or outlet named as written.
    fn name_source(&self, phrase: &Phrase, run: Range<usize>) -> Option<Source> {
        let tokens = self.tokens.get(phrase.start..phrase.end)?;
        let words = surfaces(tokens);
        if let Some((name, kind)) = self.outlets.medium_in(&words) {
            return Some(Source { name: name.to_string(), kind });
        }
        let intro: Vec<usize> = (phrase.start..run.start).collect();
        let intro_kind = intro.last().and_then(|&i| self.noun_kind(i));
        let last_word = self.word(run.end.saturating_sub(1)).to_string();
        // After a possessive, the name proper: "Apple's Tim Cook" is Tim Cook.
        let own_start =
            (run.start..run.end).rev().find(|&i| self.is_possessive(i)).map_or(run.start, |i| i + 1);
        let (own_start, run_text) =
            if own_start < run.end && !ORGANISATION_WORDS.contains(&last_word.as_str()) {
                (own_start, self.written(own_start, run.end).to_string())
            } else {
                (run.start, self.written(run.start, run.end).to_string())
            };
        let run_text = run_text.strip_prefix("the ").map(str::to_string).unwrap_or(run_text);
        let run_text = clean(&run_text);
        if matches!(intro_kind, Some(Head::Role(SourceKind::Media)))
            || OUTLET_WORDS.contains(&last_word.as_str())
            // "TV One", "Radio Free Europe".
            || (own_start..run.end).any(|i| matches!(self.word(i), "tv" | "radio" | "television"))
            // "Xinhua News Agency", not "Japan Meteorological Agency".
            || last_word == "agency" && (own_start..run.end).any(|i| matches!(self.word(i), "news" | "press"))
        {
            // "broadcaster X", "NBC News", "the Hill": keep an outlet's "The".
            let the =
                phrase.start < own_start && self.word(own_start - 1) == "the" && own_start + 1 == run.end;
            let name = if the { format!("The {run_text}") } else { run_text };
            return Some(Source { name, kind: SourceKind::Media });
        }
        let titled = (own_start..run.end).any(|i| {
            is_title_word(self.word(i)) || matches!(self.noun_kind(i), Some(Head::Role(SourceKind::Person)))
        });
        if ORGANISATION_WORDS.contains(&last_word.as_str())
            || matches!(intro_kind, Some(Head::Role(SourceKind::Institution)))
            || self.names_body(own_start..run.end) && !titled
        {
            // "the Court" keeps its article; "the Kremlin" is the Kremlin.
            let generic = run.end - own_start == 1 && INSTITUTION_NOUNS.contains(&last_word.as_str());
            let name = if generic && own_start > 0 && self.word(own_start - 1) == "the" {
                format!("the {run_text}")
            } else {
                run_text
            };
            return Some(Source { name, kind: SourceKind::Institution });
        }
        // A person: the event's canonical name, without the titles and roles in the run
        // ("Vice President Jorge Glas", "EHT Project Scientist Dimitrios Psaltis").
        let is_role = |i: usize| {
            is_title_word(self.word(i)) || matches!(self.noun_kind(i), Some(Head::Role(SourceKind::Person)))
        };
        let name_start =
            (own_start..run.end.saturating_sub(1)).rev().find(|&i| is_role(i)).map_or(own_start, |i| i + 1);
        let canonical = self.people.canonical_name(&clean(self.written(name_start, run.end)));
        let acronym = run.end - own_start == 1 && self.tokens.get(own_start).is_some_and(|t| t.acronym);
        // "Cook" for a Tim Cook the event titles.
        let surname_of_person =
            || canonical.split_whitespace().count() == 1 && self.people.is_person_surname(&canonical);
        let person = self.people.is_person(&canonical)
            || matches!(intro_kind, Some(Head::Role(SourceKind::Person)))
            || intro.iter().any(|&i| is_title_word(self.word(i)))
            || name_start > own_start
            || (canonical.split_whitespace().count() >= 2 && !acronym)
            || surname_of_person();
        let aged =
            self.gap(phrase.end).trim() == "," && self.tokens.get(phrase.end).is_some_and(|t| t.number);
        if person || aged {
            Some(Source { name: canonical, kind: SourceKind::Person })
        } else {
            Some(Source { name: run_text, kind: SourceKind::Institution })
        }
    }

    /// The sentences before token `at` in the article, nearest first (the one holding `at` cut at
    /// it), at most [`MAX_SENTENCES_BACK`] of them: each as its passage and byte range.
    fn sentences_before(&self, at: usize, article: usize) -> Vec<(usize, Range<usize>)> {
        let Some(at_byte) = self.tokens.get(at).map(|t| t.span.start) else { return Vec::new() };
        let mut found = Vec::new();
        let passages = (0..=self.passage)
            .rev()
            .take_while(|&p| self.doc.passages.get(p).is_some_and(|x| x.article == article));
        for passage in passages {
            let Some(pieces) = self.doc.passages.get(passage).map(|p| &p.pieces) else { continue };
            for (range, _) in pieces.iter().rev() {
                if passage == self.passage && range.start >= at_byte {
                    continue;
                }
                let end = if passage == self.passage { range.end.min(at_byte) } else { range.end };
                if end <= range.start {
                    continue;
                }
                found.push((passage, range.start..end));
                if found.len() > MAX_SENTENCES_BACK {
                    return found;
                }
            }
        }
        found
    }

    /// The person a pronoun at token `at` stands for: in its sentence before it, else in the
    /// sentences before (nearest first), the person (a name the event gives a title) that is the
    /// subject of a main clause: named at the sentence start or after a comma, and followed by a
    /// verb or a comma ("Earlier, as Abe lay in hospital, Kishida struggled" is Kishida); else the
    /// first person named there. Names in quotes do not count.
    fn person_before(&self, at: usize, article: usize) -> Option<String> {
        self.sentences_before(at, article).into_iter().find_map(|(passage, range)| {
            let tokens = self.people.tokens.get(passage)?;
            let text = self.doc.passages.get(passage)?.text.as_str();
            let persons: Vec<(&crate::analysis::speakers::Mention, String)> = self
                .people
                .mentions_in(passage)
                .filter(|m| !m.in_quote && range.contains(&m.span.start))
                .map(|m| (m, self.people.canonical_name(&m.name)))
                .filter(|(_, name)| self.people.is_person(name))
                .collect();
            let persons: Vec<(&crate::analysis::speakers::Mention, String)> = persons
                .into_iter()
                .map(|(m, name)| {
                    let cut = tokens
                        .get(m.end_token)
                        .is_some_and(|t| t.surface.chars().count() == 1 && t.capitalised);
                    let whole = cut
                        .then(|| Reader::new(self.doc, self.people, self.outlets, passage))
                        .flatten()
                        .map(|r| clean(r.written(m.first_token, r.name_end(m.first_token))));
                    (m, whole.unwrap_or(name))
                })
                .collect();
            let subject = persons.iter().find(|(m, _)| {
                let first = m.first_token.saturating_sub(m.titles.len());
                let opens = tokens.get(first).is_none_or(|t| t.span.start <= range.start)
                    || first.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|p| {
                        tokens.get(first).is_some_and(|f| {
                            text.get(p.span.end..f.span.start).is_some_and(|g| g.contains(','))
                        })
                    });
                let next = tokens.get(m.end_token);
                let gap = match (tokens.get(m.end_token.wrapping_sub(1)), next) {
                    (Some(last), Some(next)) => text.get(last.span.end..next.span.start).unwrap_or(""),
                    _ => "",
                };
                let followed = gap.trim() == ","
                    || next.is_some_and(|t| !t.capitalised && !t.number) && gap.trim().is_empty();
                opens && followed
            });
            subject.or(persons.first()).map(|(_, name)| name.clone())
        })
    }

    /// The body a descriptor such as "the company" or "the US tech giant" at token `at` stands
    /// for: the name that opens one of the sentences before it, nearest first, when that name is
    /// no person's.
    fn body_before(&self, at: usize, article: usize) -> Option<String> {
        self.sentences_before(at, article).into_iter().find_map(|(passage, range)| {
            let mention = self.people.mentions_in(passage).find(|m| range.contains(&m.span.start))?;
            let tokens = self.people.tokens.get(passage)?;
            let opens = tokens
                .iter()
                .take(mention.first_token)
                .filter(|t| t.span.start >= range.start)
                .all(|t| t.norm == "the");
            let name = self.people.canonical_name(&mention.name);
            let body = mention.titles.is_empty()
                && !self.people.is_person(&name)
                && name.split_whitespace().count() == 1;
            (opens && body && !mention.in_quote).then_some(name)
        })
    }
}

/// Joins a phrase and the one after its preposition: a role "of", "for", "from", "with", "at" or
/// "in" a body or a place ("a spokesman for the port authority", "a police officer in Nara"), a
/// person "of" a body (the person: "Steve Severinghaus of Insider Intelligence"), or a document
/// "from" or "by" its issuer.
fn attach(outer: Phrase, inner: Phrase, preposition: &str) -> Option<Phrase> {
    let span = (outer.start.min(inner.start), outer.end.max(inner.end));
    match (&outer.head, &inner.head) {
        (Head::Role(kind), Head::Name(_) | Head::Role(_)) if *kind != SourceKind::Media => {
            Some(Phrase { start: span.0, end: span.1, head: Head::Role(*kind) })
        }
        (Head::Name(_), Head::Name(_) | Head::Role(_))
            if matches!(preposition, "of" | "from" | "at" | "with") =>
        {
            Some(Phrase { start: span.0, end: span.1, head: outer.head.clone() })
        }
        (Head::Document(None), Head::Name(_) | Head::Role(_))
            if matches!(preposition, "from" | "by" | "of") =>
        {
            Some(Phrase { start: span.0, end: span.1, head: Head::Document(Some(Box::new(inner))) })
        }
        _ => None,
    }
}

/// A name without a possessive ending, with straight apostrophes and single spaces.
fn clean(name: &str) -> String {
    let name = name.replace('’', "'");
    let name = name.strip_suffix("'s").unwrap_or(&name);
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}
