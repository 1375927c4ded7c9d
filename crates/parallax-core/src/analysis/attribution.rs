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

/// Finds every credit of the event, in article and reading order.
pub fn find(doc: &Document, people: &People, quotes: &[Quote]) -> Vec<Attribution> {
    let media: Vec<(&str, Vec<Vec<String>>)> = MEDIA
        .iter()
        .map(|(name, aliases)| (*name, aliases.iter().map(|alias| surfaces(&tokenize(alias))).collect()))
        .collect();
    let platforms: Vec<(&str, Vec<Vec<String>>)> = PLATFORMS
        .iter()
        .map(|(name, aliases)| (*name, aliases.iter().map(|alias| surfaces(&tokenize(alias))).collect()))
        .collect();
    let mut found: Vec<(usize, Attribution)> = Vec::new();

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
        for start in 0..words.len() {
            let Some((name, aliases, len)) = longest_match(&media, &words, start) else { continue };
            if is_self(name, aliases) || !is_credit(&unit.tokens, start, start + len) {
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
            let Some((platform, _, _)) = longest_match(&platforms, &words, start) else { continue };
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
    for (article_index, article) in doc.event.articles.iter().enumerate() {
        let first_unit = doc.units.iter().position(|u| u.article == article_index).unwrap_or(doc.units.len());
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

    found.sort_by(|(ua, a), (ub, b)| {
        let article = |x: &Attribution| doc.event.articles.iter().position(|art| art.outlet.id == x.outlet);
        article(a).cmp(&article(b)).then(ua.cmp(ub))
    });
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
fn surfaces(tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.surface.strip_suffix("'s").map_or(t.surface.clone(), str::to_string)).collect()
}

/// The longest entry of `table` whose alias starts at `words[start]`.
fn longest_match<'t>(
    table: &'t [(&'t str, Vec<Vec<String>>)],
    words: &[String],
    start: usize,
) -> Option<(&'t str, &'t [Vec<String>], usize)> {
    let mut best: Option<(&str, &[Vec<String>], usize)> = None;
    for (name, aliases) in table {
        for alias in aliases {
            let len = alias.len();
            if len == 0 || best.is_some_and(|(_, _, l)| l >= len) {
                continue;
            }
            if words.get(start..start + len).is_some_and(|w| w == alias.as_slice()) {
                best = Some((name, aliases.as_slice(), len));
            }
        }
    }
    best
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
fn poster_of(
    doc: &Document,
    people: &People,
    unit_index: usize,
    platforms: &[(&str, Vec<Vec<String>>)],
) -> Option<String> {
    let (passage_index, passage) =
        doc.passages.iter().enumerate().find(|(_, p)| p.pieces.iter().any(|(_, u)| *u == unit_index))?;
    let range = passage.pieces.iter().find(|(_, u)| *u == unit_index)?.0.clone();
    let is_platform = |name: &str| platforms.iter().any(|(p, _)| *p == name);
    people
        .mentions
        .iter()
        .filter(|m| m.passage == passage_index && range.contains(&m.span.start) && !m.in_quote)
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
