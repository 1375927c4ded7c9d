//! People and speakers: names in the text, who is a person, one canonical name per person, and
//! who says a quote.
//!
//! A name is a run of capitalised words (see [`Document::is_name_token`]) with nothing but spaces
//! between them. Title words inside the run or just before it ("US President Donald Trump",
//! "Kremlin aide Yuri Ushakov", "his adviser, Yuri Ushakov"), or a role in apposition after it
//! ("Fergus Saurin, a lawyer representing …", but not "… with Ukraine, a Kremlin aide said",
//! where the role is the verb's subject), are split off: they mark the name as a person's and
//! are remembered for resolving descriptors later ("the presidential aide"). A name that only
//! qualifies a title ("the US leader") is part of a descriptor, never the speaker itself.
//!
//! A middle initial inside a name is dropped, and so is a generational suffix ("Justice Samuel A.
//! Alito Jr." is "Samuel Alito"), so that the full form merges with the others.
//!
//! Names are merged within the event by surname: "Yuri Ushakov", "Yury Ushakov" and "Ushakov"
//! become the longest form seen (the most frequent among equally long ones), as long as the
//! full forms have compatible first names (equal, an initial, or one letter apart). Two people
//! with one surname ("Donald Trump", "Melania Trump") stay apart, and the bare surname then
//! stays as written.
//!
//! A quote's speaker is read, in this order of trust: an attribution right after the quote
//! (`"…," X said` / `said X`), a speech verb before it in the same sentence (`X said, "…"`,
//! `X stated that "…"`, `according to X`; a verb going on from an attribution, `he said, adding
//! … "…"`, takes that attribution's subject), then an attribution elsewhere after it in the
//! sentence.
//! A pronoun ("he", "she", and the Nigerian Pidgin "e" and "im" of `"…," e tok`) stands for the
//! last person named before it in the article (outside quotes), passing
//! over a name in the possessive for a person named before it in its paragraph ("Fumio Kishida,
//! Mr Abe's protege, said …" — "he" is Kishida); a
//! descriptor ("the US leader") stands for the one person introduced earlier in the article with
//! matching title words, and for nobody if that is not exactly one. Otherwise the speaker is
//! unknown: it is never guessed.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::rc::Rc;

use super::document::Document;
use super::lexicon::PERSON_PRONOUNS;
use super::quotes::marks::Span;
use super::text::{is_post_quote_verb, is_speech_verb, is_title_word, Token};

/// A name found in a passage.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The passage it is in.
    pub passage: usize,
    /// Byte range of the name itself (titles excluded) in the passage text.
    pub span: Range<usize>,
    /// Index of the name's first token in the passage's tokens.
    pub first_token: usize,
    /// Index just past the name's last token.
    pub end_token: usize,
    /// The name as written, titles excluded.
    pub name: String,
    /// Lowercased title and modifier words written with it ("us", "president").
    pub titles: Vec<String>,
    /// Whether one of those is a title word proper (so this is a person).
    pub titled: bool,
    /// Whether it stands inside a quote.
    pub in_quote: bool,
    /// Whether it is written in the possessive ("Mr Abe's protege", "Khan's lawyer"): it then
    /// names whom something belongs to, not who acts.
    pub possessive: bool,
}

/// Who speaks, resolved to a canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The canonical name.
    pub name: String,
    /// The passage and byte where the speaker is named (or referred to).
    pub at: (usize, usize),
}

/// Everything known about the names of an event.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Each passage's tokens (shared by passages with the same text).
    pub tokens: Vec<Rc<[Token]>>,
    /// Each passage's quoted spans.
    pub spans: Vec<Vec<Span>>,
    /// Every name mention, in passage order.
    pub mentions: Vec<Mention>,
    /// The indexes into `mentions` of each passage's names.
    by_passage: Vec<Vec<usize>>,
    /// The canonical form of each name as written.
    canonical: HashMap<String, String>,
    /// Canonical names that are people.
    persons: HashSet<String>,
    /// Title words seen with each canonical name, per article.
    titles: HashMap<(usize, String), HashSet<String>>,
    /// Title words seen with each canonical name anywhere in the event.
    all_titles: HashMap<String, HashSet<String>>,
    /// The last words of the names of several words that are people's ("Cook" of "Tim Cook").
    person_surnames: HashSet<String>,
}

