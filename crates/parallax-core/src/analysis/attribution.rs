//! Attribution: whom each outlet credits, and in which sentence.
//!
//! Three kinds of source are found:
//! - news agencies and outlets from the table in [`super::lexicon::MEDIA`], when a name stands
//!   next to a credit cue: "according to (a) X (report)", "as per a report by X", "reporting by
//!   X", "told X", "released by X", "X reported/said/wrote", "a X report". Names match as whole
//!   words with their case, so "RT" is never read in "art" or "Rt". An outlet never credits itself;
//! - officials: people quoted or reported ("X said", "according to X") whom the event introduces
//!   with an official's title (aide, spokesperson, minister, adviser, …; presidents are principals
//!   and do not count);
//! - social posts: embedded posts (their author, else their handle), and posts the text cites
//!   ("in a post on Truth Social", "wrote on X"), credited to the person who posted when the
//!   sentence names one.

use std::collections::HashSet;

use super::document::Document;
use super::hashing::FastMap;
use super::lexicon::{CREDIT_AFTER, CREDIT_BEFORE, MEDIA, OFFICIAL_TITLES, PLATFORMS};
use super::quotes::Quote;
use super::speakers::People;
use super::text::{tokenize, Token};
use crate::analysis::{Attribution, SourceKind};
use crate::model::Block;

/// Words right before "on <platform>" that make it a post.
const POST_WORDS: &[&str] = &[
    "post",
    "posted",
    "posts",
    "wrote",
    "writes",
    "said",
    "tweeted",
    "message",
    "statement",
    "announced",
    "shared",
    "video",
];

/// A name from a [`NameTable`] with its spellings.
type Named<'t> = (&'static str, &'t [Vec<String>]);

