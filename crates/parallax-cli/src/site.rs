//! `parallax site DIR (--out OUT | --dist DIST)`: the site's data files for a corpus, as the web
//! app's build writes them (an index and one file per event, see `parallax_core::site`).
//!
//! With `--out` the files go to `OUT/data/`, with `OUT/link.html` holding the link `index.html`
//! needs for them. With `--dist` they replace the data of a built site (`trunk build --release`):
//! the old files of `DIST/data/` are removed and that link replaces `DIST/index.html`'s.
//! The web app embeds no data, so this is how one build of it serves another corpus: the same
//! app, other articles, no Rust compiler needed.

use std::fs;
use std::io::Write;
use std::path::Path;

use parallax_core::analysis::analyse;
use parallax_core::site::{site_files, with_index_link, SiteFiles, DATA_DIR};

use crate::args::SiteArgs;
use crate::corpus::{self, plural, CorpusSize};
use crate::exit::Failure;
use crate::Outcome;

/// Loads and analyses the corpus, then writes its data files where `args` says.
pub fn run(args: &SiteArgs) -> Outcome {
    let ingested = corpus::load(&args.dir);
    corpus::print_diagnostics(&ingested, args.quiet);
    if !ingested.errors.is_empty() {
        return Err(Failure::Corpus);
    }
    let size = CorpusSize::of(&ingested.corpus);
    let analyses = ingested.corpus.events.iter().map(analyse).collect();
    let files = site_files(ingested.corpus, analyses);
    let (dir, html) = match (&args.out, &args.dist) {
        (Some(out), _) => (out.as_path(), None),
        (None, Some(dist)) => (dist.as_path(), Some(read_page(dist)?)),
        (None, None) => return Err(Failure::Usage("give --out DIR or --dist DIR".into())),
    };
    write_data(dir, &files, html.is_some())?;
    match html {
        Some(page) => {
            let page = with_index_link(&page, &files.link).ok_or_else(|| {
                Failure::Usage(format!(
                    "{}/index.html has no data link: is it a Parallax build?",
                    dir.display()
                ))
            })?;
            fs::write(dir.join("index.html"), page)
                .map_err(|err| Failure::io(format!("writing {}/index.html", dir.display()), err))?;
        }
        None => fs::write(dir.join("link.html"), &files.link)
            .map_err(|err| Failure::io(format!("writing {}/link.html", dir.display()), err))?,
    }
    let bytes: usize = std::iter::once(&files.index).chain(&files.events).map(|file| file.bytes.len()).sum();
    let summary = format!(
        "{size}; wrote {} ({} bytes) to {}",
        plural(files.events.len() + 1, "data file", "data files"),
        bytes,
        dir.join(DATA_DIR).display()
    );
    writeln!(std::io::stdout(), "{summary}").map_err(|err| Failure::io("writing the summary", err))
}

/// A built site's `index.html`.
fn read_page(dist: &Path) -> Result<String, Failure> {
    fs::read_to_string(dist.join("index.html")).map_err(|err| {
        Failure::io(format!("reading {}/index.html (build the site first)", dist.display()), err)
    })
}

/// Writes every file to `dir/data/`, after removing the `.bin` files there when `replace`.
fn write_data(dir: &Path, files: &SiteFiles, replace: bool) -> Outcome {
    let data = dir.join(DATA_DIR);
    let failed = |doing: String| move |err| Failure::io(doing, err);
    if replace && data.is_dir() {
        let entries = fs::read_dir(&data).map_err(failed(format!("reading {}", data.display())))?;
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|ext| ext == "bin") {
                fs::remove_file(entry.path())
                    .map_err(failed(format!("removing {}", entry.path().display())))?;
            }
        }
    }
    fs::create_dir_all(&data).map_err(failed(format!("creating {}", data.display())))?;
    for file in std::iter::once(&files.index).chain(&files.events) {
        let path = data.join(&file.name);
        fs::write(&path, &file.bytes).map_err(failed(format!("writing {}", path.display())))?;
    }
    Ok(())
}
