//! Cleaning one article: telling the outlet's text from scraped boilerplate, which is kept with
//! its reason rather than dropped.
//!
//! The rules are general ([`chrome`], [`promo`], [`related`], [`footer`] and the corpus-wide
//! [`RepeatedLines`]); they judge whole units, and promos also inside paragraphs. Where a unit
//! stands matters: units before the first and after the last body paragraph (a unit of six words
//! or more that ends a sentence) are the article's head and tail, where boilerplate is trimmed
//! confidently; in the middle only unmistakable boilerplate goes. Embedded social posts are found
//! first ([`crate::ingest::embed`]) and never judged as boilerplate.

mod caption;
mod cards;
mod chrome;
mod footer;
mod furniture;
pub(crate) mod masthead;
mod promo;
mod related;
pub(crate) mod text;

use crate::ingest::embed::{self, EmbedParts};
use crate::ingest::front::headline_end;
use crate::ingest::layout::{ends_sentence, Unit};
use crate::ingest::repeated::RepeatedLines;
use crate::model::{Removal, RemovalReason};
use masthead::Masthead;

/// Where a unit stands in its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Region {
    /// Before the first body paragraph.
    Head,
    /// Between the first and the last body paragraph.
    Middle,
    /// After the last body paragraph.
    Tail,
}

/// A cleaned unit, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cleaned {
    /// A unit removed whole.
    Removed(Removal),
    /// An embedded social post.
    Embed(EmbedParts),
    /// The outlet's text, with anything removed from inside it kept in place.
    Body(Vec<Span>),
}

/// A part of a body unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Span {
    /// The outlet's text.
    Text(String),
    /// Boilerplate cut from inside the unit.
    Removed(Removal),
}

/// The fewest words a unit needs to count as a body paragraph when finding head and tail.
const BODY_PARAGRAPH_WORDS: usize = 6;

/// An embedded post may take in earlier units this long, at most, in characters.
const MAX_EMBED_CHARS: usize = 600;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    Body,
    Removed(RemovalReason),
    RelatedHeader,
    RelatedItem,
    Embed(Box<EmbedParts>),
    /// The first words of the embedded post that follows.
    EmbedLead,
}

/// Cleans an article's units. `headline` is the manifest's headline, split off the first units
/// when the text begins with it; a unit that is only the outlet's name (`masthead`) is site
/// chrome.
pub(crate) fn clean(
    units: Vec<Unit>,
    headline: Option<&str>,
    masthead: &Masthead,
    repeated: &RepeatedLines,
) -> Vec<Cleaned> {
    let (units, mut marks) = split_headline(units, headline);
    mark_embeds(&units, &mut marks);
    mark_post_cards(&units, &mut marks);
    for (unit, mark) in units.iter().zip(marks.iter_mut()) {
        if *mark == Mark::Body {
            *mark = if masthead.holds(&unit.text) {
                Mark::Removed(RemovalReason::SiteMenu)
            } else if masthead.promotes(&unit.text) {
                Mark::Removed(RemovalReason::Promo)
            } else {
                judge(&unit.text, Region::Middle, repeated)
            };
        }
    }
    let regions = regions(&units, &marks);
    for ((unit, mark), region) in units.iter().zip(marks.iter_mut()).zip(&regions) {
        if *mark == Mark::Body && *region != Region::Middle {
            *mark = judge(&unit.text, *region, repeated);
        }
    }
    mark_related_items(&units, &mut marks, &regions);
    mark_captions(&units, &mut marks);
    mark_duplicates(&units, &mut marks);
    emit(units, marks)
}

/// Most words a photo caption has.
const MAX_CAPTION_WORDS: usize = 45;

/// Marks as a caption a one-sentence unit right before a bare photo credit (`Photo / AP`,
/// `Name/Getty Images`): scraped pages put a picture's caption there, but also a credit alone
/// where a picture was, after a paragraph of the story: a unit that reports (a tense or a word of
/// reporting a caption lacks, see [`reports`]) stays. A credit of the page's main
/// image (`Main image credit: …`) belongs to the picture at the top, not to the line before it.
fn mark_captions(units: &[Unit], marks: &mut [Mark]) {
    for index in 1..units.len() {
        let (Some(credit), Some(caption)) = (units.get(index), units.get(index - 1)) else { continue };
        let words: Vec<&str> = credit.text.split_whitespace().collect();
        let bare_credit = marks.get(index) == Some(&Mark::Removed(RemovalReason::PhotoCredit))
            && words.len() <= 8
            && furniture::is_photo_credit(&credit.text, &words)
            && !furniture::credits_the_main_image(&credit.text);
        let one_sentence = caption.text.split_whitespace().count() <= MAX_CAPTION_WORDS
            && !caption.text.contains(['"', '\u{201C}', '\u{201D}'])
            && !has_second_sentence(&caption.text)
            && !reports(&caption.text);
        if bare_credit && one_sentence && marks.get(index - 1) == Some(&Mark::Body) {
            marks[index - 1] = Mark::Removed(RemovalReason::PhotoCredit);
        }
    }
}