/// Finds every credit of the event, in article and reading order.
pub fn find(doc: &Document, people: &People, quotes: &[Quote]) -> Vec<Attribution> {
    let media = NameTable::new(MEDIA);
    let platforms = NameTable::new(PLATFORMS);
    let mut found: Vec<(usize, Attribution)> = Vec::new();
    let mut credited: FastMap<usize, Vec<Named>> = FastMap::default();

    for (unit_index, unit) in doc.units.iter().enumerate() {
        let outlet = doc.event.articles.get(unit.article).map(|a| &a.outlet);
        let is_self = |name: &str, aliases: &[Vec<String>]| {
            outlet.is_some_and(|o| {
                let own = o.name.to_lowercase();
                own == name.to_lowercase()
                    || aliases.iter().any(|alias| own == alias.join(" ").to_lowercase())
                    || o.id == slug(name)
            })
        };
        let words = surfaces(&unit.tokens);
        // Which media a sentence credits depends only on its words: wire copy is read once.
        let credits = credited.entry(unit.wording).or_insert_with(|| {
            (0..words.len())
                .filter_map(|start| {
                    let (name, aliases, len) = media.longest_at(&words, start)?;
                    is_credit(&unit.tokens, start, start + len).then_some((name, aliases))
                })
                .collect()
        });
        for &(name, aliases) in credits.iter() {
            if is_self(name, aliases) {
                continue;
            }
            found.push((
                unit_index,
                attribution(doc, unit.article, name, SourceKind::Media, &unit.sentence.id),
            ));
        }
        // Posts cited in the text: "… in a post on Truth Social", "wrote on X".
        for start in 1..words.len() {
            if unit.tokens[start - 1].norm != "on" {
                continue;
            }
            let Some((platform, _, _)) = platforms.longest_at(&words, start) else { continue };
            let cue = unit.tokens[start.saturating_sub(4)..start - 1]
                .iter()
                .any(|t| POST_WORDS.contains(&t.surface.to_lowercase().as_str()));
            if !cue {
                continue;
            }
            let poster = poster_of(doc, people, unit_index, &platforms);
            let is_media = |name: &str| {
                media.iter().any(|(m, aliases)| *m == name || aliases.iter().any(|a| a.join(" ") == name))
            };
            let source = match poster {
                Some(name) if is_media(&name) => continue,
                Some(name) => name,
                None => platform.to_string(),
            };
            found.push((
                unit_index,
                attribution(doc, unit.article, &source, SourceKind::SocialPost, &unit.sentence.id),
            ));
        }
    }

    // Officials quoted, or reported outside quotes.
    let is_official = |name: &str| people.titles_of(name).any(|t| OFFICIAL_TITLES.contains(&t.as_str()));
    for quote in quotes {
        if let Some(speaker) = quote.speaker.as_deref().filter(|s| is_official(s)) {
            if let Some(unit) = doc.units.get(quote.unit) {
                found.push((
                    quote.unit,
                    attribution(doc, quote.article, speaker, SourceKind::Official, &unit.sentence.id),
                ));
            }
        }
    }
    for (index, passage) in doc.passages.iter().enumerate() {
        for speaker in people.speakers_in(doc, index, 0..passage.text.len()) {
            if !is_official(&speaker.name) {
                continue;
            }
            let Some(unit_index) = passage.unit_at(speaker.at.1).filter(|_| speaker.at.0 == index) else {
                continue;
            };
            if let Some(unit) = doc.units.get(unit_index) {
                found.push((
                    unit_index,
                    attribution(doc, passage.article, &speaker.name, SourceKind::Official, &unit.sentence.id),
                ));
            }
        }
    }

    // Embedded posts, ordered right after the outlet sentence before them.
    let mut first_units = vec![doc.units.len(); doc.event.articles.len()];
    for (index, unit) in doc.units.iter().enumerate().rev() {
        if let Some(first) = first_units.get_mut(unit.article) {
            *first = index;
        }
    }
    for (article_index, article) in doc.event.articles.iter().enumerate() {
        let first_unit = first_units.get(article_index).copied().unwrap_or(doc.units.len());
        let mut units_before = 0usize;
        for block in &article.blocks {
            match block {
                Block::Heading(_) => units_before += 1,
                Block::Paragraph(pieces) => {
                    units_before +=
                        pieces.iter().filter(|p| matches!(p, crate::model::Piece::Sentence(_))).count();
                }
                Block::Removed(_) => {}
                Block::Embed(embed) => {
                    let source = embed.author.clone().filter(|a| !a.trim().is_empty()).or_else(|| {
                        embed.handle.as_ref().filter(|h| !h.trim().is_empty()).map(|h| format!("@{h}"))
                    });
                    let (Some(source), Some(first)) = (source, embed.sentences.first()) else { continue };
                    let order = (first_unit + units_before).saturating_sub(1);
                    found.push((
                        order,
                        attribution(doc, article_index, &source, SourceKind::SocialPost, &first.id),
                    ));
                }
            }
        }
    }

    let mut article_of: FastMap<&str, usize> = FastMap::default();
    for (index, article) in doc.event.articles.iter().enumerate() {
        article_of.entry(article.outlet.id.as_str()).or_insert(index);
    }
    let article = |x: &Attribution| article_of.get(x.outlet.as_str()).copied();
    found.sort_by(|(ua, a), (ub, b)| article(a).cmp(&article(b)).then(ua.cmp(ub)));
    let mut seen = HashSet::new();
    found
        .into_iter()
        .map(|(_, a)| a)
        .filter(|a| seen.insert((a.outlet.clone(), a.source.clone(), a.sentence.clone())))
        .collect()
}

fn attribution(
    doc: &Document,
    article: usize,
    source: &str,
    kind: SourceKind,
    sentence: &str,
) -> Attribution {
    Attribution {
        outlet: doc.outlet_id(article).to_string(),
        source: source.to_string(),
        kind,
        sentence: sentence.to_string(),
    }
}

/// Each token as written, without a possessive ending.
fn surfaces(tokens: &[Token]) -> Vec<&str> {
    tokens.iter().map(|t| t.surface.strip_suffix("'s").unwrap_or(&t.surface)).collect()
}

