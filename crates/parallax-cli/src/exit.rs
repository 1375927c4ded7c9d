//! Exit codes that scripts can rely on, and the failures that lead to them.

use std::fmt;
use std::io;

/// Success: the command did what was asked (for `check`, the corpus has no errors).
pub const OK: u8 = 0;
/// The corpus has errors; they were printed to stderr as `path:line: error: message`.
pub const CORPUS: u8 = 1;
/// The command line is wrong: an unknown option, a missing argument, an unknown `--event` id.
pub const USAGE: u8 = 2;
/// Reading or writing failed outside the corpus: stdout closed, an output folder not writable.
pub const IO: u8 = 3;
/// `bench` only: a measured `report` run failed or could not be started.
pub const BENCH: u8 = 4;
/// `eval` only: a figure is below its threshold.
pub const BELOW: u8 = 5;

/// The exit-code table shown at the end of `parallax --help` and in docs/report-schema.md.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success (for `check`: the corpus has no errors)
  1  the corpus (or eval's truth or report file) has errors, printed to stderr as
     `path:line: error: message`
  2  usage error: bad arguments, or an unknown --event id
  3  input/output error outside the corpus (stdout closed, output folder not writable)
  4  bench: a measured run failed
  5  eval: a figure is below its threshold";

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// The corpus has errors, already printed.
    Corpus,
    /// The command line asks for something impossible; the message says what and how to fix it.
    Usage(String),
    /// An input/output error, with what was being done.
    Io {
        /// What the command was doing ("writing the report to stdout").
        doing: String,
        /// The underlying error.
        error: io::Error,
    },
    /// A benchmark run failed.
    Bench(String),
    /// An input file other than the corpus is wrong; the message starts with its path and line.
    Input(String),
    /// `eval`: figures below their thresholds, already printed.
    Below,
}

impl Failure {
    /// An input/output failure while doing something.
    pub fn io(doing: impl Into<String>, error: io::Error) -> Failure {
        Failure::Io { doing: doing.into(), error }
    }

    /// The process exit code for this failure.
    pub fn code(&self) -> u8 {
        match self {
            Failure::Corpus => CORPUS,
            Failure::Usage(_) => USAGE,
            Failure::Io { .. } => IO,
            Failure::Bench(_) => BENCH,
            Failure::Input(_) => CORPUS,
            Failure::Below => BELOW,
        }
    }

    /// Prints the failure to stderr, unless there is nothing useful to say: corpus errors are
    /// already printed, and a closed stdout (`parallax report … | head`) is not worth a message.
    pub fn print(&self) {
        match self {
            Failure::Corpus | Failure::Below => {}
            Failure::Input(message) => eprintln!("{message}"),
            Failure::Io { error, .. } if error.kind() == io::ErrorKind::BrokenPipe => {}
            other => eprintln!("parallax: {}", parallax_core::inert::Escaped(&other.to_string())),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Corpus => write!(f, "the corpus has errors"),
            Failure::Below => write!(f, "a figure is below its threshold"),
            Failure::Usage(message) | Failure::Bench(message) | Failure::Input(message) => {
                write!(f, "{message}")
            }
            Failure::Io { doing, error } => write!(f, "error while {doing}: {error}"),
        }
    }
}
