//! Planning one event from its folder: which files are articles, under which outlet, with which
//! metadata, from `event.toml` where it lists them and from the file names where it does not.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::ingest::decode::decode;
use crate::ingest::manifest::Manifest;
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

/// Who owns an outlet id: the file that took it first and where, for duplicate messages.
struct IdOwner {
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
    let id = event_id(source, errors, notes);
    let manifest_file = file_named(source, "event.toml");
    let manifest = manifest_file.and_then(|file| read_manifest(file, limits, errors));
    let topics = match file_named(source, "topics.toml") {
        Some(file) => topics::read(file, limits, errors),
        None => corpus_topics.to_vec(),
    };
    let manifest = manifest.unwrap_or_default();
    let event = event_of(id, source, &manifest, topics);
    let manifest_path =
        manifest_file.map_or_else(|| format!("{}/event.toml", source.path), |file| file.path.clone());
    let mut plan = EventPlan { event, path: source.path.clone(), articles: Vec::new() };
    let mut owners: HashMap<String, IdOwner> = HashMap::new();
    let listed = plan_listed(source, &manifest, &manifest_path, &mut plan.articles, &mut owners, errors);
    plan_unlisted(source, &listed, &mut plan.articles, &mut owners, errors, notes);
    if plan.articles.is_empty() {
        errors.push(Diagnostic::error(
            &source.path,
            "the event has no articles; add one .txt file per outlet to the folder (or remove the folder)",
        ));
    }
    plan
}

/// The event id made from the folder name, with an error if it gives none and a note if it differs.
fn event_id(source: &EventSource, errors: &mut Vec<Diagnostic>, notes: &mut Vec<Diagnostic>) -> String {
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
    id
}

/// The folder's file with this name, if any.
fn file_named<'a>(source: &'a EventSource, name: &str) -> Option<&'a SourceFile> {
    source.files.iter().find(|file| file.name == name)
}

/// The parsed `event.toml`, its problems added to `errors`; `None` if it cannot be read.
fn read_manifest(file: &SourceFile, limits: &Limits, errors: &mut Vec<Diagnostic>) -> Option<Manifest> {
    match decode(file, limits) {
        Ok(text) => {
            let (manifest, problems) = manifest::parse(text, &file.path);
            errors.extend(problems);
            manifest
        }
        Err(diagnostic) => {
            errors.push(diagnostic);
            None
        }
    }
}

/// The event without articles: the manifest's metadata, the title made from the folder if none.
fn event_of(id: String, source: &EventSource, manifest: &Manifest, topics: Vec<TopicDef>) -> Event {
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
    event
}

/// Plans the articles `event.toml` lists, in its order; returns the names of the files it lists.
fn plan_listed<'a, 'm>(
    source: &'a EventSource,
    manifest: &'m Manifest,
    manifest_path: &str,
    articles: &mut Vec<ArticlePlan<'a>>,
    owners: &mut HashMap<String, IdOwner>,
    errors: &mut Vec<Diagnostic>,
) -> HashSet<&'m str> {
    let mut listed: HashMap<&str, u32> = HashMap::new();
    for entry in &manifest.articles {
        if let Some(first_line) = listed.get(entry.file.as_str()) {
            errors.push(
                Diagnostic::error(
                    manifest_path,
                    format!("\"{}\" is already listed at line {first_line}; list each file once", entry.file),
                )
                .at_line(entry.line),
            );
            continue;
        }
        listed.insert(&entry.file, entry.line);
        let Some(file) = file_named(source, &entry.file) else {
            errors.push(
                Diagnostic::error(
                    manifest_path,
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
        let outlet_id = entry.outlet_id.clone().unwrap_or_else(|| derived_id(stem, articles.len()));
        let origin = format!("{manifest_path}:{}", entry.outlet_id_line);
        if let Some(owner) = owners.get(&outlet_id) {
            errors.push(
                Diagnostic::error(
                    manifest_path,
                    format!(
                        "outlet id \"{outlet_id}\" is used by both {} ({}) and {}; give each article its own outlet_id",
                        owner.file, owner.origin, entry.file
                    ),
                )
                .at_line(entry.outlet_id_line),
            );
            continue;
        }
        owners.insert(outlet_id.clone(), IdOwner { file: entry.file.clone(), origin });
        let name = entry
            .outlet
            .clone()
            .unwrap_or_else(|| title_case(if entry.outlet_id.is_some() { outlet_id.as_str() } else { stem }));
        articles.push(ArticlePlan {
            file,
            outlet: Outlet { id: outlet_id, name },
            headline: entry.headline.clone(),
            url: entry.url.clone(),
            published: entry.published.clone(),
            via: entry.via.clone(),
        });
    }
    listed.into_keys().collect()
}

/// Plans the folder's `.txt` files the manifest does not list, by name, their outlets named after them.
fn plan_unlisted<'a>(
    source: &'a EventSource,
    listed: &HashSet<&str>,
    articles: &mut Vec<ArticlePlan<'a>>,
    owners: &mut HashMap<String, IdOwner>,
    errors: &mut Vec<Diagnostic>,
    notes: &mut Vec<Diagnostic>,
) {
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
        let outlet_id = derived_id(stem, articles.len());
        if let Some(owner) = owners.get(&outlet_id) {
            errors.push(Diagnostic::error(
                &file.path,
                format!(
                    "outlet id \"{outlet_id}\", made from this file's name, is already used by {} ({}); \
                     rename the file, or list it in event.toml with its own outlet_id",
                    owner.file, owner.origin
                ),
            ));
            continue;
        }
        owners.insert(
            outlet_id.clone(),
            IdOwner { file: file.name.clone(), origin: "its file name".to_string() },
        );
        articles.push(ArticlePlan {
            file,
            outlet: Outlet { id: outlet_id, name: title_case(stem) },
            headline: None,
            url: None,
            published: None,
            via: None,
        });
    }
}

/// A file name without its `.txt` extension.
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
