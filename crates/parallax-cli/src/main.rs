//! The `parallax` command: a thin entry point over [`parallax_cli::run`].

use std::process::ExitCode;

fn main() -> ExitCode {
    parallax_cli::run(std::env::args_os())
}
