//! Shared handling of the corpus's TOML files (`event.toml`, `topics.toml`): parse errors with
//! their line, and line numbers for values that fail validation.

use serde::de::DeserializeOwned;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::ingest::names::{line_of_offset, one_line};

/// Parses `text` into `T`, or returns an error at the line where the TOML goes wrong.
pub(crate) fn parse<T: DeserializeOwned>(text: &str, path: &str, how_to_fix: &str) -> Result<T, Diagnostic> {
    toml::from_str(text).map_err(|err| {
        let message = err.message().trim().trim_end_matches('.').replace('\n', " ");
        let diagnostic = Diagnostic::error(path, format!("{message}; {how_to_fix}"));
        match err.span() {
            Some(span) => diagnostic.at_line(line_of_offset(text.as_bytes(), span.start)),
            None => diagnostic,
        }
    })
}

/// The 1-based line where a spanned value starts.
pub(crate) fn line<T>(text: &str, value: &Spanned<T>) -> u32 {
    line_of_offset(text.as_bytes(), value.span().start)
}

/// A date field: a `"YYYY-MM-DD"` string or a bare TOML date, as `YYYY-MM-DD`.
pub(crate) fn date_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(text) => Some(text.trim().to_string()),
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            datetime.date.map(|date| date.to_string())
        }
        _ => None,
    }
}

/// An optional display value as [`one_line`] text, with an empty one read as absent.
pub(crate) fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|text| one_line(&text)).filter(|text| !text.is_empty())
}
