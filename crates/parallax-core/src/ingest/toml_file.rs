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

/// Where a TOML file's lines start, for the line of each value that fails validation: one pass
/// over the text, then a binary search per value (a manifest of thousands of articles has
/// thousands of values).
pub(crate) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// Indexes the lines of `text`.
    pub(crate) fn new(text: &str) -> Lines {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect();
        Lines { starts }
    }

    /// The 1-based line where a spanned value starts.
    pub(crate) fn of<T>(&self, value: &Spanned<T>) -> u32 {
        let line = self.starts.partition_point(|&start| start <= value.span().start);
        u32::try_from(line.max(1)).unwrap_or(u32::MAX)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_values() {
        let text = "a = 1\n\n[b]\nc = \"x\"\n";
        #[derive(serde::Deserialize)]
        struct Doc {
            a: Spanned<i64>,
            b: Inner,
        }
        #[derive(serde::Deserialize)]
        struct Inner {
            c: Spanned<String>,
        }
        let doc: Doc = toml::from_str(text).unwrap_or_else(|err| panic!("{err}"));
        let lines = Lines::new(text);
        assert_eq!(lines.of(&doc.a), 1);
        assert_eq!(lines.of(&doc.b.c), 4);
        assert_eq!(lines.of(&doc.b.c), line_of_offset(text.as_bytes(), doc.b.c.span().start));
    }
}