impl People {
    /// Reads the names of every passage of the event.
    pub fn new(doc: &Document, spans: Vec<Vec<Span>>) -> People {
        let tokens: Vec<Rc<[Token]>> = doc.passages.iter().map(|p| Rc::from(doc.passage_tokens(p))).collect();
        let mut mentions = Vec::new();
        for (index, passage) in doc.passages.iter().enumerate() {
            let (Some(passage_tokens), Some(passage_spans)) = (tokens.get(index), spans.get(index)) else {
                continue;
            };
            mentions.extend(find_mentions(doc, index, &passage.text, passage_tokens, passage_spans));
        }
        let mut by_passage = vec![Vec::new(); doc.passages.len()];
        for (index, mention) in mentions.iter().enumerate() {
            if let Some(list) = by_passage.get_mut(mention.passage) {
                list.push(index);
            }
        }
        let mut people = People { tokens, spans, mentions, by_passage, ..People::default() };
        people.build_canonical_names();
        for mention in &people.mentions {
            let canonical = people.canonical_name(&mention.name);
            let Some(article) = doc.passages.get(mention.passage).map(|p| p.article) else { continue };
            // An acronym is a body or a thing, not a person, even after a word that can be a title
            // ("the official COVID toll", "US President … NATO").
            let acronym = !mention.name.contains(' ')
                && mention.name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            if mention.titled && !acronym {
                people.persons.insert(canonical.clone());
            }
            let words = mention.titles.iter().cloned();
            people.titles.entry((article, canonical.clone())).or_default().extend(words.clone());
            people.all_titles.entry(canonical).or_default().extend(words);
        }
        let surnames: HashSet<String> = people
            .mentions
            .iter()
            .filter(|m| m.name.split_whitespace().nth(1).is_some())
            .filter(|m| people.is_person(&people.canonical_name(&m.name)))
            .filter_map(|m| m.name.rsplit(' ').next().map(str::to_string))
            .collect();
        people.person_surnames = surnames;
        people
    }

    /// Whether a single word is the last word of a person's name of several words ("Cook" of a
    /// "Tim Cook" the event titles).
    pub fn is_person_surname(&self, word: &str) -> bool {
        self.person_surnames.contains(word)
    }

    /// Groups names by surname and picks each group's canonical form: the longest form, the most
    /// frequent among equally long ones.
    fn build_canonical_names(&mut self) {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for mention in &self.mentions {
            *counts.entry(mention.name.clone()).or_default() += 1;
        }
        let mut by_surname: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for (name, count) in counts {
            by_surname.entry(surname_key(&name)).or_default().push((name, count));
        }
        for forms in by_surname.values_mut() {
            forms.sort_by(|a, b| {
                word_len(&b.0)
                    .cmp(&word_len(&a.0))
                    .then(b.1.cmp(&a.1))
                    .then(b.0.len().cmp(&a.0.len()))
                    .then(a.0.cmp(&b.0))
            });
            // People with this surname: each full form joins the first compatible person.
            let mut persons: Vec<String> = Vec::new();
            for (name, _) in forms.iter().filter(|(name, _)| word_len(name) > 1) {
                match persons.iter().find(|best| compatible(name, best)) {
                    Some(best) => {
                        self.canonical.insert(name.clone(), best.clone());
                    }
                    None => {
                        persons.push(name.clone());
                        self.canonical.insert(name.clone(), name.clone());
                    }
                }
            }
            for (name, _) in forms.iter().filter(|(name, _)| word_len(name) <= 1) {
                let target = match persons.as_slice() {
                    [only] => only.clone(),
                    _ => name.clone(),
                };
                self.canonical.insert(name.clone(), target);
            }
        }
    }

    /// The names of one passage, in order.
    pub fn mentions_in(&self, passage: usize) -> impl DoubleEndedIterator<Item = &Mention> {
        self.by_passage.get(passage).into_iter().flatten().filter_map(|&i| self.mentions.get(i))
    }

