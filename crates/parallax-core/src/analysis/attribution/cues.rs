//! Attribution cues in a paragraph, outside quotes and photo credits, and the sources they
//! credit:
//! - a verb of saying after its subject: "the fire chief said", "Ushakov told reporters",
//!   "Apple claims", "Police arrested a man and said …" (the clause's subject), "X, who said",
//!   "X, a Harvard astronomer, said" (past the apposition), "A, B and C argued" (each). A subject
//!   is never the object of a preposition ("at the University of X said");
//! - a verb of saying before its subject, right after a quote or a comma: `"…," said one worker`,
//!   ", adds astronomer X"; after a comma, such a subject wins over the words before the comma
//!   ("…, triggered the eruption, said X");
//! - "according to X", "based on X", "per X", "citing X", "quoting X", "via X", "as X put it";
//! - a participle's agent: "as reported by X", "quoted as saying by X", and after a document or
//!   recording "footage captured by X" (never a photo's: "Photo by X");
//! - an outlet addressed: "told TyC Sports", "said to X", "in an interview with X" (only when X
//!   is an outlet: "told reporters" credits the teller alone);
//! - a document: its issuer, as the subject of a verb ("video from broadcaster X showed"), with a
//!   possessive ("the ministry's statement", "the court's ruling"), or issued ("Justice X delivered
//!   the opinion"); and a journal a finding is "published in";
//! - a court's ruling: "the Supreme Court overturned …" credits the court;
//! - a participle after a name and a comma: "X, describing the killing as …".
//!
//! A passive ("was announced") credits nobody; "it", "they" and "we" are not resolved, and a
//! social platform ("said via Twitter") is no source.

use std::ops::Range;
use std::sync::OnceLock;

use super::names::surfaces;
use super::phrase::{Head, Phrase, Reader, Source};
use crate::analysis::hashing::FastSet;
use crate::analysis::lexicon::credits::{
    singular, AGENT_PARTICIPLES, ATTRIBUTION_VERBS, CLAUSE_OPENERS, CLAUSE_VERBS, COURT_WORDS,
    DOCUMENT_NOUNS, EVIDENCE_VERBS, INVERTED_VERBS, ISSUING_VERBS, PARTICIPLE_CUES, PHOTO_WORDS,
    POSSESSED_DOCUMENTS, PREPOSITIONS, RECORDING_PARTICIPLES, RULING_VERBS, SUBJECT_VERB_FILLERS,
};
use crate::analysis::SourceKind;
use crate::calendar::is_calendar_word;

/// Forms of "be" that make a following participle passive.
const BE: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];

/// Pronouns that are never resolved to a source.
const OTHER_PRONOUNS: &[&str] = &["it", "they", "we", "i", "you", "this", "that", "which", "there"];

/// Most tokens an apposition between a subject and its verb may hold.
const MAX_APPOSITION: usize = 24;

/// Most words of a caption's credit after a dash ("– Arif Ali/AFP via Getty Images").
const MAX_DASH_CREDIT_WORDS: usize = 9;

/// Most names credited together as one subject ("A, B and C said").
const MAX_LISTED: usize = 5;

/// Most words between an issuing verb and its document ("delivered the majority opinion").
const MAX_TO_DOCUMENT: usize = 4;

/// A source credited at a token of the passage, or an outlet addressed by a name the tables do
/// not know (resolved against the event's other credits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A source credited at this token.
    Credit(usize, Source),
    /// A one-word name addressed as an outlet ("told TyC"), at this token.
    Addressed(usize, String),
}

/// Words that can be a cue besides the lists' verbs and documents, so that every other word of a
/// paragraph is passed over at once.
const OTHER_CUES: &[&str] = &[
    "according",
    "based",
    "per",
    "citing",
    "quoting",
    "quoted",
    "quotes",
    "via",
    "by",
    "as",
    "published",
    "wrote",
    "writing",
    "writes",
    "told",
    "tell",
    "tells",
    "said",
    "says",
    "speaking",
    "spoke",
    "talking",
    "talked",
    "interview",
    "remarks",
    "decision",
    "decisions",
];

