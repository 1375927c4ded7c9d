//! Planning one event from its folder: which files are articles, under which outlet, with which
//! metadata, from `event.toml` where it lists them and from the file names where it does not.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::ingest::decode::decode;
use crate::ingest::names::{slugify, title_case};
use crate::ingest::{manifest, topics, Limits};
use crate::model::{Event, Outlet, TopicDef};
use crate::source::{EventSource, SourceFile};

/// An event ready to ingest: its metadata and its article files.
pub(crate) struct EventPlan<'a> {
    /// The event, without articles yet.
    pub event: Event,
    /// The folder's path, for diagnostics.
    pub path: String,
    /// The article files with their metadata, in manifest order, then unlisted files by name.
    pub articles: Vec<ArticlePlan<'a>>,
}

/// One article file and what the manifest says about it.
pub(crate) struct ArticlePlan<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// The outlet.
    pub outlet: Outlet,
    /// The headline.
    pub headline: Option<String>,
    /// The original address.
    pub url: Option<String>,
    /// The publication date from the manifest.
    pub published: Option<String>,
    /// The republishing site.
    pub via: Option<String>,
}

/// Where an outlet id was first claimed, for duplicate messages.
struct Claim {
    file: String,
    origin: String,
}

/// Reads an event folder's manifest and topics and decides its articles.
pub(crate) fn plan<'a>(
    source: &'a EventSource,
    corpus_topics: &[TopicDef],
    limits: &Limits,
    errors: &mut Vec<Diagnostic>,
    notes: &mut Vec<Diagnostic>,
) -> EventPlan<'a> {
    let id = slugify(&source.id);
    if id.is_empty() {
        errors.push(Diagnostic::error(
            &source.path,
            "the folder name gives no usable event id; rename the folder using letters a-z, digits and hyphens",
        ));
    } else if id != source.id {
        notes.push(Diagnostic::note(
            &source.path,
            format!("the event id is \"{id}\", made from the folder name"),
        ));
    }
    let file_named = |name: &str| source.files.iter().find(|file| file.name == name);
    let manifest_file = file_named("event.toml");
    let manifest = manifest_file.and_then(|file| match decode(file, limits) {
        Ok(text) => {
            let (manifest, problems) = manifest::parse(text, &file.path);
            errors.extend(problems);
            manifest
        }
        Err(diagnostic) => {
            errors.push(diagnostic);
            None
        }
    });
    let topics = match file_named("topics.toml") {
        Some(file) => topics::read(file, limits, errors),
        None => corpus_topics.to_vec(),
    };
    let manifest = manifest.unwrap_or_default();
    let mut event = Event {
        id,
        title: manifest.title.clone().unwrap_or_else(|| title_case(&source.id)),
        date: manifest.date.clone(),
        summary: manifest.summary.clone(),
        articles: Vec::new(),
        topics,
    };
    if event.title.is_empty() {
        event.title = event.id.clone();
    }
    let manifest_path =
        manifest_file.map_or_else(|| format!("{}/event.toml", source.path), |file| file.path.clone());
    let mut plan = EventPlan { event, path: source.path.clone(), articles: Vec::new() };
    let mut claims: HashMap<String, Claim> = HashMap::new();
    let mut listed: HashMap<&str, u32> = HashMap::new();
    for entry in &manifest.articles {
        if let Some(first_line) = listed.get(entry.file.as_str()) {
            errors.push(
                Diagnostic::error(
                    &manifest_path,
                    format!("\"{}\" is already listed at line {first_line}; list each file once", entry.file),
                )
                .at_line(entry.line),
            );
            continue;
        }
        listed.insert(&entry.file, entry.line);
        let Some(file) = file_named(&entry.file) else {
            errors.push(
                Diagnostic::error(
                    &manifest_path,
                    format!(
                        "`file = \"{}\"` names a file that is not in {}; fix the name or add the file",
                        entry.file, source.path
                    ),
                )
                .at_line(entry.line),
            );
            continue;
        };
        let stem = stem(&entry.file);
        let outlet_id = entry.outlet_id.clone().unwrap_or_else(|| derived_id(stem, plan.articles.len()));
        let origin = format!("{manifest_path}:{}", entry.outlet_id_line);
        if let Some(claim) = claims.get(&outlet_id) {
            errors.push(
                Diagnostic::error(
                    &manifest_path,
                    format!(
                        "outlet id \"{outlet_id}\" is used by both {} ({}) and {}; give each article its own outlet_id",
                        claim.file, claim.origin, entry.file
                    ),
                )
                .at_line(entry.outlet_id_line),
            );
            continue;
        }
        claims.insert(outlet_id.clone(), Claim { file: entry.file.clone(), origin });
        let name = entry
            .outlet
            .clone()
            .unwrap_or_else(|| title_case(if entry.outlet_id.is_some() { outlet_id.as_str() } else { stem }));
        plan.articles.push(ArticlePlan {
            file,
            outlet: Outlet { id: outlet_id, name },
            headline: entry.headline.clone(),
            url: entry.url.clone(),
            published: entry.published.clone(),
            via: entry.via.clone(),
        });
    }
    let listed: HashSet<&str> = listed.into_keys().collect();
    for file in &source.files {
        if listed.contains(file.name.as_str()) || file.name == "event.toml" || file.name == "topics.toml" {
            continue;
        }
        if !file.name.ends_with(".txt") {
            notes.push(Diagnostic::note(
                &file.path,
                "ignored: an event folder is read for .txt articles, event.toml and topics.toml only",
            ));
            continue;
        }
        let stem = stem(&file.name);
        let outlet_id = derived_id(stem, plan.articles.len());
        if let Some(claim) = claims.get(&outlet_id) {
            errors.push(Diagnostic::error(
                &file.path,
                format!(
                    "outlet id \"{outlet_id}\", made from this file's name, is already used by {} ({}); \
                     rename the file, or list it in event.toml with its own outlet_id",
                    claim.file, claim.origin
                ),
            ));
            continue;
        }
        claims.insert(
            outlet_id.clone(),
            Claim { file: file.name.clone(), origin: "its file name".to_string() },
        );
        plan.articles.push(ArticlePlan {
            file,
            outlet: Outlet { id: outlet_id, name: title_case(stem) },
            headline: None,
            url: None,
            published: None,
            via: None,
        });
    }
    if plan.articles.is_empty() {
        errors.push(Diagnostic::error(
            &source.path,
            "the event has no articles; add one .txt file per outlet to the folder (or remove the folder)",
        ));
    }
    plan
}

fn stem(file_name: &str) -> &str {
    file_name.strip_suffix(".txt").unwrap_or(file_name)
}

/// An outlet id from a file name; `outlet-<n>` when the name has no letters or digits a-z, 0-9.
fn derived_id(stem: &str, index: usize) -> String {
    let slug = slugify(stem);
    if slug.is_empty() {
        format!("outlet-{}", index + 1)
    } else {
        slug
    }
}
