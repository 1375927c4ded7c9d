//! Turning a corpus's raw files into the cleaned, segmented model.
//!
//! The steps, all pure:
//! 1. per event, read `event.toml` and `topics.toml` and decide the articles (`event`);
//! 2. per article, decode and [`normalize`] the text, read a leading date line and split the
//!    text into units (`front`, `layout`);
//! 3. across the whole corpus, find the lines that repeat in many articles (`repeated`);
//! 4. per article, split off a run-in headline, find embedded posts, remove boilerplate with its
//!    reason (`clean`), and segment the rest into headings, paragraphs and sentences with ids
//!    (`segment`, `article`).
//!
//! Every problem is collected as a [`Diagnostic`] (`path:line: what is wrong and how to fix it`);
//! nothing stops at the first problem, and no input makes it panic.

mod article;
mod clean;
mod decode;
mod embed;
mod event;
mod front;
mod layout;
mod manifest;
mod names;
mod normalize;
mod outline;
mod repeated;
pub(crate) mod segment;
mod toml_file;
mod topics;
mod words;

use std::collections::HashMap;

pub use self::names::slugify;
pub use self::normalize::normalize;
pub use self::outline::outline;

/// Splits a paragraph into sentences (abbreviations, decimals, ellipses and quotes handled), each
/// with its whitespace collapsed.
pub fn split_sentences(paragraph: &str) -> Vec<String> {
    segment::sentences(paragraph)
}
use self::event::{ArticlePlan, EventPlan};
use self::layout::Unit;
use self::repeated::{ArticleLines, RepeatedLines};
use crate::diagnostic::Diagnostic;
use crate::model::{Article, Corpus, Removal, RemovalReason, TopicDef};
use crate::source::CorpusSource;

/// Limits that protect the build from runaway input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The largest article file accepted, in bytes (1 MiB by default).
    pub max_file_bytes: u64,
    /// The largest `event.toml` or `topics.toml` accepted, in bytes (32 MiB by default): a
    /// manifest grows with its event, a few hundred bytes per article.
    pub max_manifest_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_file_bytes: 1024 * 1024, max_manifest_bytes: 32 * 1024 * 1024 }
    }
}

impl Limits {
    /// The largest size accepted for a file of this name.
    pub fn for_file(&self, name: &str) -> u64 {
        if matches!(name, "event.toml" | "topics.toml") {
            self.max_manifest_bytes
        } else {
            self.max_file_bytes
        }
    }
}

/// The result of ingesting a corpus: the model, plus what is wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Ingested {
    /// The corpus as far as it could be built.
    pub corpus: Corpus,
    /// Problems that must be fixed before the corpus is used.
    pub errors: Vec<Diagnostic>,
    /// Things worth knowing that do not stop the build.
    pub notes: Vec<Diagnostic>,
}

/// Parses, cleans and segments every event of a corpus.
pub fn ingest(source: &CorpusSource, limits: &Limits) -> Ingested {
    let mut out = Ingested { notes: source.notes.clone(), ..Ingested::default() };
    if source.events.is_empty() {
        out.errors.push(Diagnostic::error(
            &source.root,
            "the corpus has no event folders; put each event's articles (.txt files) in a folder of its own \
             inside this folder",
        ));
        return out;
    }
    let corpus_topics = corpus_topics(source, limits, &mut out.errors);
    let plans: Vec<EventPlan<'_>> = source
        .events
        .iter()
        .map(|event| event::plan(event, &corpus_topics, limits, &mut out.errors, &mut out.notes))
        .collect();
    report_duplicate_events(&plans, &mut out.errors);

    let prepared: Vec<Vec<Prepared<'_>>> = plans
        .iter()
        .map(|plan| plan.articles.iter().filter_map(|article| prepare(article, limits, &mut out)).collect())
        .collect();
    let repeated = RepeatedLines::find(prepared.iter().enumerate().flat_map(|(event, articles)| {
        articles.iter().map(move |article| ArticleLines { event, units: &article.units })
    }));

    for (plan, articles) in plans.iter().zip(prepared) {
        let mut event = plan.event.clone();
        for prepared in articles {
            if let Some(article) = finish(prepared, &repeated, &mut out.errors) {
                event.articles.push(article);
            }
        }
        if event.date.is_none() {
            event.date = event.articles.iter().filter_map(|article| article.published.clone()).min();
        }
        out.corpus.events.push(event);
    }
    out.corpus.events.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// An article decoded, normalised and split into units, waiting for the corpus-wide pass.
struct Prepared<'a> {
    plan: &'a ArticlePlan<'a>,
    published: Option<String>,
    front: Vec<Removal>,
    units: Vec<Unit>,
}