    /// The names of `at`'s article before `at`, nearest first.
    fn before<'s>(&'s self, doc: &'s Document, at: (usize, usize)) -> impl Iterator<Item = &'s Mention> + 's {
        let article = doc.passages.get(at.0).map(|p| p.article);
        (0..=at.0)
            .rev()
            .take_while(move |&p| doc.passages.get(p).map(|x| x.article) == article)
            .flat_map(move |p| self.mentions_in(p).rev())
            .filter(move |m| (m.passage, m.span.start) < at)
    }

    /// The canonical form of a name as written.
    pub fn canonical_name(&self, name: &str) -> String {
        self.canonical.get(name).cloned().unwrap_or_else(|| name.to_string())
    }

    /// Whether a canonical name is a person's.
    pub fn is_person(&self, canonical: &str) -> bool {
        self.persons.contains(canonical)
    }

    /// Title words seen with a canonical name anywhere in the event.
    pub fn titles_of(&self, canonical: &str) -> impl Iterator<Item = &String> {
        self.all_titles.get(canonical).into_iter().flatten()
    }

    /// The last person named before `at` in the same article, outside quotes. A name in the
    /// possessive ("Fumio Kishida, Mr Abe's protege, said …") is passed over for a person named
    /// before it in its paragraph, if there is one.
    fn last_person_before(&self, doc: &Document, at: (usize, usize)) -> Option<String> {
        let mut persons =
            self.before(doc, at).filter(|m| !m.in_quote && self.is_person(&self.canonical_name(&m.name)));
        let last = persons.next()?;
        let actor = if last.possessive {
            persons.take_while(|m| m.passage == last.passage).find(|m| !m.possessive).unwrap_or(last)
        } else {
            last
        };
        Some(self.canonical_name(&actor.name))
    }

    /// The one person introduced earlier in the article whose titles fit a descriptor such as
    /// "the US leader"; `None` unless exactly one fits best.
    pub fn resolve_descriptor(&self, doc: &Document, words: &[String], at: (usize, usize)) -> Option<String> {
        let (role, modifiers) = words.split_last()?;
        let article = doc.passages.get(at.0)?.article;
        let mut seen = Vec::new();
        for mention in self.before(doc, at) {
            let name = self.canonical_name(&mention.name);
            if self.is_person(&name) && !seen.contains(&name) {
                seen.push(name);
            }
        }
        let mut best: Option<(usize, String)> = None;
        let mut tie = false;
        for name in seen {
            let Some(titles) = self.titles.get(&(article, name.clone())) else { continue };
            if !role_fits(role, titles) {
                continue;
            }
            let score = 1 + modifiers.iter().filter(|m| titles.contains(*m)).count();
            match &best {
                Some((top, _)) if score < *top => {}
                Some((top, _)) if score == *top => tie = true,
                _ => {
                    best = Some((score, name));
                    tie = false;
                }
            }
        }
        if tie {
            return None;
        }
        best.map(|(_, name)| name)
    }

    /// Who says the quote `span` of passage `passage` (see the module docs for the rules).
    pub fn speaker_of(&self, doc: &Document, passage: usize, span: &Span, end: usize) -> Option<Speaker> {
        let text = &doc.passages.get(passage)?.text;
        let tokens = self.tokens.get(passage)?;
        let sentence = doc.passages.get(passage)?.sentence_range_at(span.open);
        let sentence_start = sentence.start.min(span.open);
        let post_end = self
            .spans
            .get(passage)
            .and_then(|spans| spans.iter().find(|s| s.open >= end))
            .map_or(text.len(), |s| s.open)
            .min(doc.passages.get(passage)?.sentence_range_at(end.saturating_sub(1)).end.max(end));
        let post: Vec<usize> = token_range(tokens, end, post_end);
        let pre: Vec<usize> = token_range(tokens, sentence_start, span.open);
        let immediate = post.first().is_some_and(|&first| {
            text.get(end..tokens[first].span.start)
                .is_some_and(|gap| gap.chars().all(|c| !c.is_alphanumeric()))
        });
        if immediate {
            if let Some(found) = self.attribution_after(doc, passage, tokens, &post, text, true) {
                return Some(found);
            }
            if let Some(found) = self.appositive_speaker(passage, tokens, &post, text) {
                return Some(found);
            }
        }
        if let Some(found) = self.attribution_before(doc, passage, tokens, &pre, text) {
            return Some(found);
        }
        self.attribution_after(doc, passage, tokens, &post, text, false)
    }

    /// People credited with reported speech inside `range` of a passage, outside quotes:
    /// `X said …`, `said X`, `according to X`.
    pub fn speakers_in(&self, doc: &Document, passage: usize, range: std::ops::Range<usize>) -> Vec<Speaker> {
        let (Some(text), Some(tokens)) =
            (doc.passages.get(passage).map(|p| p.text.as_str()), self.tokens.get(passage))
        else {
            return Vec::new();
        };
        let spans = self.spans.get(passage).map(Vec::as_slice).unwrap_or(&[]);
        let inside = |at: usize| spans.iter().any(|s| s.inner.start <= at && at < s.inner.end);
        let indexes: Vec<usize> = token_range(tokens, range.start, range.end)
            .into_iter()
            .filter(|&i| !inside(tokens[i].span.start))
            .collect();
        let first = indexes.first().copied();
        let mut found = Vec::new();
        for (n, &i) in indexes.iter().enumerate() {
            let lower = tokens[i].surface.to_lowercase();
            if lower == "according" && indexes.get(n + 1).is_some_and(|&j| tokens[j].norm == "to") {
                if let Some(&j) = indexes.get(n + 2) {
                    found.extend(self.subject_starting_at(doc, passage, tokens, j));
                }
            } else if is_post_quote_verb(&lower) {
                match self.subject_ending_before(doc, passage, tokens, text, i, first) {
                    Some(speaker) => found.push(speaker),
                    None => {
                        if let Some(&next) = indexes.get(n + 1) {
                            if adjacent(text, tokens, i, next) {
                                found.extend(self.subject_starting_at(doc, passage, tokens, next));
                            }
                        }
                    }
                }
            }
        }
        found
    }

    /// `X said` / `said X` at the start of `post` (or anywhere in it, when `at_start` is false).
    fn attribution_after(
        &self,
        doc: &Document,
        passage: usize,
        tokens: &[Token],
        post: &[usize],
        text: &str,
        at_start: bool,
    ) -> Option<Speaker> {
        for (n, &i) in post.iter().enumerate() {
            let token = &tokens[i];
            if at_start && n > 6 {
                break;
            }
            let lower = token.surface.to_lowercase();
            if lower == "according" && post.get(n + 1).is_some_and(|&j| tokens[j].norm == "to") {
                if let Some(&j) = post.get(n + 2) {
                    if let Some(found) = self.subject_starting_at(doc, passage, tokens, j) {
                        return Some(found);
                    }
                }
            }
            if !is_post_quote_verb(&lower) {
                continue;
            }
            // "X said": the subject ends right before the verb.
            if let Some(found) =
                self.subject_ending_before(doc, passage, tokens, text, i, post.first().copied())
            {
                return Some(found);
            }
            // "said X".
            if let Some(&next) = post.get(n + 1) {
                if adjacent(text, tokens, i, next) {
                    if let Some(found) = self.subject_starting_at(doc, passage, tokens, next) {
                        return Some(found);
                    }
                }
            }
            if at_start {
                break;
            }
        }
        None
    }

    /// `"…," X, a Harvard astronomer and project director, said …`: a name right after the quote
    /// (after its titles, if any: "Prime Minister Fumio Kishida, Abe's protege, told reporters"),
    /// set off by a comma, whose description runs up to a speech verb later in the sentence.
    fn appositive_speaker(
        &self,
        passage: usize,
        tokens: &[Token],
        post: &[usize],
        text: &str,
    ) -> Option<Speaker> {
        let &first = post.first()?;
        let mention = self.mentions_in(passage).find(|m| {
            let before = tokens.get(first..m.first_token);
            let titled =
                before.is_some_and(|words| words.iter().all(|t| m.titles.contains(&t.norm.to_string())));
            let after = tokens.get(m.end_token.saturating_sub(1));
            let comma = after
                .and_then(|t| text.get(t.span.end..))
                .is_some_and(|gap| gap.trim_start().starts_with(','));
            titled && comma
        })?;
        let rest = post.iter().position(|&i| i >= mention.end_token)?;
        let verb = post[rest..]
            .iter()
            .take(MAX_APPOSITIVE_WORDS)
            .position(|&i| is_post_quote_verb(&tokens[i].surface.to_lowercase()))?;
        // The verb ends the description: a comma right before it ("…, said") or its own clause.
        let verb_token = post[rest + verb];
        let before_verb = tokens.get(verb_token.checked_sub(1)?)?;
        let joins = text
            .get(before_verb.span.end..tokens[verb_token].span.start)
            .is_some_and(|gap| gap.trim().is_empty() || gap.trim() == ",");
        joins.then(|| Speaker { name: self.canonical_name(&mention.name), at: (passage, mention.span.start) })
    }

    /// A speech verb before the quote in its sentence, and its subject.
    fn attribution_before(
        &self,
        doc: &Document,
        passage: usize,
        tokens: &[Token],
        pre: &[usize],
        text: &str,
    ) -> Option<Speaker> {
        let first = pre.first().copied();
        for (n, &i) in pre.iter().enumerate().rev() {
            let lower = tokens[i].surface.to_lowercase();
            if lower == "according" && pre.get(n + 1).is_some_and(|&j| tokens[j].norm == "to") {
                if let Some(&j) = pre.get(n + 2) {
                    if let Some(found) = self.subject_starting_at(doc, passage, tokens, j) {
                        return Some(found);
                    }
                }
            }
            if !is_speech_verb(&lower) {
                continue;
            }
            if let Some(found) = self.subject_ending_before(doc, passage, tokens, text, i, first) {
                return Some(found);
            }
            // A verb that goes on from an attribution ("…," he said, adding he would …): the
            // attribution's subject, read at the verb before it.
            if n > 0 && follows_speech_verb(text, tokens, pre[n - 1], i) {
                continue;
            }
            // A verb without a subject of its own ("…, explaining it would be …"): the sentence's
            // subject, when the sentence opens with a person or a pronoun.
            return pre[..n].iter().find_map(|&j| {
                let found = self.subject_starting_at(doc, passage, tokens, j)?;
                let opening = pre.first().is_some_and(|&f| j <= f + 4);
                (opening && (self.is_person(&found.name) || is_pronoun(&tokens[j]))).then_some(found)
            });
        }
        None
    }

    /// The speaker named by the tokens that end right before token `verb` (skipping adverbs and
    /// auxiliaries), not reaching before token `floor`.
    fn subject_ending_before(
        &self,
        doc: &Document,
        passage: usize,
        tokens: &[Token],
        text: &str,
        verb: usize,
        floor: Option<usize>,
    ) -> Option<Speaker> {
        let floor = floor.unwrap_or(0);
        let mut end = verb;
        while end > floor {
            let candidate = &tokens[end - 1];
            if !adjacent(text, tokens, end - 1, end) {
                return None;
            }
            if is_filler(candidate) {
                end -= 1;
                continue;
            }
            break;
        }
        if end == 0 || end <= floor && floor > 0 {
            return None;
        }
        let last = end - 1;
        if last < floor || !adjacent(text, tokens, last, end) {
            return None;
        }
        if is_pronoun(&tokens[last]) {
            let at = (passage, tokens[last].span.start);
            return self.last_person_before(doc, at).map(|name| Speaker { name, at });
        }
        if let Some(mention) = self.mentions_in(passage).find(|m| m.end_token == last + 1) {
            // "… retreat in Napier saying …": a place after a preposition is no subject.
            let before = mention.first_token.checked_sub(mention.titles.len() + 1);
            let governed = before.is_some_and(|b| {
                adjacent(text, tokens, b, b + 1)
                    && super::lexicon::credits::PREPOSITIONS.contains(&tokens[b].norm.as_str())
            });
            if governed {
                return None;
            }
            return Some(Speaker {
                name: self.canonical_name(&mention.name),
                at: (passage, mention.span.start),
            });
        }
        // A descriptor: "the presidential aide".
        if is_title_word(&tokens[last].norm) {
            let mut start = last;
            // Words of a descriptor may be joined by hyphens ("the two-term PM").
            let joined = |a: usize, b: usize| {
                adjacent(text, tokens, a, b)
                    || text.get(tokens[a].span.end..tokens[b].span.start).is_some_and(|gap| gap == "-")
            };
            while start > floor && start + 4 > last && joined(start - 1, start) {
                if tokens[start - 1].norm == "the" {
                    let words: Vec<String> =
                        tokens[start..=last].iter().map(|t| t.norm.to_string()).collect();
                    let at = (passage, tokens[start - 1].span.start);
                    return self.resolve_descriptor(doc, &words, at).map(|name| Speaker { name, at });
                }
                start -= 1;
            }
        }
        None
    }

    /// The speaker named by the tokens starting at token `start`: a name, a pronoun or a
    /// descriptor.
    fn subject_starting_at(
        &self,
        doc: &Document,
        passage: usize,
        tokens: &[Token],
        start: usize,
    ) -> Option<Speaker> {
        let token = tokens.get(start)?;
        if is_pronoun(token) {
            let at = (passage, token.span.start);
            return self.last_person_before(doc, at).map(|name| Speaker { name, at });
        }
        // A name, possibly after its titles ("Kremlin aide Yuri Ushakov"); of the names in one
        // phrase, the person's ("Lumajang district head Thoriqul Haq", "Gartner analyst Tuong
        // Nguyen").
        let text = doc.passages.get(passage).map_or("", |p| p.text.as_str());
        let in_phrase = |mention: &&Mention| {
            !mention.in_quote
                && mention.first_token >= start
                && mention.first_token <= start + 4
                && tokens[start..mention.first_token].iter().all(|t| !t.stop || t.norm == "the")
                && (start..mention.first_token).all(|k| adjacent(text, tokens, k, k + 1))
        };
        // A name in the possessive qualifies what follows it ("Apple's CEO, Tim Cook"): never the
        // speaker.
        let names: Vec<&Mention> =
            self.mentions_in(passage).filter(in_phrase).take(2).filter(|m| !m.possessive).collect();
        let person = names.iter().find(|m| m.titled || self.is_person(&self.canonical_name(&m.name)));
        // A name that only qualifies the title after it ("the US leader", "the Kremlin's aide")
        // is not the speaker: the phrase is a descriptor, resolved below.
        let qualifies_a_title = |mention: &&&Mention| {
            tokens.get(mention.end_token).is_some_and(|next| is_title_word(&next.norm))
                && !self.is_person(&self.canonical_name(&mention.name))
        };
        let named = names.first().filter(|m| token.norm != "the" || !qualifies_a_title(m));
        // "said Apple's chief, Tim Cook": the person named in apposition to the possessive's role.
        let appositive = || {
            self.mentions_in(passage).find(|m| {
                !m.in_quote
                    && !m.possessive
                    && m.titled
                    && m.first_token > start
                    && m.first_token <= start + 4
                    && tokens[start..m.first_token]
                        .iter()
                        .all(|t| doc.is_name_token(t) || is_title_word(&t.norm))
            })
        };
        let possessive_role =
            names.is_empty() && self.mentions_in(passage).any(|m| m.first_token == start && m.possessive);
        if let Some(mention) =
            person.or(named).copied().or_else(|| possessive_role.then(appositive).flatten())
        {
            return Some(Speaker {
                name: self.canonical_name(&mention.name),
                at: (passage, mention.span.start),
            });
        }
        if token.norm == "the" {
            let words: Vec<String> = tokens
                .iter()
                .skip(start + 1)
                .take(4)
                .map(|t| t.norm.to_string())
                .scan(false, |done, word| {
                    if *done {
                        return None;
                    }
                    *done = is_title_word(&word);
                    Some(word)
                })
                .collect();
            if words.last().is_some_and(|w| is_title_word(w)) {
                let at = (passage, token.span.start);
                return self.resolve_descriptor(doc, &words, at).map(|name| Speaker { name, at });
            }
        }
        None
    }
}