/// Whether the word at `i` can be a cue: a verb, a preposition or a document of the lists.
fn may_be_cue(reader: &Reader, i: usize) -> bool {
    static CUES: OnceLock<FastSet<String>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let words = [
            ATTRIBUTION_VERBS,
            EVIDENCE_VERBS,
            CLAUSE_VERBS,
            RULING_VERBS,
            ISSUING_VERBS,
            PARTICIPLE_CUES,
            INVERTED_VERBS,
            OTHER_CUES,
        ];
        let documents = POSSESSED_DOCUMENTS.iter().flat_map(|d| [d.to_string(), format!("{d}s")]);
        words.into_iter().flatten().map(|w| w.to_string()).chain(documents).collect()
    });
    cues.contains(reader.word(i))
}

/// Every credit a passage gives, in reading order.
pub fn read(reader: &Reader, article: usize) -> Vec<Found> {
    let mut found = Vec::new();
    let photos = photo_credits(reader.text);
    for i in 0..reader.tokens.len() {
        if reader.quoted[i] || !may_be_cue(reader, i) {
            continue;
        }
        let at = reader.tokens.get(i).map_or(0, |t| t.span.start);
        if photos.iter().any(|range| range.contains(&at)) {
            continue;
        }
        let before = found.len();
        read_at(reader, article, i, &mut found);
        // A social platform is where something was said, not who said it.
        let mut k = before;
        while k < found.len() {
            let platform =
                matches!(&found[k], Found::Credit(_, s) if reader.outlets.platforms.knows(&s.name));
            if platform {
                found.remove(k);
            } else {
                k += 1;
            }
        }
    }
    found
}