/// Words of reporting and of tenses other than a picture's present: a caption shows what is in
/// the picture ("Rescue workers search the rubble"); a sentence with them tells the story ("The
/// order should see its assets liquidated, after the company failed…").
const REPORTING_WORDS: &[&str] = &[
    "said",
    "says",
    "told",
    "according",
    "should",
    "would",
    "will",
    "could",
    "might",
    "must",
    "had",
    "has",
    "have",
    "was",
    "were",
];

/// Whether a text reports rather than describes a picture (see [`REPORTING_WORDS`]).
fn reports(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|word| REPORTING_WORDS.iter().any(|r| word.eq_ignore_ascii_case(r)))
}

/// Whether a text holds a sentence end followed by another sentence.
fn has_second_sentence(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| matches!(w[0], '.' | '!' | '?') && w[1] == ' ' && w[2].is_uppercase())
}

/// Marks a body unit of five words or more that repeats an earlier one of the article word for
/// word (a caption printed twice, a lead paragraph repeated).
fn mark_duplicates(units: &[Unit], marks: &mut [Mark]) {
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (unit, mark) in units.iter().zip(marks.iter_mut()) {
        if unit.text.split_whitespace().count() < 5 {
            continue;
        }
        let key = text::key(&unit.text);
        let first = seen.insert(key);
        if !first && *mark == Mark::Body {
            *mark = Mark::Removed(RemovalReason::Duplicate);
        }
    }
}

fn split_headline(units: Vec<Unit>, headline: Option<&str>) -> (Vec<Unit>, Vec<Mark>) {
    let mut marks = vec![Mark::Body; units.len()];
    let Some(headline) = headline else { return (units, marks) };
    let found = units.iter().take(3).enumerate().find_map(|(index, unit)| {
        let end = headline_end(&unit.text, headline)?;
        Some((index, end))
    });
    let Some((index, end)) = found else { return (units, marks) };
    let mut units = units;
    let Some(unit) = units.get_mut(index) else { return (units, marks) };
    let rest = unit.text.get(end..).unwrap_or_default().trim().to_string();
    let head = unit.text.get(..end).unwrap_or_default().trim().to_string();
    if let Some(mark) = marks.get_mut(index) {
        *mark = Mark::Removed(RemovalReason::Headline);
    }
    if rest.is_empty() {
        unit.text = head;
    } else {
        let line = unit.line;
        unit.text = head;
        units.insert(index + 1, Unit { text: rest, line, gap_before: 0 });
        marks.insert(index + 1, Mark::Body);
    }
    (units, marks)
}

/// Marks embedded posts. A post takes in the units before it that are set apart by wider gaps
/// than the article's usual paragraph gap (a scraped post's own paragraphs), or, when the
/// signature stands alone, the unit right before it.
fn mark_embeds(units: &[Unit], marks: &mut [Mark]) {
    let usual_gap = usual_gap(units);
    for index in 0..units.len() {
        let (Some(unit), Some(Mark::Body)) = (units.get(index), marks.get(index)) else { continue };
        let Some(parts) = embed::parse(&unit.text) else { continue };
        let mut total = parts.text.chars().count();
        let mut first = index;
        while first > 0 {
            let (Some(previous), Some(Mark::Body), Some(joining)) =
                (units.get(first - 1), marks.get(first - 1), units.get(first))
            else {
                break;
            };
            let signature_alone = first == index && parts.text.is_empty();
            let set_apart = joining.gap_before >= 2 && joining.gap_before > usual_gap;
            let length = previous.text.chars().count();
            if !(signature_alone || set_apart) || total + length > MAX_EMBED_CHARS || index - first >= 3 {
                break;
            }
            total += length;
            first -= 1;
        }
        for mark in marks.iter_mut().take(index).skip(first) {
            *mark = Mark::EmbedLead;
        }
        if let Some(mark) = marks.get_mut(index) {
            *mark = Mark::Embed(Box::new(parts));
        }
    }
}

