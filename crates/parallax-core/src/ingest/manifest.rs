//! The event manifest, `event.toml`: the event's title, date and summary, and one `[[article]]`
//! per file with its outlet, headline, address, date and the site that republished it.
//!
//! Unknown keys are errors (so that a typo such as `outlet-id` is caught, not ignored), and every
//! value that fails validation is reported at its line.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::inert::is_invisible;
use crate::ingest::names::{is_iso_date, is_slug};
use crate::ingest::toml_file::{self, date_text, non_empty};

/// A parsed, validated `event.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Manifest {
    /// `[event] title`.
    pub title: Option<String>,
    /// `[event] date`, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `[event] summary`.
    pub summary: Option<String>,
    /// The `[[article]]` entries in order.
    pub articles: Vec<ManifestArticle>,
}

/// One `[[article]]` entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ManifestArticle {
    /// The file name inside the event folder.
    pub file: String,
    /// The line of the `[[article]]` entry's `file` key, for diagnostics.
    pub line: u32,
    /// The outlet's display name.
    pub outlet: Option<String>,
    /// The outlet's slug, if given and valid.
    pub outlet_id: Option<String>,
    /// The line of `outlet_id` (or of `file` when there is none).
    pub outlet_id_line: u32,
    /// The headline.
    pub headline: Option<String>,
    /// The original page's address.
    pub url: Option<String>,
    /// The publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The site that republished the article.
    pub via: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    event: Option<RawEvent>,
    #[serde(default)]
    article: Vec<RawArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    title: Option<String>,
    date: Option<Spanned<toml::Value>>,
    summary: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    file: Spanned<String>,
    outlet: Option<String>,
    outlet_id: Option<Spanned<String>>,
    headline: Option<String>,
    url: Option<Spanned<String>>,
    published: Option<Spanned<toml::Value>>,
    via: Option<String>,
}

const HOW_TO_FIX: &str = "fix event.toml: it takes an [event] table (title, date, summary) and \
    [[article]] tables (file, outlet, outlet_id, headline, url, published, via)";

/// Parses and validates an `event.toml`. A syntax error gives no manifest; a bad value gives
/// the manifest without that value, and an error at its line.
pub(crate) fn parse(text: &str, path: &str) -> (Option<Manifest>, Vec<Diagnostic>) {
    let raw: RawManifest = match toml_file::parse(text, path, HOW_TO_FIX) {
        Ok(raw) => raw,
        Err(diagnostic) => return (None, vec![diagnostic]),
    };
    let lines = toml_file::Lines::new(text);
    let mut errors = Vec::new();
    let mut manifest = Manifest::default();
    if let Some(event) = raw.event {
        manifest.title = non_empty(event.title);
        manifest.summary = non_empty(event.summary);
        manifest.date = event.date.and_then(|date| validated_date(&lines, path, "date", &date, &mut errors));
    }
    for article in raw.article {
        manifest.articles.push(validated_article(&lines, path, article, &mut errors));
    }
    (Some(manifest), errors)
}

fn validated_article(
    lines: &toml_file::Lines,
    path: &str,
    raw: RawArticle,
    errors: &mut Vec<Diagnostic>,
) -> ManifestArticle {
    let line = lines.of(&raw.file);
    let file = raw.file.into_inner().trim().to_string();
    if file.contains(['/', '\\']) || file.is_empty() {
        errors.push(
            Diagnostic::error(
                path,
                format!(
                    "`file = \"{file}\"` must be the bare name of a file in the event folder, without a path"
                ),
            )
            .at_line(line),
        );
    } else if !file.ends_with(".txt") {
        errors.push(
            Diagnostic::error(
                path,
                format!("`file = \"{file}\"`: articles must be plain-text `.txt` files; rename the file"),
            )
            .at_line(line),
        );
    }
    let mut outlet_id_line = line;
    let outlet_id = raw.outlet_id.and_then(|id| {
        outlet_id_line = lines.of(&id);
        let id = id.into_inner();
        if is_slug(&id) {
            Some(id)
        } else {
            errors.push(
                Diagnostic::error(
                    path,
                    format!(
                        "`outlet_id = \"{id}\"` is not a slug; use lowercase letters a-z, digits and \
                         single hyphens, e.g. \"the-daily-news\""
                    ),
                )
                .at_line(outlet_id_line),
            );
            None
        }
    });
    ManifestArticle {
        file,
        line,
        outlet: non_empty(raw.outlet),
        outlet_id,
        outlet_id_line,
        headline: non_empty(raw.headline),
        url: raw.url.and_then(|url| validated_url(lines, path, url, errors)),
        published: raw
            .published
            .and_then(|published| validated_date(lines, path, "published", &published, errors)),
        via: non_empty(raw.via),
    }
}

/// An article's address: an absolute `http` or `https` URL with a host, and nothing in it that
/// would need escaping to stay one attribute value (whitespace, double quotes, backticks, angle
/// brackets, control and invisible characters). An apostrophe is allowed: addresses hold them
/// ("…/oregon's-portland"), and the app escapes every attribute value anyway. An empty value is read as absent; any other value that is not such
/// an address is an error at its line.
fn validated_url(
    lines: &toml_file::Lines,
    path: &str,
    url: Spanned<String>,
    errors: &mut Vec<Diagnostic>,
) -> Option<String> {
    let line = lines.of(&url);
    let url = url.into_inner().trim().to_string();
    let Some(problem) = web_address_problem(&url) else {
        return (!url.is_empty()).then_some(url);
    };
    let mut shown: String = url.chars().take(80).collect();
    if shown.len() < url.len() {
        shown.push('…');
    }
    let message = format!(
        "`url = \"{shown}\"` is not a web address: {problem}; give the original article's address, \
         starting with https:// (or http://)"
    );
    errors.push(Diagnostic::error(path, message).at_line(line));
    None
}

/// What is wrong with `url` as an article's address, or `None` if it is one.
fn web_address_problem(url: &str) -> Option<&'static str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = match (lower.strip_prefix("https://"), lower.strip_prefix("http://")) {
        (Some(_), _) => url.get(8..),
        (None, Some(_)) => url.get(7..),
        (None, None) if url.is_empty() => return None,
        (None, None) => return Some("only http:// and https:// addresses are accepted"),
    };
    let rest = rest.unwrap_or_default();
    if rest.is_empty() || rest.starts_with(['/', '?', '#']) {
        Some("it names no host")
    } else if url.chars().any(|c| c.is_whitespace() || is_invisible(c)) {
        Some("it holds spaces or control characters (write a space as %20)")
    } else if url.contains(['"', '<', '>', '`']) {
        Some("it holds double quotes, backticks or angle brackets (write them as %22, %60, %3C, %3E)")
    } else {
        None
    }
}

fn validated_date(
    lines: &toml_file::Lines,
    path: &str,
    key: &str,
    value: &Spanned<toml::Value>,
    errors: &mut Vec<Diagnostic>,
) -> Option<String> {
    match date_text(value.get_ref()) {
        Some(date) if is_iso_date(&date) => Some(date),
        shown => {
            let shown = match shown {
                Some(date) => format!("\"{date}\""),
                None => {
                    let kind = value.get_ref().type_str();
                    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
                    format!("{article} {kind}")
                }
            };
            errors.push(
                Diagnostic::error(
                    path,
                    format!(
                        "`{key}` is {shown}, not a date; write it as \"YYYY-MM-DD\", e.g. \"2025-07-03\""
                    ),
                )
                .at_line(lines.of(value)),
            );
            None
        }
    }
}
