//! The command line, declared with clap's derive API.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand};

use crate::exit::EXIT_CODES_HELP;

/// Compare how several outlets reported the same news event.
///
/// A corpus is a folder of event folders, each holding one `.txt` file per outlet and an optional
/// `event.toml`; a single event folder works too.
#[derive(Debug, Parser)]
#[command(name = "parallax", version, after_help = EXIT_CODES_HELP, after_long_help = EXIT_CODES_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a corpus: print its notes and errors, and a one-line summary.
    #[command(after_help = EXIT_CODES_HELP)]
    Check(CheckArgs),
    /// Analyse a corpus and print the report as JSON (for programs) or Markdown (for people).
    #[command(after_help = EXIT_CODES_HELP)]
    Report(ReportArgs),
    /// Write the web app's data files for a corpus, or put them into a built site.
    #[command(after_help = EXIT_CODES_HELP)]
    Site(SiteArgs),
    /// Write a synthetic corpus: N events × M outlets with realistic reuse between outlets.
    #[command(after_help = EXIT_CODES_HELP)]
    Synth(SynthArgs),
    /// Time `report --json` on synthetic corpora of two sizes and print median time and peak memory.
    #[command(after_help = EXIT_CODES_HELP)]
    Bench(BenchArgs),
}

/// `parallax check DIR`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The corpus folder (a folder of event folders) or a single event folder.
    pub dir: PathBuf,
}

/// `parallax report DIR [--event ID] (--json|--markdown)`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("format").required(true).args(["json", "markdown"])))]
pub struct ReportArgs {
    /// The corpus folder (a folder of event folders) or a single event folder.
    pub dir: PathBuf,
    /// Report on this event only (its folder name).
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Print the report as JSON (schema: docs/report-schema.md).
    #[arg(long)]
    pub json: bool,
    /// Print the report as Markdown.
    #[arg(long)]
    pub markdown: bool,
    /// With --json: print it on one line instead of indented.
    #[arg(long, requires = "json")]
    pub compact: bool,
    /// Do not print the corpus's notes (ignored files and the like) to stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `parallax site DIR (--out OUT | --dist DIST)`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["out", "dist"])))]
pub struct SiteArgs {
    /// The corpus folder (a folder of event folders) or a single event folder.
    pub dir: PathBuf,
    /// Write the files to OUT/data/, and the link index.html needs for them to OUT/link.html.
    #[arg(long, value_name = "OUT")]
    pub out: Option<PathBuf>,
    /// Replace the data of the site built in DIST (`trunk build --release`): DIST/data/ and the
    /// index link in DIST/index.html.
    #[arg(long, value_name = "DIST")]
    pub dist: Option<PathBuf>,
    /// Do not print the corpus's notes (ignored files and the like) to stderr.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `parallax synth OUT_DIR --events N --outlets M [--sentences S] [--seed X]`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    /// The folder to write the corpus into (created if missing; existing event folders are replaced).
    pub out_dir: PathBuf,
    /// How many events.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub events: u32,
    /// How many outlets report each event (every event has all of them).
    #[arg(long, value_name = "M", value_parser = clap::value_parser!(u32).range(1..=1_000))]
    pub outlets: u32,
    /// Sentences per event, over all its outlets [default: 24 per outlet].
    #[arg(long, value_name = "S", value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub sentences: Option<u32>,
    /// The random seed: the same seed and sizes always give the same files.
    #[arg(long, value_name = "X", default_value_t = 1)]
    pub seed: u64,
}

/// `parallax bench [--sizes 200,2000] [--runs N]`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Corpus sizes in articles, comma-separated; the ratio is of the last median to the first.
    #[arg(long, value_name = "N,N", value_delimiter = ',', default_values_t = [200u32, 2000])]
    pub sizes: Vec<u32>,
    /// How many times each `report` run is repeated; the median is reported.
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub runs: u32,
    /// Outlets per event at every size, instead of the default shape (articles / 50, kept
    /// between 10 and 40), so that only the number of events grows.
    #[arg(long, value_name = "M", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub outlets: Option<u32>,
    /// The seed for the synthetic corpora.
    #[arg(long, value_name = "X", default_value_t = 1)]
    pub seed: u64,
    /// Write the corpora here and keep them (default: a temporary folder, removed afterwards).
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}