/// Marks social posts scraped as cards ([`cards`]): a poster's name alone, then the post's
/// words, becomes an embed by that poster; a thread's "Replying to @handle" line goes.
fn mark_post_cards(units: &[Unit], marks: &mut [Mark]) {
    for index in 0..units.len() {
        let (Some(unit), Some(Mark::Body)) = (units.get(index), marks.get(index)) else { continue };
        if cards::is_reply_line(&unit.text) {
            marks[index] = Mark::Removed(RemovalReason::Widget);
            continue;
        }
        if !cards::is_poster_name(&unit.text) {
            continue;
        }
        // The post, after the thread's "Replying to @handle" line if there is one.
        let reply = units.get(index + 1).is_some_and(|next| cards::is_reply_line(&next.text));
        let at = index + 1 + usize::from(reply);
        let Some(post) = units.get(at) else { continue };
        let post_is_body = matches!(marks.get(at), Some(Mark::Body));
        if post_is_body && cards::is_post_text(&post.text) {
            marks[index] = Mark::Removed(RemovalReason::Byline);
            if reply {
                marks[index + 1] = Mark::Removed(RemovalReason::Widget);
            }
            marks[at] = Mark::Embed(Box::new(EmbedParts {
                text: post.text.clone(),
                signature: None,
                author: Some(unit.text.clone()),
                handle: None,
                date: None,
            }));
        }
    }
}

/// The most common gap between units (1 when there is none).
fn usual_gap(units: &[Unit]) -> u32 {
    let mut counts = std::collections::BTreeMap::new();
    for unit in units.iter().skip(1) {
        *counts.entry(unit.gap_before).or_insert(0usize) += 1;
    }
    counts.into_iter().max_by_key(|&(gap, count)| (count, std::cmp::Reverse(gap))).map_or(1, |(gap, _)| gap)
}

/// What the whole-unit rules say about a unit in a region.
fn judge(text: &str, region: Region, repeated: &RepeatedLines) -> Mark {
    if let Some(reason) = footer::classify(text, region) {
        Mark::Removed(reason)
    } else if related::is_header(text) {
        Mark::RelatedHeader
    } else if promo::is_promo_line(text) {
        Mark::Removed(RemovalReason::Promo)
    } else if let Some(reason) = chrome::classify(text, region) {
        Mark::Removed(reason)
    } else if let Some(reason) = furniture::classify(text, region) {
        Mark::Removed(reason)
    } else if repeated.contains(text) {
        Mark::Removed(RemovalReason::RepeatedLine)
    } else {
        Mark::Body
    }
}

/// Head, middle or tail for every unit, from where the body paragraphs are.
fn regions(units: &[Unit], marks: &[Mark]) -> Vec<Region> {
    let is_body = |(unit, mark): (&Unit, &Mark)| match mark {
        Mark::Body => {
            unit.text.split_whitespace().count() >= BODY_PARAGRAPH_WORDS && ends_sentence(&unit.text)
        }
        Mark::Embed(_) => true,
        _ => false,
    };
    let first = units.iter().zip(marks).position(is_body);
    let last = units.iter().zip(marks).rposition(is_body);
    (0..units.len())
        .map(|index| match (first, last) {
            (Some(first), _) if index < first => Region::Head,
            (_, Some(last)) if index > last => Region::Tail,
            _ => Region::Middle,
        })
        .collect()
}

fn mark_related_items(units: &[Unit], marks: &mut [Mark], regions: &[Region]) {
    let mut in_list = false;
    for index in 0..units.len() {
        let (Some(unit), Some(region)) = (units.get(index), regions.get(index)) else { continue };
        let Some(mark) = marks.get_mut(index) else { continue };
        match mark {
            Mark::RelatedHeader => in_list = true,
            Mark::Body if in_list && related::is_item(unit, *region == Region::Tail) => {
                *mark = Mark::RelatedItem
            }
            _ => in_list = false,
        }
    }
}

fn emit(units: Vec<Unit>, marks: Vec<Mark>) -> Vec<Cleaned> {
    let mut out: Vec<Cleaned> = Vec::new();
    let mut embed_lead: Vec<String> = Vec::new();
    for (unit, mark) in units.into_iter().zip(marks) {
        match mark {
            Mark::Body => out.push(Cleaned::Body(body_spans(&unit.text))),
            Mark::Removed(reason) => out.push(Cleaned::Removed(Removal { text: unit.text, reason })),
            Mark::RelatedHeader => {
                out.push(Cleaned::Removed(Removal { text: unit.text, reason: RemovalReason::RelatedLinks }))
            }
            Mark::RelatedItem => match out.last_mut() {
                Some(Cleaned::Removed(removal)) if removal.reason == RemovalReason::RelatedLinks => {
                    removal.text.push('\n');
                    removal.text.push_str(&unit.text);
                }
                _ => out
                    .push(Cleaned::Removed(Removal { text: unit.text, reason: RemovalReason::RelatedLinks })),
            },
            Mark::EmbedLead => embed_lead.push(unit.text),
            Mark::Embed(parts) => {
                let mut parts = *parts;
                if !embed_lead.is_empty() {
                    embed_lead.push(std::mem::take(&mut parts.text));
                    parts.text = embed_lead.join("\n\n").trim().to_string();
                    embed_lead.clear();
                }
                out.push(Cleaned::Embed(parts));
            }
        }
    }
    out
}