/// Most words between an appositive speaker's name and the speech verb it belongs to.
const MAX_APPOSITIVE_WORDS: usize = 16;

/// Whether a title role word fits a person's titles ("leader" fits any head of state, "PM" a
/// prime minister).
fn role_fits(role: &str, titles: &HashSet<String>) -> bool {
    const HEADS: &[&str] =
        &["president", "premier", "chancellor", "king", "queen", "leader", "prime", "emir"];
    // "the two-term PM" is the prime minister written short.
    titles.contains(role)
        || (role == "pm" && titles.contains("prime") && titles.contains("minister"))
        || (role == "leader" && HEADS.iter().any(|h| titles.contains(*h)))
        || (role == "official" && super::lexicon::OFFICIAL_TITLES.iter().any(|t| titles.contains(*t)))
}

/// Whether a token is "he" or "she".
fn is_pronoun(token: &Token) -> bool {
    PERSON_PRONOUNS.contains(&token.norm.as_str())
}

/// Adverbs and auxiliaries that may stand between a subject and its verb.
fn is_filler(token: &Token) -> bool {
    const AUX: &[&str] = &[
        "has", "had", "have", "also", "again", "then", "later", "was", "were", "is", "would", "will", "once",
        "had",
    ];
    (token.norm.ends_with("ly") && token.norm.len() > 4 && !token.capitalised)
        || AUX.contains(&token.norm.as_str())
}