/// The credits of the cue at token `i`, if it is one.
fn read_at(reader: &Reader, article: usize, i: usize, found: &mut Vec<Found>) {
    let word = reader.word(i);
    let credit = |found: &mut Vec<Found>, phrase: Option<Phrase>, kind_from: usize| {
        if let Some(source) = phrase.and_then(|p| reader.sources(&p, article)) {
            found.push(Found::Credit(i, adjust_kind(reader, kind_from, source)));
        }
    };
    // "according to X", "per X", "citing X", "via X", "as reported by X".
    let after = match word {
        "according" if reader.word(i + 1) == "to" && reader.joined(i + 1) => Some(i + 2),
        "based" if reader.word(i + 1) == "on" && reader.joined(i + 1) => Some(i + 2),
        "per" | "citing" | "quoting" | "via" => Some(i + 1),
        "by" if is_agent(reader, i) => Some(i + 1),
        _ => None,
    };
    if let Some(start) = after {
        if reader.joined(start) {
            let phrase = reader.phrase_after(start);
            if word == "via" {
                // "said (via AlbicelesteTalk)", "via Reuters", "via Fabrizio Romano", but not
                // "escorted to Attock via Motorway": after a verb of saying or set apart, any
                // source; after other words, an agency, an outlet or a person, never a route.
                let set_apart = reader.gap(i).contains(['(', ',', '[']);
                let after_saying = i > 0 && ATTRIBUTION_VERBS.contains(&reader.word(i - 1));
                let medium = phrase.as_ref().and_then(|p| reader.sources(p, article)).filter(|source| {
                    set_apart
                        || after_saying
                        || !matches!(source.kind, SourceKind::Institution | SourceKind::Document)
                });
                if let Some(source) = medium {
                    found.push(Found::Credit(i, source));
                }
            } else {
                credit(found, phrase, start);
            }
        }
        return;
    }
    // "as X put it".
    if word == "as" && reader.joined(i + 1) && (i + 2..i + 8).any(|k| reader.word(k) == "put") {
        if let Some(phrase) = reader.phrase_after(i + 1) {
            if reader.word(phrase.end) == "put" && reader.word(phrase.end + 1) == "it" {
                credit(found, Some(phrase), i);
                return;
            }
        }
    }
    // "published in the Astrophysical Journal Letters" (a document); "wrote in The Atlantic" (an
    // outlet).
    if matches!(word, "published" | "wrote" | "writing" | "writes") {
        let into = (i + 1..i + 4).find(|&k| reader.word(k) == "in" && (i + 1..=k).all(|j| reader.joined(j)));
        if let Some(phrase) = into.and_then(|k| reader.phrase_after(k + 1)) {
            if matches!(phrase.head, Head::Name(_)) {
                if let Some(mut source) = reader.sources(&phrase, article) {
                    let medium = matches!(source.kind, SourceKind::Agency | SourceKind::Media);
                    if word == "published" || medium {
                        if !medium {
                            source.kind = SourceKind::Document;
                        }
                        found.push(Found::Credit(i, source));
                    }
                }
            }
        }
    }
    // "French media quoted the fire brigade as saying …": the quoting source and the quoted one.
    if matches!(word, "quoted" | "quotes") && reader.joined(i + 1) {
        let object = reader.phrase_after(i + 1).filter(|object| {
            reader.word(object.end) == "as" && matches!(reader.word(object.end + 1), "saying" | "telling")
        });
        if let Some(object) = object {
            for subject in subjects_before(reader, i) {
                credit(found, Some(subject), i + 1);
            }
            credit(found, Some(object), i + 1);
            return;
        }
    }
    addressed(reader, article, i, found);
    possessed_document(reader, article, i, found);
    let lowercase = reader.tokens.get(i).is_some_and(|t| !t.capitalised || t.sentence_initial);
    if !lowercase {
        return;
    }
    let clause_follows = reader.word(i + 1) == "that" || reader.gap(i + 1).contains(['"', '“', ':', ',']);
    // "agreed with the ruling" is a view, "agreed to meet" an act; "a man called Tetsuya" names.
    let agreeing = matches!(word, "agreed" | "disagreed") && !matches!(reader.word(i + 1), "with" | "that");
    let naming = matches!(word, "called" | "calls") && reader.joined(i + 1) && reader.is_name(i + 1);
    let verb = ATTRIBUTION_VERBS.contains(&word) && !agreeing && !naming
        || CLAUSE_VERBS.contains(&word) && clause_follows;
    let evidence = EVIDENCE_VERBS.contains(&word);
    let ruling = RULING_VERBS.contains(&word);
    let issuing = ISSUING_VERBS.contains(&word) && issues_document(reader, i);
    let participle = PARTICIPLE_CUES.contains(&word) && reader.gap(i).trim() == ",";
    if !(verb || evidence || ruling || issuing || participle) {
        return;
    }
    // "Media reports said": a noun, not a verb; "declined to comment": no statement.
    if reader.joined(i + 1) && ATTRIBUTION_VERBS.contains(&reader.word(i + 1)) {
        return;
    }
    if i > 0 && reader.joined(i) && reader.word(i - 1) == "to" {
        return;
    }
    // "Editor's note:", "the president's remarks": a noun after a possessive.
    if i > 0 && reader.joined(i) && reader.is_possessive(i - 1) {
        return;
    }
    if participle {
        let is_subject = |p: &Phrase| {
            matches!(p.head, Head::Name(_) | Head::Role(SourceKind::Person | SourceKind::Institution))
                && opens_clause(reader, p.start)
        };
        let subject = reader.subject_before(i).filter(is_subject).or_else(|| sentence_subject(reader, i));
        credit(found, subject, i + 1);
        return;
    }
    // "…, triggered the eruption, said Eko Budi Lelono", "…, reports Xinhua": a verb after a
    // comma with its subject right after it; the words before the comma are no subject.
    // ("told" and "asked" take whom they address there: "…, told Reuters").
    let addresses = matches!(word, "told" | "asked");
    let inverted =
        verb && !addresses && INVERTED_VERBS.contains(&word) && i > 0 && reader.gap(i).trim() == ",";
    if let Some(phrase) = inverted.then(|| inverted_subject(reader, i)).flatten() {
        let end = phrase.end;
        credit(found, Some(phrase), end);
        return;
    }
    let subjects = subjects_before(reader, i);
    if !subjects.is_empty() {
        for phrase in subjects {
            let document = matches!(phrase.head, Head::Document(_));
            let keep = verb || issuing || document && evidence || ruling && is_court(reader, &phrase);
            if keep {
                credit(found, Some(phrase), i + 1);
            }
        }
        return;
    }
    if verb && INVERTED_VERBS.contains(&word) {
        let after_quote = i > 0 && (reader.quoted[i - 1] || reader.gap(i).contains(['"', '”', '’', '\'']));
        let after_comma = i > 0 && reader.gap(i).trim() == ",";
        if after_quote || after_comma {
            if let Some(phrase) = reader.phrase_after(i + 1) {
                let closed = phrase.end >= reader.tokens.len()
                    || !reader.joined(phrase.end)
                    || reader.word(phrase.end) == "as";
                if after_quote || closed {
                    let end = phrase.end;
                    credit(found, Some(phrase), end);
                }
            }
        }
    }
}

