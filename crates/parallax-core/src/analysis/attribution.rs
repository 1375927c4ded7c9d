//! Attribution: whom each outlet credits, and in which sentence.
//!
//! A credit is a source the article names as the origin of what it reports: a news agency, another
//! outlet, a person (by name or by role), a body, a document or a post. People merely mentioned,
//! bylines and photo credits are not credits. Sources are read from:
//! - datelines and credit lines ([`lines`]): "MOSCOW (Reuters) -", "By:BLOOMBERG", "Source: AAP",
//!   also when cleaning removed them as boilerplate (credited at the next sentence);
//! - agencies and outlets of the table next to a credit cue ([`media`]): "according to a Reuters
//!   report", "X footage";
//! - attribution cues and the phrase they name ([`cues`], [`phrase`]): "the fire chief said", "a
//!   spokesman for the port authority told reporters", "police said", "according to the
//!   Guttmacher Institute", `"…," said one worker`, "told TyC Sports", "he said" (the last person
//!   named);
//! - posts: embedded ([`posts`]), and cited, as a credit of the poster ("wrote on X", "tweeted");
//! - the speakers of the article's quotes.
//!
//! Agencies and outlets go by the table's canonical name ("AP" for "The Associated Press"),
//! people by the event's canonical name ("Jorge Glas" for "Vice President Jorge Glas"), and
//! sources without a name by the phrase that names them ("the fire chief"). An outlet never
//! credits itself.

pub mod cues;
pub mod lines;
pub mod media;
pub mod names;
pub mod phrase;
pub mod posts;

use std::collections::HashSet;

use super::document::Document;
use super::hashing::FastMap;
use super::quotes::Quote;
use super::speakers::People;
use super::text::tokenize;
use crate::analysis::{Attribution, SourceKind};
use cues::Found;
use names::{medium_kind, surfaces, Named, Outlets};
use phrase::Reader;

/// Most words a dateline's name may have when the table does not know it.
const MAX_DATELINE_NAME_WORDS: usize = 4;

/// Finds every credit of the event, in article and reading order.
pub fn find(doc: &Document, people: &People, quotes: &[Quote]) -> Vec<Attribution> {
    let mut credits = Credits { doc, outlets: Outlets::shared(), found: Vec::new() };
    credits.media_next_to_cues();
    let addressed = credits.paragraph_credits(people);
    let (first_units, unit_counts) = article_units(doc);
    credits.removed_credit_lines(&first_units, &unit_counts);
    credits.quote_speakers(people, quotes);
    credits.short_outlet_names(addressed);
    credits.embedded_posts(&first_units);
    credits.into_attributions()
}

/// The credits found so far, each with where it goes in reading order: (article, unit).
struct Credits<'d> {
    doc: &'d Document<'d>,
    outlets: &'static Outlets,
    found: Vec<((usize, usize), Attribution)>,
}