/// Whether token `verb` goes on from the speech verb `before` it across a comma ("said, adding").
fn follows_speech_verb(text: &str, tokens: &[Token], before: usize, verb: usize) -> bool {
    let (Some(first), Some(second)) = (tokens.get(before), tokens.get(verb)) else { return false };
    before + 1 == verb
        && is_speech_verb(&first.surface.to_lowercase())
        && text.get(first.span.end..second.span.start).is_some_and(|gap| gap.trim() == ",")
}

/// Whether tokens `a` and `a + 1 == b` are separated by spaces only.
fn adjacent(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => {
            text.get(x.span.end..y.span.start).is_some_and(|gap| gap.chars().all(char::is_whitespace))
        }
        _ => false,
    }
}

/// Whether two capitalised tokens are one hyphenated name: "Jean-Claude", "Ocasio-Cortez".
fn hyphenated(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => {
            x.capitalised && y.capitalised && text.get(x.span.end..y.span.start).is_some_and(|gap| gap == "-")
        }
        _ => false,
    }
}

/// Indexes of the tokens that lie within `start..end`.
fn token_range(tokens: &[Token], start: usize, end: usize) -> Vec<usize> {
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.span.start >= start && t.span.end <= end)
        .map(|(i, _)| i)
        .collect()
}