fn corpus_topics(source: &CorpusSource, limits: &Limits, errors: &mut Vec<Diagnostic>) -> Vec<TopicDef> {
    source.topics.as_ref().map_or_else(Vec::new, |file| topics::read(file, limits, errors))
}

fn report_duplicate_events(plans: &[EventPlan<'_>], errors: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for plan in plans {
        if plan.event.id.is_empty() {
            continue;
        }
        if let Some(first) = seen.insert(&plan.event.id, &plan.path) {
            errors.push(Diagnostic::error(
                &plan.path,
                format!(
                    "the event id \"{}\" is also made from the folder {first}; rename one of the folders",
                    plan.event.id
                ),
            ));
        }
    }
}

fn prepare<'a>(plan: &'a ArticlePlan<'a>, limits: &Limits, out: &mut Ingested) -> Option<Prepared<'a>> {
    let text = match decode::decode(plan.file, limits) {
        Ok(text) => normalize(text),
        Err(diagnostic) => {
            out.errors.push(diagnostic);
            return None;
        }
    };
    let mut front_removals = Vec::new();
    let mut published = plan.published.clone();
    let mut body = text.as_str();
    let mut first_line = 1;
    if let Some(date_line) = front::date_line(&text) {
        match &published {
            Some(manifest_date) if *manifest_date != date_line.date => out.notes.push(Diagnostic::note(
                &plan.file.path,
                format!(
                    "the date line says {} but event.toml says {manifest_date}; using event.toml",
                    date_line.date
                ),
            )),
            Some(_) => {}
            None => published = Some(date_line.date.clone()),
        }
        front_removals.push(Removal { text: date_line.text, reason: RemovalReason::DateLine });
        let consumed = text.get(..date_line.rest_start).unwrap_or_default();
        first_line += u32::try_from(consumed.matches('\n').count()).unwrap_or(0);
        body = text.get(date_line.rest_start..).unwrap_or_default();
    }
    if body.trim().is_empty() {
        out.errors.push(Diagnostic::error(
            &plan.file.path,
            "the article is empty; paste the article's text into the file, or delete the file",
        ));
        return None;
    }
    let units = layout::units(body.trim_start_matches(' '), first_line);
    Some(Prepared { plan, published, front: front_removals, units })
}

fn finish(prepared: Prepared<'_>, repeated: &RepeatedLines, errors: &mut Vec<Diagnostic>) -> Option<Article> {
    let plan = prepared.plan;
    let masthead = clean::masthead::Masthead::new(&plan.outlet, plan.url.as_deref());
    let cleaned = clean::clean(prepared.units, plan.headline.as_deref(), &masthead, repeated);
    let blocks = article::assemble(&plan.outlet.id, prepared.front, cleaned);
    let mut article = Article {
        file: plan.file.name.clone(),
        outlet: plan.outlet.clone(),
        headline: plan.headline.clone(),
        url: plan.url.clone(),
        published: prepared.published,
        via: plan.via.clone(),
        blocks,
        word_count: 0,
    };
    article.word_count = article::count_words(&article);
    if article.own_sentences().next().is_none() {
        errors.push(Diagnostic::error(&plan.file.path, nothing_left_message(&article)));
        return None;
    }
    Some(article)
}

/// Why an article that had text has none of its own left, listing what was removed.
fn nothing_left_message(article: &Article) -> String {
    let mut counts: Vec<(RemovalReason, usize)> = Vec::new();
    for removal in article.removals() {
        match counts.iter_mut().find(|(reason, _)| *reason == removal.reason) {
            Some((_, count)) => *count += 1,
            None => counts.push((removal.reason, 1)),
        }
    }
    let removed: Vec<String> =
        counts.iter().map(|(reason, count)| format!("{count} {}", reason.code())).collect();
    let embeds = article.blocks.iter().filter(|block| matches!(block, crate::model::Block::Embed(_))).count();
    let mut found = removed.join(", ");
    if embeds > 0 {
        if !found.is_empty() {
            found.push_str(", ");
        }
        found.push_str(&format!("{embeds} embedded post(s)"));
    }
    format!(
        "the article is only boilerplate: nothing of the outlet's own text is left after cleaning \
         (found: {found}); make sure the file holds the article's body, not just the page's menus and links"
    )
}
