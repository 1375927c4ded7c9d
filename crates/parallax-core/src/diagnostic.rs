//! Diagnostics: what is wrong with a corpus, where, and how to fix it.

use std::fmt;

use crate::inert::Escaped;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The corpus cannot be built until this is fixed.
    Error,
    /// Worth knowing (an ignored file, say); the build goes on.
    Note,
}

/// One finding about a corpus, printed as `path:line: message`. The path and message may hold
/// text from the corpus (file names, manifest values); printed, they are [`Escaped`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or note.
    pub severity: Severity,
    /// The file or folder concerned, as given by the caller (relative paths stay relative).
    pub path: String,
    /// The 1-based line, where the finding has one.
    pub line: Option<u32>,
    /// What is wrong and how to fix it, as one sentence or two.
    pub message: String,
}

impl Diagnostic {
    /// An error at a path, with no line.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, path: path.into(), line: None, message: message.into() }
    }

    /// A note at a path, with no line.
    pub fn note(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Note, path: path.into(), line: None, message: message.into() }
    }

    /// The same diagnostic at a 1-based line.
    pub fn at_line(mut self, line: u32) -> Diagnostic {
        self.line = Some(line);
        self
    }

    /// Whether this diagnostic stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `path:line: message` on one line: control, bidirectional and invisible characters in the path
/// and message are written as escapes (`\u{1b}`), so that no file name or manifest value can
/// start a line of its own, act on a terminal or read backwards.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, message) = (Escaped(&self.path), Escaped(&self.message));
        match self.line {
            Some(line) => write!(f, "{path}:{line}: {message}"),
            None => write!(f, "{path}: {message}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_prints_as_one_inert_line() {
        let note = Diagnostic::note("corpus/ev/x\ncargo:rustc-cfg=evil\ny.md", "ignored: \u{1b}[2J\u{202e}");
        assert_eq!(
            note.to_string(),
            "corpus/ev/x\\u{a}cargo:rustc-cfg=evil\\u{a}y.md: ignored: \\u{1b}[2J\\u{202e}"
        );
        let error = Diagnostic::error("e.toml", "bad\r\nline").at_line(3);
        assert_eq!(error.to_string(), "e.toml:3: bad\\u{d}\\u{a}line");
    }
}