/// Number of words in a name.
fn word_len(name: &str) -> usize {
    name.split_whitespace().count()
}

/// The grouping key of a name: its last word, lowercased.
fn surname_key(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// Whether two full names can be one person: same surname and compatible first names.
fn compatible(a: &str, b: &str) -> bool {
    let first =
        |name: &str| name.split_whitespace().next().unwrap_or("").trim_end_matches('.').to_lowercase();
    let (fa, fb) = (first(a), first(b));
    if word_len(a) < 2 || word_len(b) < 2 {
        return true;
    }
    if fa == fb {
        return true;
    }
    let (short, long) = if fa.chars().count() <= fb.chars().count() { (&fa, &fb) } else { (&fb, &fa) };
    if short.chars().count() == 1 {
        return long.starts_with(short.as_str());
    }
    long.chars().count() >= 4 && edit_distance(&fa, &fb) <= 1
}

/// Levenshtein distance of two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb)).min(row[j] + 1).min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// Finds the names of one passage.
fn find_mentions(
    doc: &Document,
    passage: usize,
    text: &str,
    tokens: &[Token],
    spans: &[Span],
) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !doc.is_name_token(&tokens[i]) || tokens[i].number {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // Middle initials, dropped from the name: "Samuel A. Alito" is "Samuel Alito". A
        // possessive ends a name: "Apple's VR" is two names, "Apple's Tim Cook" a company's man.
        let mut initials: Vec<usize> = Vec::new();
        loop {
            let open = !is_possessive(&tokens[end - 1].surface);
            if open
                && is_middle_initial(text, tokens, end)
                && tokens.get(end + 1).is_some_and(|next| doc.is_name_token(next) && !next.number)
            {
                initials.push(end);
                end += 2;
            } else if open
                && end < tokens.len()
                && (doc.is_name_token(&tokens[end]) || is_month_surname(tokens, end))
                && (adjacent(text, tokens, end - 1, end) || hyphenated(text, tokens, end - 1, end))
            {
                end += 1;
            } else {
                break;
            }
        }
        // Title words inside the run: "US President Donald Trump".
        // A month alone is a date ("said in May"), not a name ("Theresa May"); a run right after
        // a number is its unit or time ("at 2 PM ET"), not a name.
        let after_number = i > 0 && tokens[i - 1].number && adjacent(text, tokens, i - 1, i);
        if after_number || end == i + 1 && crate::calendar::is_calendar_word(&tokens[i].surface) {
            i = end;
            continue;
        }
        let last_title = (i..end).rev().find(|&k| is_title_word(&tokens[k].norm));
        let name_start = last_title.map_or(i, |k| k + 1);
        if name_start < end {
            let mut titles: Vec<String> = tokens[i..name_start].iter().map(|t| t.norm.to_string()).collect();
            let mut titled = last_title.is_some();
            // Title words just before the run: "Kremlin aide Yuri Ushakov", "adviser, Yuri Ushakov".
            let mut k = i;
            let mut steps = 0;
            while k > 0 && steps < 4 {
                let before = &tokens[k - 1];
                let gap = text.get(before.span.end..tokens[k].span.start).unwrap_or("");
                let title = is_title_word(&before.norm);
                // "Dr. Jane Smith": a title written short keeps its full stop.
                let short = title && gap.trim() == "." && before.surface.chars().count() <= 4;
                let gap_ok =
                    gap.chars().all(char::is_whitespace) || short || (k == i && gap.trim() == "," && title);
                if !gap_ok || (before.stop && !before.acronym && !title) || before.number {
                    break;
                }
                if is_title_word(&before.norm) {
                    titled = true;
                }
                titles.push(before.norm.to_string());
                k -= 1;
                steps += 1;
            }
            // A role in apposition after the name: "Fergus Saurin, a lawyer representing …".
            let comma =
                text.get(tokens[end - 1].span.end..tokens.get(end).map_or(text.len(), |t| t.span.start));
            if comma.is_some_and(|gap| gap.trim() == ",")
                && tokens.get(end).is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the"))
            {
                // The role itself or one word before it ("a senior lawyer"), never a possessive's
                // ("Apple, the company's chief …" is a company).
                let role = tokens
                    .iter()
                    .enumerate()
                    .skip(end + 1)
                    .take(2)
                    .take_while(|(_, t)| !t.surface.ends_with("'s") && !t.surface.ends_with("’s"))
                    .find(|(_, t)| is_title_word(&t.norm));
                // "…the war with Ukraine, a Kremlin aide was quoted as saying": a role that a verb
                // follows is that verb's subject, not the name's apposition.
                let subject = role.is_some_and(|(at, _)| tokens.get(at + 1).is_some_and(starts_a_predicate));
                if let Some((_, role)) = role.filter(|_| !subject) {
                    titled = true;
                    titles.push(role.norm.to_string());
                }
            }
            let span = tokens[name_start].span.start..tokens[end - 1].span.end;
            let name = if initials.iter().any(|&k| k > name_start) {
                let words: Vec<&str> = (name_start..end)
                    .filter(|k| !initials.contains(k))
                    .filter_map(|k| text.get(tokens[k].span.clone()))
                    .collect();
                words.join(" ")
            } else {
                text.get(span.clone()).unwrap_or("").to_string()
            };
            let in_quote = spans.iter().any(|s| s.inner.start <= span.start && span.start < s.inner.end);
            if !name.is_empty() {
                mentions.push(Mention {
                    passage,
                    span,
                    first_token: name_start,
                    end_token: end,
                    possessive: is_possessive(&name),
                    name: clean_name(&name),
                    titles,
                    titled,
                    in_quote,
                });
            }
        }
        i = end;
    }
    mentions
}

