//! Topics: tagging sentences with the topics of `topics.toml`, or finding topics automatically.
//!
//! A defined topic's keywords are tokenised like the text (stems through the synonym groups, see
//! [`super::text`]); a sentence carries the topic when one keyword's keys occur in it as
//! consecutive words ("root causes" matches "root cause", "truce" matches "ceasefire").
//!
//! Without a `topics.toml`, topics are found automatically: see [`salient`].

mod phrases;
pub mod salient;

pub use salient::automatic;

use super::document::Document;
use super::text::tokenize;
use crate::analysis::Topic;
use crate::model::TopicDef;

/// Tags the event's sentences with its defined topics, in the file's order.
pub fn tag(doc: &Document, defs: &[TopicDef]) -> Vec<Topic> {
    defs.iter()
        .map(|def| {
            let phrases: Vec<Vec<String>> = def
                .keywords
                .iter()
                .map(|k| tokenize(k).into_iter().map(|t| t.key.to_string()).collect::<Vec<_>>())
                .filter(|keys| !keys.is_empty())
                .collect();
            let sentences = doc
                .units
                .iter()
                .filter(|unit| {
                    let keys: Vec<&str> = unit.tokens.iter().map(|t| t.key.as_str()).collect();
                    phrases.iter().any(|phrase| contains_phrase(&keys, phrase))
                })
                .map(|unit| unit.sentence.id.clone())
                .collect();
            Topic { id: def.id.clone(), label: def.label.clone(), automatic: false, sentences }
        })
        .collect()
}

fn contains_phrase(keys: &[&str], phrase: &[String]) -> bool {
    !phrase.is_empty()
        && keys.windows(phrase.len()).any(|window| window.iter().zip(phrase).all(|(a, b)| a == b))
}

/// The word with its first letter in upper case.
pub(crate) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A URL slug.
pub(crate) fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}
