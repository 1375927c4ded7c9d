//! The annotated truth that `parallax eval` scores against: the dev set's `truth.json` format
//! (documented in the README, "Annotating your own events").
//!
//! The format is read strictly: an unknown key is an error naming its line, so that a misspelt
//! field is never silently ignored and a figure never looks better than it is.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole truth file: event id → what is known of it.
pub type Truth = BTreeMap<String, EventTruth>;

/// What a person who read every article of one event annotated.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTruth {
    /// Quote families: family name → outlet id → a substring of that outlet's wording.
    #[serde(default)]
    pub families: BTreeMap<String, BTreeMap<String, String>>,
    /// The speaker of each family, or null when no article names one.
    #[serde(default)]
    pub speakers: BTreeMap<String, Option<String>>,
    /// Facts two or more outlets report: claim name → outlet id → the sentence(s) that report it.
    #[serde(default)]
    pub claims: BTreeMap<String, BTreeMap<String, Substrings>>,
    /// Sentences that state several listed claims: `[outlet, substring, [claim, …]]`.
    #[serde(default)]
    pub multi_fact_sentences: Vec<(String, String, Vec<String>)>,
    /// Facts only one outlet reports: name → `[outlet, substring]`.
    #[serde(default)]
    pub unique: BTreeMap<String, (String, String)>,
    /// One fact with a differing detail across outlets.
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    /// Groups of outlets that carry one source text.
    #[serde(default)]
    pub copies: Vec<CopyGroup>,
    /// Whom each outlet credits.
    #[serde(default)]
    pub credits: BTreeMap<String, Vec<Credit>>,
}

/// One substring, or several (the outlet states the fact in more than one sentence).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Substrings {
    /// One sentence.
    One(String),
    /// Any of these sentences.
    Many(Vec<String>),
}

impl Substrings {
    /// The substrings as a slice.
    pub fn as_slice(&self) -> &[String] {
        match self {
            Substrings::One(one) => std::slice::from_ref(one),
            Substrings::Many(many) => many,
        }
    }
}

/// The same fact with a differing detail.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The fact's name.
    pub fact: String,
    /// Outlet id → the substring with its value.
    pub outlets: BTreeMap<String, Substrings>,
    /// What differs, in words.
    pub differs: String,
}

/// Outlets that carry one source text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CopyGroup {
    /// The outlet ids.
    pub outlets: Vec<String>,
    /// About what share of the smaller article's sentences comes back in the other(s).
    pub shared: f64,
    /// The evidence, in words.
    #[serde(default)]
    pub note: Option<String>,
}

/// A source an outlet credits.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credit {
    /// The source's name.
    pub source: String,
    /// Other forms of the name that count as the same source.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What kind of source it is.
    pub kind: CreditKind,
    /// A substring of the article where it is credited.
    pub text: String,
    /// A remark.
    #[serde(default)]
    pub note: Option<String>,
}

/// Kinds of credited source (the dev set's README, "Credits").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CreditKind {
    /// Someone quoted or paraphrased, or a role phrase when no name is given.
    Person,
    /// A body stated as saying or announcing.
    Institution,
    /// A news agency.
    Agency,
    /// Another outlet.
    Media,
    /// A statement, transcript, readout or post credited as such.
    Document,
    /// Explicitly unnamed sourcing ("officials said"): optional.
    Unnamed,
    /// The outlet's own dateline or credit line: optional.
    #[serde(rename = "self")]
    OwnLine,
    /// An embedded post: optional.
    Embed,
}

impl CreditKind {
    /// Whether a tool may credit it or not without penalty.
    pub fn is_optional(self) -> bool {
        matches!(self, CreditKind::Unnamed | CreditKind::OwnLine | CreditKind::Embed)
    }

    /// Whether the source is an agency or outlet, which may also be named by its initials.
    pub fn may_be_abbreviated(self) -> bool {
        matches!(self, CreditKind::Agency | CreditKind::Media | CreditKind::OwnLine)
    }
}

impl EventTruth {
    /// Every outlet id the truth names, with where, for checking them against the corpus.
    pub fn outlet_mentions(&self) -> Vec<(&str, String)> {
        let mut out: Vec<(&str, String)> = Vec::new();
        for (name, outlets) in &self.families {
            out.extend(outlets.keys().map(|o| (o.as_str(), format!("families/{name}"))));
        }
        for (name, outlets) in &self.claims {
            out.extend(outlets.keys().map(|o| (o.as_str(), format!("claims/{name}"))));
        }
        for (index, (outlet, _, _)) in self.multi_fact_sentences.iter().enumerate() {
            out.push((outlet.as_str(), format!("multi_fact_sentences[{index}]")));
        }
        for (name, (outlet, _)) in &self.unique {
            out.push((outlet.as_str(), format!("unique/{name}")));
        }
        for conflict in &self.conflicts {
            out.extend(conflict.outlets.keys().map(|o| (o.as_str(), format!("conflicts/{}", conflict.fact))));
        }
        for (index, group) in self.copies.iter().enumerate() {
            out.extend(group.outlets.iter().map(|o| (o.as_str(), format!("copies[{index}]"))));
        }
        for outlet in self.credits.keys() {
            out.push((outlet.as_str(), "credits".to_string()));
        }
        out
    }
}

/// Reads a truth file's text. The error names the line and column and what is wrong there.
pub fn parse(text: &str) -> Result<Truth, String> {
    serde_json::from_str(text).map_err(|err| {
        let line = err.line();
        let column = err.column();
        let message = err.to_string();
        // serde_json appends " at line L column C"; the caller's prefix already says where.
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        format!("{line}:{column}: {message}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_part_of_the_format() {
        let text = r#"{"quake": {
            "families": {"f": {"a": "we are doing the most we can", "b": "we are doing all we can"}},
            "speakers": {"f": null},
            "claims": {"toll": {"a": "at least 77 people were killed", "b": ["killed 77 people", "77 dead"]}},
            "multi_fact_sentences": [["a", "at least 77 people were killed", ["toll", "x"]]],
            "unique": {"u": ["a", "an only-here fact"]},
            "conflicts": [{"fact": "toll", "outlets": {"a": "77", "b": "272"}, "differs": "count"}],
            "copies": [{"outlets": ["a", "b"], "shared": 0.9}],
            "credits": {"a": [{"source": "Associated Press", "aliases": ["AP"], "kind": "agency", "text": "t"}],
                        "b": [{"source": "Reuters", "kind": "self", "text": "t"}]}
        }}"#;
        let truth = parse(text).unwrap();
        let quake = &truth["quake"];
        assert_eq!(quake.claims["toll"]["b"].as_slice().len(), 2);
        assert_eq!(quake.unique["u"].0, "a");
        assert!(quake.credits["b"][0].kind.is_optional());
        assert!(!quake.credits["a"][0].kind.is_optional());
        assert_eq!(quake.outlet_mentions().len(), 12);
    }

    #[test]
    fn a_misspelt_key_is_an_error_with_its_line() {
        let err = parse("{\"e\": {\n\"claimz\": {}}}").unwrap_err();
        assert!(err.starts_with("2:"), "{err}");
        assert!(err.contains("unknown field `claimz`"), "{err}");
        let err = parse(
            "{\"e\": {\"credits\": {\"a\": [{\"source\": \"X\", \"kind\": \"rumour\", \"text\": \"t\"}]}}}",
        )
        .unwrap_err();
        assert!(err.contains("rumour"), "{err}");
    }
}
