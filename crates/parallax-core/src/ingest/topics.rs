//! Topic definitions, `topics.toml`: `[[topic]]` tables with an `id` (a slug), a `label` and
//! `keywords`. The file sits at the corpus root (for every event) or in an event folder (which
//! then wins for that event).

use std::collections::HashMap;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::ingest::decode::decode;
use crate::ingest::names::{is_slug, one_line};
use crate::ingest::{toml_file, Limits};
use crate::model::TopicDef;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopics {
    #[serde(default)]
    topic: Vec<RawTopic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: Spanned<String>,
    label: String,
    keywords: Spanned<Vec<String>>,
}

const HOW_TO_FIX: &str = "fix topics.toml: it holds [[topic]] tables with id (a slug), label and \
    keywords (a list of words or phrases)";

/// Decodes, parses and validates a `topics.toml` file, adding its problems to `errors`: no topics
/// when the file cannot be decoded.
pub(crate) fn read(file: &SourceFile, limits: &Limits, errors: &mut Vec<Diagnostic>) -> Vec<TopicDef> {
    match decode(file, limits) {
        Ok(text) => {
            let (topics, problems) = parse(text, &file.path);
            errors.extend(problems);
            topics
        }
        Err(diagnostic) => {
            errors.push(diagnostic);
            Vec::new()
        }
    }
}

/// Parses and validates a `topics.toml`. Invalid topics are left out and reported at their line.
pub(crate) fn parse(text: &str, path: &str) -> (Vec<TopicDef>, Vec<Diagnostic>) {
    let raw: RawTopics = match toml_file::parse(text, path, HOW_TO_FIX) {
        Ok(raw) => raw,
        Err(diagnostic) => return (Vec::new(), vec![diagnostic]),
    };
    let lines = toml_file::Lines::new(text);
    let mut errors = Vec::new();
    let mut topics = Vec::new();
    let mut first_line_of: HashMap<String, u32> = HashMap::new();
    for topic in raw.topic {
        let line = lines.of(&topic.id);
        let id = topic.id.into_inner();
        if !is_slug(&id) {
            errors.push(
                Diagnostic::error(
                    path,
                    format!(
                        "topic id \"{id}\" is not a slug; use lowercase letters a-z, digits and single \
                         hyphens, e.g. \"ukraine-war\""
                    ),
                )
                .at_line(line),
            );
            continue;
        }
        if let Some(first) = first_line_of.get(&id) {
            errors.push(
                Diagnostic::error(
                    path,
                    format!("topic id \"{id}\" is already used at line {first}; give each topic its own id"),
                )
                .at_line(line),
            );
            continue;
        }
        first_line_of.insert(id.clone(), line);
        let keywords_line = lines.of(&topic.keywords);
        let keywords: Vec<String> = topic
            .keywords
            .into_inner()
            .into_iter()
            .map(|keyword| keyword.trim().to_string())
            .filter(|keyword| !keyword.is_empty())
            .collect();
        if keywords.is_empty() {
            errors.push(
                Diagnostic::error(
                    path,
                    format!("topic \"{id}\" has no keywords; list the words or phrases that mark it"),
                )
                .at_line(keywords_line),
            );
            continue;
        }
        let label = one_line(&topic.label);
        let label = if label.is_empty() { id.clone() } else { label };
        topics.push(TopicDef { id, label, keywords });
    }
    (topics, errors)
}