impl Credits<'_> {
    /// Adds a credit of `source` at a unit, by the unit's outlet.
    fn push(&mut self, unit: usize, source: &str, kind: SourceKind) {
        if let Some(article) = self.doc.units.get(unit).map(|u| u.article) {
            self.found.push(((article, unit), attribution(self.doc, article, source, kind, unit)));
        }
    }

    /// Table names next to a cue. Which media a sentence credits depends only on its words: wire
    /// copy is read once.
    fn media_next_to_cues(&mut self) {
        let doc = self.doc;
        let mut credited: FastMap<usize, Vec<Named>> = FastMap::default();
        for (unit_index, unit) in doc.units.iter().enumerate() {
            let words = surfaces(&unit.tokens);
            let credits = credited
                .entry(unit.wording)
                .or_insert_with(|| media::credited(&self.outlets.media, &unit.tokens, &words));
            for &(name, _) in credits.iter() {
                self.push(unit_index, name, medium_kind(name));
            }
        }
    }

    /// Datelines, credit lines and attribution cues, paragraph by paragraph; returns the outlets
    /// addressed by a short name ("told TyC"), with their units.
    fn paragraph_credits(&mut self, people: &People) -> Vec<(usize, String)> {
        let (doc, outlets) = (self.doc, self.outlets);
        let mut addressed: Vec<(usize, String)> = Vec::new();
        for (index, passage) in doc.passages.iter().enumerate() {
            let first_unit = passage.unit_at(0);
            for (name, kind) in line_credits(outlets, &passage.text) {
                if let Some(unit) = first_unit {
                    self.push(unit, &name, kind);
                }
            }
            let Some(reader) = Reader::new(doc, people, outlets, index) else { continue };
            for credit in cues::read(&reader, passage.article) {
                let (token, item) = match &credit {
                    Found::Credit(token, _) | Found::Addressed(token, _) => (*token, credit.clone()),
                };
                let Some(unit) = reader.tokens.get(token).and_then(|t| passage.unit_at(t.span.start)) else {
                    continue;
                };
                match item {
                    Found::Credit(_, source) => self.push(unit, &source.name, source.kind),
                    Found::Addressed(_, name) => addressed.push((unit, name)),
                }
            }
        }
        addressed
    }

    /// Credit lines that cleaning removed, credited at the next sentence of the article.
    fn removed_credit_lines(&mut self, first_units: &[usize], unit_counts: &[usize]) {
        let doc = self.doc;
        for (article_index, article) in doc.event.articles.iter().enumerate() {
            let first_unit = first_units.get(article_index).copied().unwrap_or(doc.units.len());
            let mut units_before = 0usize;
            let own_units = unit_counts.get(article_index).copied().unwrap_or(0);
            for piece in article.blocks.iter().flat_map(removed_texts) {
                match piece {
                    None => units_before += 1,
                    Some(text) => {
                        let at = units_before.min(own_units.saturating_sub(1));
                        for (name, kind) in line_credits(self.outlets, text) {
                            if own_units > 0 {
                                self.push(first_unit + at, &name, kind);
                            }
                        }
                    }
                }
            }
        }
    }

    /// The speakers of quotes: an agency or outlet by its canonical name, a body named in one
    /// word ("Kremlin") as a body.
    fn quote_speakers(&mut self, people: &People, quotes: &[Quote]) {
        let outlets = self.outlets;
        for quote in quotes {
            if let Some(speaker) = &quote.speaker {
                let tokens = tokenize(speaker);
                let (name, kind) = match outlets.medium_in(&surfaces(&tokens)) {
                    Some((canonical, kind)) if outlets.media.knows(speaker) => (canonical.to_string(), kind),
                    _ if tokens.len() == 1 && !people.is_person(speaker) => {
                        (speaker.clone(), SourceKind::Institution)
                    }
                    _ => (speaker.clone(), SourceKind::Person),
                };
                self.push(quote.unit, &name, kind);
            }
        }
    }

    /// An outlet addressed by a short name ("told TyC") that the event names in full elsewhere.
    fn short_outlet_names(&mut self, addressed: Vec<(usize, String)>) {
        let media_names: Vec<String> = self
            .found
            .iter()
            .filter(|(_, a)| a.kind == SourceKind::Media)
            .map(|(_, a)| a.source.clone())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        for (unit, short) in addressed {
            let brand = short.chars().skip(1).any(char::is_uppercase);
            let full =
                media_names.iter().filter(|n| n.split_whitespace().next() == Some(short.as_str())).min();
            if let Some(full) = full.filter(|_| brand) {
                self.push(unit, &full.clone(), SourceKind::Media);
            }
        }
    }

    /// Embedded posts, ordered right after the outlet sentence before them.
    fn embedded_posts(&mut self, first_units: &[usize]) {
        let doc = self.doc;
        for (article_index, article) in doc.event.articles.iter().enumerate() {
            let first_unit = first_units.get(article_index).copied().unwrap_or(doc.units.len());
            for (source, sentence, units_before) in posts::embedded(article) {
                let order = (first_unit + units_before).saturating_sub(1);
                self.found.push((
                    (article_index, order),
                    Attribution {
                        outlet: doc.outlet_id(article_index).to_string(),
                        source,
                        kind: SourceKind::SocialPost,
                        sentence,
                    },
                ));
            }
        }
    }

    /// The credits in article and reading order, one kind per source, without an outlet's
    /// credits of itself and repeats within a sentence.
    fn into_attributions(self) -> Vec<Attribution> {
        let (doc, outlets, mut found) = (self.doc, self.outlets, self.found);
        one_kind_per_source(&mut found);
        found.sort_by_key(|(at, _)| *at);
        let keep: Vec<bool> = {
            let mut seen: HashSet<(&str, &str, &str)> = HashSet::new();
            let mut own: FastMap<(&str, &str), bool> = FastMap::default();
            found
                .iter()
                .map(|(_, a)| {
                    let is_own =
                        *own.entry((&a.outlet, &a.source)).or_insert_with(|| is_self(doc, outlets, a));
                    !is_own && seen.insert((&a.outlet, &a.source, &a.sentence))
                })
                .collect()
        };
        found.into_iter().zip(keep).filter(|(_, keep)| *keep).map(|((_, a), _)| a).collect()
    }
}

