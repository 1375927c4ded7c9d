//! Build script: loads, cleans, segments and analyses the corpus with `parallax-core` and writes
//! the site's data files (`parallax_core::site`): an index and one file per event. A bad corpus
//! fails the build with `path:line: message`.
//!
//! The files go to `$OUT_DIR/site/` (where the browser tests include them from, through the
//! generated `site_files.rs`) and to `parallax-site/` in the profile's folder of the target
//! directory (`target/wasm32-unknown-unknown/release/parallax-site/`), where Trunk's post-build
//! hook `scripts/site-data.mjs` copies them into `dist/data/`. The web app itself embeds no data.
//!
//! Cargo obeys every stdout line that starts with `cargo:`, so what this prints must stay inert
//! whatever the corpus holds: each diagnostic prints as one line with its control characters
//! escaped (`Diagnostic`'s `Display`), and a corpus path that would not print as one line is not
//! handed to Cargo at all.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use parallax_core::analysis::analyse;
use parallax_core::inert::{is_invisible, Escaped};
use parallax_core::site::{site_files, SiteFiles, DATA_DIR};
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
    let files = site_files(ingested.corpus, analyses);
    let out_dir = env::var_os("OUT_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    if let Err(err) = write_site(&out_dir, &files) {
        fail(&corpus_dir, &[format!("cannot write the site data under {}: {err}", out_dir.display())]);
    }
}

/// Writes the data files to `out_dir/site/` with `site_files.rs` for the tests, and copies them to
/// the profile's `parallax-site/` for the Trunk hook, each folder emptied first.
fn write_site(out_dir: &Path, files: &SiteFiles) -> std::io::Result<()> {
    let site = out_dir.join("site");
    write_files(&site, files)?;
    let include = |name: &str| format!("include_bytes!({:?})", site.join(DATA_DIR).join(name));
    let events: Vec<String> = files.events.iter().map(|file| include(&file.name)).collect();
    let source = format!(
        "/// The index file.\npub const INDEX: &[u8] = {};\n/// The event files, in the index's order.\n\
         pub const EVENTS: &[&[u8]] = &[{}];\n",
        include(&files.index.name),
        events.join(", ")
    );
    fs::write(out_dir.join("site_files.rs"), source)?;
    // `OUT_DIR` is `<target>/<triple>/<profile>/build/<package>-<hash>/out`.
    let profile_dir = out_dir
        .ancestors()
        .nth(3)
        .filter(|_| out_dir.ancestors().nth(2).and_then(Path::file_name).is_some_and(|name| name == "build"));
    match profile_dir {
        Some(profile_dir) => write_files(&profile_dir.join("parallax-site"), files),
        None => {
            println!(
                "cargo:warning=unexpected OUT_DIR {}: the site data is not copied for Trunk",
                Escaped(&out_dir.display().to_string())
            );
            Ok(())
        }
    }
}

/// Empties `dir`, then writes `dir/data/<file>` for every file and `dir/link.html`, the
/// `index.html` link for them.
fn write_files(dir: &Path, files: &SiteFiles) -> std::io::Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    let data = dir.join(DATA_DIR);
    fs::create_dir_all(&data)?;
    for file in std::iter::once(&files.index).chain(&files.events) {
        fs::write(data.join(&file.name), &file.bytes)?;
    }
    fs::write(dir.join("link.html"), &files.link)
}

/// Prints every error and stops the build without a panic.
fn fail(corpus_dir: &Path, errors: &[String]) -> ! {
    eprintln!("error: the corpus at {} has problems:", Escaped(&corpus_dir.display().to_string()));
    for error in errors {
        eprintln!("{}", Escaped(error));
    }
    process::exit(1);
}