/// Whether the month written in full at `at` is a surname: "Theresa May", "Brian May" (right
/// after a capitalised word that is no title, date or function word, and before no day: "Paris
/// May 5", "Early May" and "President May" are not). The people's names and the credits' phrases
/// both read it so.
pub(crate) fn is_month_surname(tokens: &[Token], at: usize) -> bool {
    const DATING: &[&str] =
        &["early", "late", "mid", "last", "next", "this", "every", "each", "until", "since"];
    let Some(token) = tokens.get(at) else { return false };
    let in_full = crate::calendar::MONTHS.iter().any(|month| month.eq_ignore_ascii_case(&token.surface));
    let after_first_name = at.checked_sub(1).and_then(|b| tokens.get(b)).is_some_and(|before| {
        before.capitalised
            && !before.number
            && !before.stop
            && !crate::calendar::is_calendar_word(&before.norm)
            && !is_title_word(&before.norm)
            && !DATING.contains(&before.norm.as_str())
    });
    let before_a_day = tokens.get(at + 1).is_some_and(|next| next.number);
    token.capitalised && !token.sentence_initial && in_full && after_first_name && !before_a_day
}

/// Whether token `at` is a middle initial inside a name: one capital letter after a space and
/// before a full stop and a space ("Samuel A. Alito").
fn is_middle_initial(text: &str, tokens: &[Token], at: usize) -> bool {
    let (Some(before), Some(initial), Some(after)) =
        (at.checked_sub(1).and_then(|b| tokens.get(b)), tokens.get(at), tokens.get(at + 1))
    else {
        return false;
    };
    let mut letters = initial.surface.chars();
    let one_capital = letters.next().is_some_and(|c| c.is_uppercase()) && letters.next().is_none();
    let gap_before = text.get(before.span.end..initial.span.start).unwrap_or("");
    let gap_after = text.get(initial.span.end..after.span.start).unwrap_or("");
    one_capital
        && !gap_before.is_empty()
        && gap_before.chars().all(char::is_whitespace)
        && gap_after.trim() == "."
        && gap_after.ends_with(char::is_whitespace)
}