/// The subject right after an inverted verb at `verb` ("said Eko Budi Lelono", "adds astronomer
/// X"), when it is a name or a person's or body's role and closes the clause.
fn inverted_subject(reader: &Reader, verb: usize) -> Option<Phrase> {
    if !reader.joined(verb + 1) {
        return None;
    }
    let phrase = reader.phrase_after(verb + 1)?;
    let subject =
        matches!(phrase.head, Head::Name(_) | Head::Role(SourceKind::Person | SourceKind::Institution));
    let closed =
        phrase.end >= reader.tokens.len() || !reader.joined(phrase.end) || reader.word(phrase.end) == "as";
    (subject && closed).then_some(phrase)
}

/// "told X", "said to X", "an interview with X": X is credited when it is an outlet. A one-word
/// name the tables do not know is kept to be matched against the event's outlets.
fn addressed(reader: &Reader, article: usize, i: usize, found: &mut Vec<Found>) {
    let start = match reader.word(i) {
        "told" | "tell" | "tells" => i + 1,
        "said" | "says" | "speaking" | "spoke" | "talking" | "talked" | "interview" | "remarks"
            if matches!(reader.word(i + 1), "to" | "with") && reader.joined(i + 1) =>
        {
            i + 2
        }
        _ => return,
    };
    if !reader.joined(start) {
        return;
    }
    let Some(phrase) = reader.phrase_after(start) else { return };
    // "told TyC Sports", "told local media", "told French media": a name, or media said whose
    // ("told media", "told a press conference" address the press at large, as "told reporters").
    let named = matches!(phrase.head, Head::Name(_)) || whose_media(reader, &phrase);
    let media = |source: &Source| matches!(source.kind, SourceKind::Agency | SourceKind::Media);
    match (reader.sources(&phrase, article), &phrase.head) {
        (Some(source), _) if media(&source) && named => found.push(Found::Credit(i, source)),
        (_, Head::Name(run)) if run.len() == 1 => {
            if let Some(token) = reader.tokens.get(run.start) {
                found.push(Found::Addressed(i, token.surface.to_string()));
            }
        }
        _ => {}
    }
}

/// Words that say whose media a phrase names ("local media", "state television").
const MEDIA_QUALIFIERS: &[&str] =
    &["local", "state", "national", "foreign", "international", "regional", "public", "private", "official"];

/// Whether a media phrase says whose media it is: a name or a qualifier before its noun ("French
/// media", "local television"), not the press at large ("media", "a press conference").
fn whose_media(reader: &Reader, phrase: &Phrase) -> bool {
    let event = matches!(reader.word(phrase.end), "conference" | "briefing" | "release" | "call");
    let qualified = (phrase.start..phrase.end.saturating_sub(1)).any(|k| {
        MEDIA_QUALIFIERS.contains(&reader.word(k))
            || reader.tokens.get(k).is_some_and(|t| t.capitalised && !t.sentence_initial)
    });
    qualified && !event
}

