//! Diagnostics: what is wrong with a corpus, where, and how to fix it.

use std::fmt;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The corpus cannot be built until this is fixed.
    Error,
    /// Worth knowing (an ignored file, say); the build goes on.
    Note,
}

/// One finding about a corpus, printed as `path:line: message`.
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

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}