/// Each article's first unit (the number of units if it has none) and number of units.
fn article_units(doc: &Document) -> (Vec<usize>, Vec<usize>) {
    let mut first_units = vec![doc.units.len(); doc.event.articles.len()];
    let mut unit_counts = vec![0usize; doc.event.articles.len()];
    for unit in &doc.units {
        if let Some(count) = unit_counts.get_mut(unit.article) {
            *count += 1;
        }
    }
    for (index, unit) in doc.units.iter().enumerate().rev() {
        if let Some(first) = first_units.get_mut(unit.article) {
            *first = index;
        }
    }
    (first_units, unit_counts)
}

/// A block's pieces in order: `Some` with the text of each removed piece, `None` for each
/// sentence or heading (one unit each); nothing for an embed.
fn removed_texts(block: &crate::model::Block) -> Vec<Option<&str>> {
    match block {
        crate::model::Block::Heading(_) => vec![None],
        crate::model::Block::Paragraph(pieces) => pieces
            .iter()
            .map(|p| match p {
                crate::model::Piece::Sentence(_) => None,
                crate::model::Piece::Removed(removal) => Some(removal.text.as_str()),
            })
            .collect(),
        crate::model::Block::Removed(removal) => vec![Some(removal.text.as_str())],
        crate::model::Block::Embed(_) => Vec::new(),
    }
}

/// Gives each source one kind over the event, so that it is one source wherever it is credited:
/// the kind it is credited as most often (an agency's or outlet's kind from the table first; ties
/// go to the kind listed first in [`SourceKind`]). "Biden said in a statement" and "Biden said"
/// are both credits of Biden.
fn one_kind_per_source(found: &mut [((usize, usize), Attribution)]) {
    let mut counts: FastMap<String, [usize; 6]> = FastMap::default();
    for (_, attribution) in found.iter() {
        let slot = SourceKind::ALL.iter().position(|&kind| kind == attribution.kind).unwrap_or_default();
        // An agency or outlet (the first two kinds) is known from the table: it outweighs.
        let weight = if slot < 2 { 1000 } else { 1 };
        if let Some(count) = counts.entry(attribution.source.clone()).or_default().get_mut(slot) {
            *count += weight;
        }
    }
    for (_, attribution) in found.iter_mut() {
        let Some(count) = counts.get(&attribution.source) else { continue };
        let best = (0..SourceKind::ALL.len()).max_by(|&a, &b| count[a].cmp(&count[b]).then(b.cmp(&a)));
        if let Some(kind) = best.and_then(|b| SourceKind::ALL.get(b)) {
            attribution.kind = *kind;
        }
    }
}

/// The agencies and outlets a paragraph credits by its form: a dateline, or a credit line.
pub(crate) fn line_credits(outlets: &Outlets, text: &str) -> Vec<(String, SourceKind)> {
    let mut found = Vec::new();
    let (names, shouted) = lines::dateline(text);
    for name in names {
        let tokens = tokenize(name);
        match outlets.medium_in(&surfaces(&tokens)) {
            Some((canonical, kind)) => found.push((canonical.to_string(), kind)),
            None if shouted && tokens.len() <= MAX_DATELINE_NAME_WORDS => {
                found.push((name.to_string(), SourceKind::Media));
            }
            None => {}
        }
    }
    // Only a name the table knows: "… - Pronojiwo" credits nobody.
    if let Some(name) = lines::closing_credit(text) {
        let tokens = tokenize(name);
        if let Some((canonical, kind)) = outlets.medium_in(&surfaces(&tokens)) {
            found.push((canonical.to_string(), kind));
        }
    }
    if let Some(rest) = lines::credit_line(text) {
        let tokens = tokenize(rest);
        found.extend(outlets.media_in(&surfaces(&tokens)).into_iter().map(|(n, k)| (n.to_string(), k)));
    }
    found
}

/// Whether a credit names the outlet that gives it.
fn is_self(doc: &Document, outlets: &Outlets, attribution: &Attribution) -> bool {
    let Some(article) = doc.event.articles.iter().find(|a| a.outlet.id == attribution.outlet) else {
        return false;
    };
    let own = article.outlet.name.to_lowercase();
    let name = attribution.source.to_lowercase();
    own == name
        || own == format!("the {name}")
        || article.outlet.id == crate::ingest::slugify(&attribution.source)
        || outlets.same_medium(&attribution.source, &article.outlet.name)
}

fn attribution(doc: &Document, article: usize, source: &str, kind: SourceKind, unit: usize) -> Attribution {
    Attribution {
        outlet: doc.outlet_id(article).to_string(),
        source: source.to_string(),
        kind,
        sentence: doc.units.get(unit).map(|u| u.sentence.id.clone()).unwrap_or_default(),
    }
}