/// "the ministry's statement", "Biden's remarks", "the court's 5-4 decision": the possessive's
/// owner issued the document.
fn possessed_document(reader: &Reader, article: usize, i: usize, found: &mut Vec<Found>) {
    let noun = singular(reader.word(i));
    let decision = noun == "decision";
    if !(POSSESSED_DOCUMENTS.contains(&&*noun) || POSSESSED_DOCUMENTS.contains(&reader.word(i)) || decision) {
        return;
    }
    // The possessive, at most two modifiers before the noun.
    let owner = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| reader.joined(k + 1) || reader.gap(k + 1) == "-")
        .find(|&k| {
            reader.tokens.get(k).is_some_and(|t| t.surface.ends_with("'s") || t.surface.ends_with("s'"))
        });
    let Some(owner) = owner else { return };
    // "Editor's note:" labels what follows; it credits nobody.
    if reader.gap(i + 1).trim_start().starts_with(':') {
        return;
    }
    // "Jackson Women's Health Organization ruling": the possessive is inside a name.
    if (owner + 1..i).any(|k| reader.is_name(k)) {
        return;
    }
    let Some(phrase) = reader.phrase_before(owner + 1) else { return };
    if decision && !is_court(reader, &phrase) {
        return;
    }
    if let Some(mut source) = reader.sources(&phrase, article) {
        if source.kind == SourceKind::Person {
            source.kind = SourceKind::Document;
        }
        found.push(Found::Credit(i, source));
    }
}

/// Whether the issuing verb at `i` is followed by a document ("delivered the majority opinion",
/// "issued a statement").
fn issues_document(reader: &Reader, i: usize) -> bool {
    (i + 1..i + 1 + MAX_TO_DOCUMENT).take_while(|&k| reader.joined(k)).any(|k| {
        let noun = singular(reader.word(k));
        DOCUMENT_NOUNS.contains(&&*noun) && !matches!(&*noun, "image" | "photo" | "video" | "footage")
    })
}

/// Whether a phrase names a court or its judges ("the Supreme Court", "the court's three
/// liberal justices").
fn is_court(reader: &Reader, phrase: &Phrase) -> bool {
    let last = phrase.end.saturating_sub(1);
    COURT_WORDS.contains(&reader.word(last)) || COURT_WORDS.contains(&&*singular(reader.word(last)))
}

/// Whether the "by" at `i` gives a participle's agent ("reported by", "quoted as saying by",
/// "footage captured by"), and not a photo's ("Photo by", "picture taken by").
fn is_agent(reader: &Reader, i: usize) -> bool {
    if i == 0 || !reader.joined(i) {
        return false;
    }
    let participle = reader.word(i - 1);
    let recording = RECORDING_PARTICIPLES.contains(&participle)
        && (i.saturating_sub(4)..i - 1).any(|k| DOCUMENT_NOUNS.contains(&&*singular(reader.word(k))));
    if !(AGENT_PARTICIPLES.contains(&participle) || recording) {
        return false;
    }
    let from = i.saturating_sub(4);
    !(from..i).any(|k| PHOTO_WORDS.contains(&reader.word(k).trim_end_matches('s')))
}

/// The photo credits of a paragraph: the byte ranges of parentheses that hold a photo word or a
/// slash ("(AP Photo/Steve Helber)", "(Erin Schaff/The New York Times via AP, Pool, File)"), and
/// a caption's credit after a dash at its end ("… on Saturday – Arif Ali/AFP via Getty Images").
fn photo_credits(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    if let Some(dash) = text.rfind(" – ").or_else(|| text.rfind(" - ")) {
        let tail = &text[dash..];
        let short = tail.split_whitespace().count() <= MAX_DASH_CREDIT_WORDS;
        let credit = tail.contains('/') || tail.contains("Getty") || tail.contains(" via ");
        if short && credit {
            found.push(dash..text.len());
        }
    }
    let mut from = 0;
    while let Some(open) = text.get(from..).and_then(|rest| rest.find('(')).map(|b| from + b) {
        let close = text.get(open..).and_then(|rest| rest.find(')')).map_or(text.len(), |b| open + b);
        let inside = text.get(open..close).unwrap_or("");
        let photo = inside.contains('/')
            || inside
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| PHOTO_WORDS.contains(&w.to_lowercase().trim_end_matches('s')));
        if photo {
            found.push(open..close);
        }
        from = close.max(open + 1);
    }
    found
}

