//! Invariants of the ingest on every seed, every fixture and arbitrary text: nothing of the
//! normalised input is silently dropped (every non-space character comes out, in order, in a
//! sentence, an embed or a removal), sentence ids are unique and in sequence, and no input
//! makes the ingest panic.

use std::path::PathBuf;

use parallax_core::ingest::normalize;
use parallax_core::model::{Article, Block, Piece};
use parallax_core::source::{CorpusSource, EventSource, SourceFile};
use parallax_core::{ingest, load_corpus, Ingested, Limits};
use proptest::prelude::*;

/// Everything an article's blocks hold, in reading order.
fn output_text(article: &Article) -> String {
    let mut out = String::new();
    for block in &article.blocks {
        match block {
            Block::Heading(sentence) => out.push_str(&sentence.text),
            Block::Paragraph(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Sentence(sentence) => out.push_str(&sentence.text),
                        Piece::Removed(removal) => out.push_str(&removal.text),
                    }
                }
            }
            Block::Embed(embed) => {
                embed.sentences.iter().for_each(|sentence| out.push_str(&sentence.text));
                out.push_str(embed.signature.as_deref().unwrap_or_default());
            }
            Block::Removed(removal) => out.push_str(&removal.text),
        }
        out.push(' ');
    }
    out
}

fn non_space(text: &str) -> String {
    text.chars().filter(|ch| !ch.is_whitespace()).collect()
}

/// Checks that the article holds exactly the non-space characters of its normalised source.
fn assert_nothing_dropped(raw: &str, article: &Article) {
    let input = non_space(&normalize(raw));
    let output = non_space(&output_text(article));
    if input != output {
        let common = input.chars().zip(output.chars()).take_while(|(a, b)| a == b).count();
        let context: String = input.chars().skip(common.saturating_sub(20)).take(60).collect();
        panic!("{}: output differs from input after {common} characters, near {context:?}", article.file);
    }
}

fn assert_ids_in_sequence(article: &Article) {
    let ids: Vec<String> = article.sentences().map(|(sentence, _)| sentence.id.clone()).collect();
    let expected: Vec<String> = (1..=ids.len()).map(|n| format!("{}-{n}", article.outlet.id)).collect();
    assert_eq!(ids, expected, "{}", article.file);
}

fn check_corpus_dir(dir: PathBuf) -> usize {
    let ingested = load_corpus(&dir, &Limits::default());
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let mut checked = 0;
    for event in &ingested.corpus.events {
        let folder = if dir.join(&event.id).is_dir() { dir.join(&event.id) } else { dir.clone() };
        for article in &event.articles {
            let raw = std::fs::read_to_string(folder.join(&article.file)).expect("readable fixture");
            assert_nothing_dropped(&raw, article);
            assert_ids_in_sequence(article);
            checked += 1;
        }
    }
    checked
}

#[test]
fn nothing_is_dropped_from_the_seeds() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/corpus");
    assert_eq!(check_corpus_dir(dir), 5);
}

#[test]
fn nothing_is_dropped_from_the_fixtures() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plain-corpus");
    assert_eq!(check_corpus_dir(dir), 4);
}

/// Ingests one article held in memory.
fn ingest_text(text: &str) -> Ingested {
    let source = CorpusSource {
        root: "mem".into(),
        events: vec![EventSource {
            id: "event".into(),
            path: "mem/event".into(),
            files: vec![SourceFile::in_memory("outlet.txt", "mem/event/outlet.txt", text.as_bytes())],
        }],
        ..CorpusSource::default()
    };
    ingest(&source, &Limits::default())
}

/// Checks the invariants on one text; returns how many articles came out of it (0 or 1).
fn check_text(text: &str) -> usize {
    let ingested = ingest_text(text);
    let mut checked = 0;
    for article in ingested.corpus.events.iter().flat_map(|event| &event.articles) {
        assert_nothing_dropped(text, article);
        assert_ids_in_sequence(article);
        checked += 1;
    }
    checked
}

#[test]
fn nothing_is_dropped_from_tricky_texts() {
    let texts = [
        "Login\nShare. Leave A Reply\n\nA body sentence that is long enough to count here.\n\nExit mobile version",
        "ALSO READ: ALSO READ: Read more Read more ALSO READ:",
        " date 2025-07-03",
        " date 2025-07-03 \n\n Text after a date line.",
        "— Jane (@jane) July 3, 2025",
        "pic.twitter.com/abc\n\n\n\npic.twitter.com/def — A (@a) May 1, 2024",
        "Also on site :\n- one\n- two",
        "\u{201C}Quote.\u{201D}\u{201C}Another.\u{201D} U.S. … \u{2026} ... a.m. p.m. Mr. Dr.",
        "Read more Kremlin (FULL)The Kremlin said so.Read more",
        "x\u{0}y\u{7}z\u{FEFF}\u{200B}w",
    ];
    let articles: usize = texts.iter().map(|text| check_text(text)).sum();
    assert!(articles >= 5, "only {articles} of the tricky texts gave an article");
}