/// A table of names with their spellings as words ([`MEDIA`], [`PLATFORMS`]), indexed by each
/// spelling's first word so that a sentence is read word by word, not spelling by spelling.
struct NameTable {
    /// Each canonical name with its spellings, in the table's order.
    entries: Vec<(&'static str, Vec<Vec<String>>)>,
    /// The (entry, spelling) pairs whose spelling starts with a word, in the table's order.
    by_first_word: FastMap<String, Vec<(usize, usize)>>,
}

impl NameTable {
    fn new(table: &[(&'static str, &[&str])]) -> NameTable {
        let entries: Vec<(&'static str, Vec<Vec<String>>)> = table
            .iter()
            .map(|(name, aliases)| {
                let spellings = aliases
                    .iter()
                    .map(|alias| surfaces(&tokenize(alias)).into_iter().map(str::to_string).collect())
                    .collect();
                (*name, spellings)
            })
            .collect();
        let mut by_first_word: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
        for (entry, (_, spellings)) in entries.iter().enumerate() {
            for (index, spelling) in spellings.iter().enumerate() {
                if let Some(first) = spelling.first() {
                    by_first_word.entry(first.clone()).or_default().push((entry, index));
                }
            }
        }
        NameTable { entries, by_first_word }
    }

    /// The canonical names with their spellings.
    fn iter(&self) -> impl Iterator<Item = &(&'static str, Vec<Vec<String>>)> {
        self.entries.iter()
    }

    /// The entry with the longest spelling that starts at `words[start]` (the first in the
    /// table's order among equally long ones): its name, spellings and length in words.
    fn longest_at(&self, words: &[&str], start: usize) -> Option<(&'static str, &[Vec<String>], usize)> {
        let candidates = self.by_first_word.get(*words.get(start)?)?;
        let mut best: Option<(&'static str, &[Vec<String>], usize)> = None;
        for &(entry, index) in candidates {
            let Some((name, spellings)) = self.entries.get(entry) else { continue };
            let Some(spelling) = spellings.get(index) else { continue };
            let len = spelling.len();
            if best.is_some_and(|(_, _, l)| l >= len) {
                continue;
            }
            let matches = words
                .get(start..start + len)
                .is_some_and(|w| w.iter().zip(spelling).all(|(word, expected)| word == expected));
            if matches {
                best = Some((name, spellings.as_slice(), len));
            }
        }
        best
    }
}

/// Whether the media name at `start..end` stands next to a credit cue.
fn is_credit(tokens: &[Token], start: usize, end: usize) -> bool {
    let lower = |t: &Token| t.surface.to_lowercase();
    if tokens.get(end).is_some_and(|t| CREDIT_AFTER.contains(&lower(t).as_str())) {
        return true;
    }
    let mut before: Vec<String> = tokens[start.saturating_sub(5)..start].iter().map(lower).collect();
    while before.last().is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the")) {
        before.pop();
    }
    CREDIT_BEFORE.iter().any(|cue| {
        before.len() >= cue.len()
            && before[before.len() - cue.len()..].iter().zip(cue.iter()).all(|(a, b)| a == b)
    })
}

/// Who posted, for a sentence citing a post: the first name the sentence gives that is not a
/// platform.
fn poster_of(doc: &Document, people: &People, unit_index: usize, platforms: &NameTable) -> Option<String> {
    let passage_index = doc.units.get(unit_index)?.passage;
    let passage = doc.passages.get(passage_index)?;
    let range = passage.pieces.iter().find(|(_, u)| *u == unit_index)?.0.clone();
    let is_platform = |name: &str| platforms.iter().any(|(p, _)| *p == name);
    people
        .mentions_in(passage_index)
        .filter(|m| range.contains(&m.span.start) && !m.in_quote)
        .map(|m| people.canonical_name(&m.name))
        .find(|name| !is_platform(name))
}

/// A URL slug of a name.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