/// A body unit's text, with a photo caption glued before it, run-in promos and wire captions cut
/// out.
fn body_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut at = 0;
    let push_text = |spans: &mut Vec<Span>, piece: &str| {
        if !piece.trim().is_empty() {
            spans.push(Span::Text(piece.trim().to_string()));
        }
    };
    if let Some(end) = furniture::leading_caption_end(text) {
        if let Some(caption) = text.get(..end) {
            spans.push(Span::Removed(Removal {
                text: caption.trim().to_string(),
                reason: RemovalReason::PhotoCredit,
            }));
            at = end;
        }
    }
    let story_start = at;
    let mut cuts: Vec<(std::ops::Range<usize>, RemovalReason)> = promo::run_ins(text)
        .into_iter()
        .map(|promo| (promo.start..promo.end, RemovalReason::Promo))
        .chain(caption::caption_ranges(text).into_iter().map(|range| (range, RemovalReason::PhotoCredit)))
        .filter(|(range, _)| range.start >= story_start)
        .collect();
    cuts.sort_by_key(|(range, _)| range.start);
    for (range, reason) in cuts {
        if range.start < at {
            continue;
        }
        push_text(&mut spans, text.get(at..range.start).unwrap_or_default());
        if let Some(removed) = text.get(range.clone()) {
            spans.push(Span::Removed(Removal { text: removed.to_string(), reason }));
        }
        at = range.end;
    }
    push_text(&mut spans, text.get(at..).unwrap_or_default());
    spans
}

#[cfg(test)]
mod furniture_tests {
    use super::*;
    use crate::ingest::layout::units;

    fn removed(text: &str) -> Vec<(String, RemovalReason)> {
        clean(units(text, 1), None, &Masthead::default(), &RepeatedLines::default())
            .into_iter()
            .filter_map(|cleaned| match cleaned {
                Cleaned::Removed(removal) => Some((removal.text, removal.reason)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn posts_scraped_as_cards_become_embeds_by_their_posters() {
        let text = "Videos posted online showed the roof of the old hall in flames on Monday night.\n\n\
                    Maria Keller\n\n\
                    The moment the #OldHall roof fell\n\n\
                    Tom Ryder\n\n\
                    Replying to @tomryder\n\n\
                    Still burning #OldHall\n\n\
                    Race Against Time\n\n\
                    Firefighters fought the blaze through the night, the city said on Tuesday.";
        let cleaned = clean(units(text, 1), None, &Masthead::default(), &RepeatedLines::default());
        let authors: Vec<Option<String>> = cleaned
            .iter()
            .filter_map(|c| match c {
                Cleaned::Embed(parts) => Some(parts.author.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(authors, [Some("Maria Keller".to_string()), Some("Tom Ryder".to_string())]);
        let bodies = cleaned.iter().filter(|c| matches!(c, Cleaned::Body(_))).count();
        // The story's two paragraphs and the heading stay the outlet's.
        assert_eq!(bodies, 3, "{cleaned:#?}");
    }

    #[test]
    fn a_caption_goes_with_the_credit_after_it_and_a_repeated_paragraph_goes_but_a_report_stays() {
        let text = "The storm hit the coast on Sunday, killing at least 14 people in three towns.\n\n\
                    Rescue workers search the rubble of a house in Mareva on Monday.\n\n\
                    Photo / AP\n\n\
                    The storm hit the coast on Sunday, killing at least 14 people in three towns.\n\n\
                    Officials said the port would reopen next week.\n\n\
                    Main image credit: Jane Doe/Reuters\n\n\
                    The closure should last a month, after the harbour wall failed.\n\n\
                    Photo: AFP";
        assert_eq!(
            removed(text),
            [
                (
                    "Rescue workers search the rubble of a house in Mareva on Monday.".to_string(),
                    RemovalReason::PhotoCredit
                ),
                ("Photo / AP".to_string(), RemovalReason::PhotoCredit),
                (
                    "The storm hit the coast on Sunday, killing at least 14 people in three towns."
                        .to_string(),
                    RemovalReason::Duplicate
                ),
                ("Main image credit: Jane Doe/Reuters".to_string(), RemovalReason::PhotoCredit),
                // A sentence that tells the story stays, whatever follows it.
                ("Photo: AFP".to_string(), RemovalReason::PhotoCredit),
            ]
        );
    }
}