/// Whether a phrase starting at token `start` can be a clause's subject: it opens the sentence,
/// follows punctuation, or follows a word such as "and", "that" or "after".
fn opens_clause(reader: &Reader, start: usize) -> bool {
    start == 0 || !reader.joined(start) || CLAUSE_OPENERS.contains(&reader.word(start - 1))
}

/// Whether a subject phrase is the object of a preposition instead ("at the University of X").
fn after_preposition(reader: &Reader, phrase: &Phrase) -> bool {
    phrase.start > 0 && reader.joined(phrase.start) && PREPOSITIONS.contains(&reader.word(phrase.start - 1))
}

/// The phrases that are the subject of the verb at `verb` (several for "A, B and C said").
fn subjects_before(reader: &Reader, verb: usize) -> Vec<Phrase> {
    let mut end = verb;
    loop {
        if end == 0 || !reader.joined(end) {
            break;
        }
        let previous = end - 1;
        let word = reader.word(previous);
        let adverb = word.ends_with("ly") && word.len() > 4 && !reader.is_name(previous);
        if SUBJECT_VERB_FILLERS.contains(&word) || adverb {
            end = previous;
            continue;
        }
        // "Putin on Thursday said", but "Theresa May tweeted": a month that is a surname stays.
        let date = is_calendar_word(word) && !reader.is_name(previous);
        if date || matches!(word, "morning" | "afternoon" | "evening" | "night") {
            end = previous;
            if end > 0
                && reader.joined(end)
                && matches!(reader.word(end - 1), "on" | "late" | "early" | "last" | "this")
            {
                end -= 1;
            }
            continue;
        }
        break;
    }
    if end == 0 {
        return Vec::new();
    }
    let previous = end - 1;
    let gap = reader.gap(end);
    if reader.joined(end) {
        let word = reader.word(previous);
        if BE.contains(&word) {
            // "X was quoted as saying": the subject said it.
            if reader.word(verb) == "quoted" && reader.word(verb + 1) == "as" {
                return subjects_before(reader, previous);
            }
            return Vec::new();
        }
        if word == "who" {
            let gap = reader.gap(previous);
            if previous > 0 && (reader.joined(previous) || gap.trim() == ",") {
                return reader.phrase_before(previous).into_iter().collect();
            }
            return Vec::new();
        }
        if word == "and" {
            return sentence_subject(reader, previous).into_iter().collect();
        }
        if OTHER_PRONOUNS.contains(&word) {
            return Vec::new();
        }
        let subjects = listed(reader, reader.subject_before(end));
        if subjects.first().is_some_and(|p| after_preposition(reader, p)) {
            return Vec::new();
        }
        return subjects;
    }
    // "The US Geological Survey (USGS) said".
    if gap.trim() == ")" && reader.gap(previous).trim_end().ends_with('(') && reader.is_name(previous) {
        return reader.phrase_before(previous).into_iter().collect();
    }
    if matches!(gap.trim(), "," | "),") {
        return past_apposition(reader, verb, end);
    }
    Vec::new()
}

/// The subject before an apposition that ends with a comma right before the verb ("X, a Harvard
/// astronomer, said", "Apple CEO Tim Cook, during the launch event in Cupertino, California,
/// said"): going back comma by comma, the first name that can open a clause, else the first
/// role that can ("the fire chief, who arrived late, said").
fn past_apposition(reader: &Reader, verb: usize, end: usize) -> Vec<Phrase> {
    let mut role: Option<Phrase> = None;
    let mut open = end - 1;
    while open > 0 && verb - open < MAX_APPOSITION {
        let gap = reader.gap(open);
        if gap.contains(',') {
            match reader.subject_before(open) {
                Some(subject @ Phrase { head: Head::Name(_), .. }) if opens_clause(reader, subject.start) => {
                    return vec![subject];
                }
                Some(found @ Phrase { head: Head::Role(SourceKind::Person), .. })
                    if opens_clause(reader, found.start) && role.is_none() =>
                {
                    // "Apple's CEO, Tim Cook, said": the name.
                    if (open..end).all(|k| reader.is_name(k)) {
                        return reader.phrase_before(end).into_iter().collect();
                    }
                    role = Some(found);
                }
                _ => {}
            }
        }
        let initial = reader.tokens.get(open - 1).is_some_and(|t| t.surface.chars().count() == 1);
        let hard = gap.contains(['"', '“', '”', ';', ':', '—', '–']) || gap.contains('.') && !initial;
        if hard || reader.quoted[open - 1] {
            break;
        }
        open -= 1;
    }
    role.into_iter().collect()
}

