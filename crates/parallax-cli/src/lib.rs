//! The `parallax` command-line tool: `check`, `report`, `eval`, `site`, `synth` and `bench` over a
//! corpus folder.
//!
//! The binary is a thin shell: argument parsing lives in [`args`], each command in its own module,
//! and every failure becomes a [`exit::Failure`] with a documented exit code. The report builders
//! ([`report::json`], [`report::markdown`]) and the synthetic corpus generator ([`synth`]) are pure
//! functions, so they are tested without touching the disk.

pub mod args;
pub mod bench;
pub mod check;
pub mod corpus;
pub mod eval;
pub mod exit;
pub mod progress;
pub mod report;
pub mod site;
pub mod synth;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::exit::Failure;

/// Parses the arguments, runs the command and turns the outcome into the documented exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version requests are not errors; clap picks the stream and the code.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    let outcome = match cli.command {
        Command::Check(options) => check::run(&options),
        Command::Report(options) => report::run(&options),
        Command::Site(options) => site::run(&options),
        Command::Synth(options) => synth::run(&options),
        Command::Bench(options) => bench::run(&options),
        Command::Eval(options) => eval::run(&options),
    };
    match outcome {
        Ok(()) => ExitCode::from(exit::OK),
        Err(failure) => {
            failure.print();
            ExitCode::from(failure.code())
        }
    }
}

/// Turns a [`Failure`] from a helper into the command's outcome; used by the command modules.
pub type Outcome = Result<(), Failure>;