/// Large texts made of one repeated pattern, each a worst case for some rule. The bound is loose
/// (this is not a benchmark); it catches work that grows with the square of the text's length.
#[test]
fn large_pathological_articles_are_ingested_in_linear_time() {
    let size = 128 * 1024;
    for pattern in
        ["a.", "x", "ALSO READ: ", "Read more ", "(@a) ", "- item\n", "U.S. ", "\u{201C}", ". ", "\n\n\n"]
    {
        let text: String = pattern.repeat(size / pattern.len());
        let started = std::time::Instant::now();
        let _ = check_text(&text);
        let seconds = started.elapsed().as_secs_f64();
        assert!(seconds < 30.0, "{pattern:?} x {}: {seconds:.1} s", size / pattern.len());
    }
}

/// Fragments that exercise every rule, for generated articles.
const FRAGMENTS: &[&str] = &[
    "Login",
    "Currencies  Stocks",
    "Share.",
    "Leave A Reply",
    "Exit mobile version",
    "Also on site :",
    "- A related story",
    "Read the full article here",
    "Read More Details",
    "ALSO READ: ",
    "Read more ",
    "Finally We wish Site provided you with enough information of ( x )",
    " date 2025-07-03 ",
    "pic.twitter.com/Ab12",
    " \u{2014} Jane Roe (@jroe) July 3, 2025",
    "The talks ended.",
    "In a statement,",
    "Mr. Putin said",
    "\u{201C}We had a call,\u{201D} he said.",
    "U.S.",
    "10 a.m.",
    "\u{2026}",
    "...",
    "Trump",
    "Advertisement",
    "Related:",
    "12 Comments",
    "The post X appeared first on Y.",
    "\n",
    "\n\n",
    "\n\n\n\n",
    " ",
    "  ",
    "(",
    ")",
    "\u{2019}",
    "?",
    "!",
    "\u{00A0}",
    "\r\n",
    "\u{FEFF}",
    "\u{00E9}t\u{00E9}",
    "\u{1F600}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn ingest_never_panics_on_arbitrary_text(text in any::<String>()) {
        let _ = check_text(&text);
    }

    #[test]
    fn ingest_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let source = CorpusSource {
            root: "mem".into(),
            events: vec![EventSource {
                id: "e".into(),
                path: "mem/e".into(),
                files: vec![
                    SourceFile::in_memory("a.txt", "mem/e/a.txt", bytes.clone()),
                    SourceFile::in_memory("event.toml", "mem/e/event.toml", bytes.clone()),
                    SourceFile::in_memory("topics.toml", "mem/e/topics.toml", bytes),
                ],
            }],
            ..CorpusSource::default()
        };
        let _ = ingest(&source, &Limits::default());
    }
}

/// Texts made of boilerplate fragments with a paragraph of story among them: nothing is dropped
/// from any article that comes out, and most of them do come out (a text whose story paragraph
/// reads as a post's text, next to a post link, may be only boilerplate), so the invariants are
/// really checked, not skipped.
#[test]
fn nothing_is_dropped_from_generated_articles() {
    use proptest::test_runner::TestRunner;
    const CASES: u32 = 400;
    let mut runner = TestRunner::new(ProptestConfig::with_cases(CASES));
    let articles = std::cell::Cell::new(0usize);
    let texts = (proptest::collection::vec(0..FRAGMENTS.len(), 0..60), 0usize..=60);
    runner
        .run(&texts, |(picks, at)| {
            let mut parts: Vec<&str> = picks.iter().map(|&index| FRAGMENTS[index]).collect();
            parts.insert(
                at.min(parts.len()),
                "\n\nThe two leaders spoke for an hour about the war. They met in Geneva.\n\n",
            );
            articles.set(articles.get() + check_text(&parts.concat()));
            Ok(())
        })
        .unwrap_or_else(|failure| panic!("{failure}"));
    let checked = articles.get();
    assert!(
        checked * 4 >= CASES as usize * 3,
        "only {checked} of {CASES} generated texts gave an article to check"
    );
}