/// The names listed before `phrase` with it ("Justices Kagan, Sotomayor and Breyer"), each its own
/// subject; the list must end in "and".
fn listed(reader: &Reader, phrase: Option<Phrase>) -> Vec<Phrase> {
    let Some(mut last) = phrase else { return Vec::new() };
    let mut all = vec![last.clone()];
    let mut needs_and = true;
    while all.len() < MAX_LISTED && matches!(last.head, Head::Name(_)) && last.start > 1 {
        let start = last.start;
        let before = if needs_and {
            (reader.word(start - 1) == "and" && reader.joined(start) && reader.joined(start - 1))
                .then(|| start - 1)
        } else if reader.gap(start).trim() == "," {
            Some(start)
        } else if reader.word(start - 1) == "and"
            && reader.joined(start)
            && reader.gap(start - 1).trim() == ","
        {
            Some(start - 1)
        } else {
            None
        };
        let Some(end) = before else { break };
        match reader.subject_before(end) {
            Some(item @ Phrase { head: Head::Name(_), .. }) => {
                all.push(item.clone());
                last = item;
                needs_and = false;
            }
            _ => break,
        }
    }
    if all.len() > 1 && needs_and {
        all.truncate(1);
    }
    all
}

/// The subject that opens the sentence holding token `at`, when it is a name or a person's or
/// body's role right before its verb: "Police arrested a man and said …" (at "and"), "Chief
/// Justice John Roberts would have stopped short …, noting that …" (at "noting").
fn sentence_subject(reader: &Reader, at: usize) -> Option<Phrase> {
    let byte = reader.tokens.get(at)?.span.start;
    let sentence = reader.doc.passages.get(reader.passage)?.sentence_range_at(byte);
    let first = reader.tokens.iter().position(|t| t.span.start >= sentence.start)?;
    let phrase = reader.phrase_after(first)?;
    let subject =
        matches!(phrase.head, Head::Name(_) | Head::Role(SourceKind::Person | SourceKind::Institution));
    let next = reader.tokens.get(phrase.end)?;
    let verb_next = reader.joined(phrase.end) && !next.capitalised && !next.number;
    (subject && verb_next && phrase.end < at).then_some(phrase)
}

/// A person's or body's credit is a document's when the words after its verb say so ("said in a
/// statement"), and a post's when they name a platform or the verb is one ("tweeted").
fn adjust_kind(reader: &Reader, after: usize, mut source: Source) -> Source {
    if !matches!(source.kind, SourceKind::Person | SourceKind::Institution) {
        return source;
    }
    let verb = reader.word(after.saturating_sub(1));
    if matches!(verb, "tweeted" | "tweets" | "posted" | "posts") {
        source.kind = SourceKind::SocialPost;
        return source;
    }
    let words: Vec<&str> = (after..after + 4).map(|k| reader.word(k)).collect();
    let platform = reader.word(after) == "on"
        && reader
            .tokens
            .get(after + 1..after + 3)
            .is_some_and(|t| reader.outlets.platforms.longest_at(&surfaces(t), 0).is_some());
    if platform {
        source.kind = SourceKind::SocialPost;
    } else if words.first() == Some(&"in")
        && words.iter().skip(1).take(3).any(|w| DOCUMENT_NOUNS.contains(w) && *w != "interview")
    {
        source.kind = SourceKind::Document;
    }
    source
}
