//! Build script: loads, cleans and segments the corpus with `parallax-core` and writes the
//! postcard bundle that the app embeds. A bad corpus fails the build with `path:line: message`.
//!
//! Cargo obeys every stdout line that starts with `cargo:`, so what this prints must stay inert
//! whatever the corpus holds: each diagnostic prints as one line with its control characters
//! escaped (`Diagnostic`'s `Display`), and a corpus path that would not print as one line is not
//! handed to Cargo at all.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use parallax_core::analysis::analyse;
use parallax_core::bundle::{self, Bundle};
use parallax_core::inert::{is_invisible, Escaped};
use parallax_core::{load_corpus, Limits};

fn main() {
    println!("cargo:rerun-if-env-changed=PARALLAX_CORPUS");
    println!("cargo:rerun-if-changed=build.rs");
    let corpus_dir = match env::var_os("PARALLAX_CORPUS") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from("assets/corpus"),
    };
    // Cargo watches a folder's whole tree for changes when it is named here. A path with a
    // newline (or another control character) cannot be named safely on one line.
    let shown = corpus_dir.display().to_string();
    if shown.chars().any(is_invisible) {
        println!(
            "cargo:warning={}: not watched for changes (control characters in the path)",
            Escaped(&shown)
        );
    } else {
        println!("cargo:rerun-if-changed={shown}");
    }

    let ingested = load_corpus(&corpus_dir, &Limits::default());
    for note in &ingested.notes {
        // One line, escaped: a file name cannot add a directive of its own.
        println!("cargo:warning={note}");
    }
    if !ingested.errors.is_empty() {
        fail(&corpus_dir, &ingested.errors.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
    let analyses = ingested.corpus.events.iter().map(analyse).collect();
    let bytes = match bundle::encode(&for_browser(Bundle { corpus: ingested.corpus, analyses })) {
        Ok(bytes) => bytes,
        Err(err) => fail(&corpus_dir, &[format!("cannot encode the bundle: {err}")]),
    };
    let out_dir = env::var_os("OUT_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    let out = out_dir.join("bundle.postcard");
    if let Err(err) = fs::write(&out, bytes) {
        fail(&corpus_dir, &[format!("cannot write {}: {err}", out.display())]);
    }
}

/// The browser's projection of the bundle: the same types, with the fields that the app and
/// core's `view` and `link` modules never read left empty, so that they cost no download. The
/// CLI and the tests analyse the corpus themselves and keep every field. Left empty: the
/// articles' file names, the events' topic definitions (the analysis carries the topics' ids,
/// labels and sentences), the outlets that carry or miss each claim (the view counts them from
/// the claim's sentences), and the per-outlet coverage figures (the coverage matrix is built
/// from the claims).
fn for_browser(mut bundle: Bundle) -> Bundle {
    for event in &mut bundle.corpus.events {
        event.topics = Vec::new();
        for article in &mut event.articles {
            article.file = String::new();
        }
    }
    for analysis in &mut bundle.analyses {
        analysis.coverage = Vec::new();
        for claim in &mut analysis.claims {
            claim.outlets = Vec::new();
        }
    }
    bundle
}

/// Prints every error and stops the build without a panic.
fn fail(corpus_dir: &Path, errors: &[String]) -> ! {
    eprintln!("error: the corpus at {} has problems:", Escaped(&corpus_dir.display().to_string()));
    for error in errors {
        eprintln!("{}", Escaped(error));
    }
    process::exit(1);
}