/// Whether a word opens a clause's predicate: a speech verb or an auxiliary ("said", "was",
/// "has", "will").
fn starts_a_predicate(token: &Token) -> bool {
    const AUXILIARIES: &[&str] =
        &["was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might"];
    is_speech_verb(&token.norm) || AUXILIARIES.contains(&token.norm.as_str())
}

/// Whether a name as written ends in the possessive "'s".
pub(crate) fn is_possessive(name: &str) -> bool {
    name.ends_with("'s") || name.ends_with("’s")
}

/// A name without possessive endings and with straight apostrophes.
fn clean_name(name: &str) -> String {
    let name = name.replace('’', "'");
    let name = name.strip_suffix("'s").map_or(name.clone(), str::to_string);
    // A generational suffix is no part of the surname: "Samuel Alito Jr" is "Samuel Alito".
    match name.rsplit_once(' ') {
        Some((rest, "Jr" | "Sr")) if rest.contains(' ') => rest.to_string(),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_compatibility() {
        assert!(compatible("Yuri Ushakov", "Yury Ushakov"));
        assert!(compatible("Y. Ushakov", "Yury Ushakov"));
        assert!(!compatible("Donald Trump", "Melania Trump"));
        assert!(!compatible("Eric Trump", "Ivanka Trump"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn generational_suffixes_are_dropped() {
        assert_eq!(clean_name("Martin Hale Jr"), "Martin Hale");
        assert_eq!(clean_name("Hale Jr"), "Hale Jr");
        assert_eq!(clean_name("Hale's"), "Hale");
    }
}
