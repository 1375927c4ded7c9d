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
    /// Score the analysis against annotated truth (the dev set's truth.json format): claims, quote
    /// families, speakers and credits, per event and overall.
    #[command(after_help = EXIT_CODES_HELP)]
    Eval(EvalArgs),
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
    #[arg(long, value_name = "M", value_parser = clap::value_parser!(u32).range(1..=10_000))]
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
    /// Make each size one event of that many outlets (a big story), instead of many events.
    #[arg(long, conflicts_with = "outlets")]
    pub one_event: bool,
    /// The seed for the synthetic corpora.
    #[arg(long, value_name = "X", default_value_t = 1)]
    pub seed: u64,
    /// Write the corpora here and keep them (default: a temporary folder, removed afterwards).
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}

/// `parallax eval (DIR | --report FILE) --truth TRUTH.json [--json] [--explain] [--goals]
/// [--min FIGURE=SHARE]… [--max FIGURE=COUNT]…`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("input").required(true).args(["dir", "report"])))]
pub struct EvalArgs {
    /// The corpus folder to analyse (a folder of event folders, or one event folder).
    pub dir: Option<PathBuf>,
    /// Score this `parallax report --json` file instead of analysing a corpus (another tool's or
    /// another version's output in the same schema).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// The annotated truth (format: README, "Annotating your own events").
    #[arg(long, value_name = "TRUTH.json")]
    pub truth: PathBuf,
    /// Score this event only.
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
    /// List every miss behind the figures: split facts, false links, wrong speakers, missed credits.
    #[arg(long)]
    pub explain: bool,
    /// Hold every event to the analysis goals (whole facts 0.75, outlet links 0.85, precision 0.95,
    /// kept single 0.95, family outlets 0.95, no mixed family, speakers 0.9, credits 0.85 found and
    /// 0.9 real, nothing removed).
    #[arg(long)]
    pub goals: bool,
    /// A least share for a figure on every event, e.g. `--min whole-facts=0.75` (repeatable).
    #[arg(long, value_name = "FIGURE=SHARE")]
    pub min: Vec<String>,
    /// A most count for a fault figure on each event, e.g. `--max mixed-families=0` (repeatable).
    #[arg(long, value_name = "FIGURE=COUNT")]
    pub max: Vec<String>,
    /// Do not print the corpus's notes to stderr.
    #[arg(long, short)]
    pub quiet: bool,
}
