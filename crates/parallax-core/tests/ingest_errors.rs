//! Manifests, topics and every bad-corpus case, asserting on the messages people will read.
//! In-memory corpora are used where possible; cases that need a real folder use a temporary one.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use parallax_core::model::RemovalReason;
use parallax_core::source::{read_corpus_dir, CorpusSource, EventSource, FileContent, SourceFile};
use parallax_core::{ingest, load_corpus, Ingested, Limits};
use support::toml_string;

const BODY: &str = "Russian President Vladimir Putin spoke with Donald Trump on Thursday, the Kremlin said. \
                    The call lasted almost an hour.\n";

/// A corpus of one event held in memory, from `(file name, content)` pairs.
fn event(files: &[(&str, &[u8])]) -> CorpusSource {
    CorpusSource {
        root: "corpus".into(),
        events: vec![event_source("the-event", files)],
        ..CorpusSource::default()
    }
}

fn event_source(id: &str, files: &[(&str, &[u8])]) -> EventSource {
    EventSource {
        id: id.into(),
        path: format!("corpus/{id}"),
        files: files
            .iter()
            .map(|(name, bytes)| SourceFile::in_memory(name, &format!("corpus/{id}/{name}"), *bytes))
            .collect(),
    }
}

fn run(source: &CorpusSource) -> Ingested {
    ingest(source, &Limits::default())
}

fn messages(ingested: &Ingested) -> Vec<String> {
    ingested.errors.iter().map(ToString::to_string).collect()
}

/// Asserts that exactly one error was reported and returns it.
fn single_error(ingested: &Ingested) -> String {
    let errors = messages(ingested);
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors.into_iter().next().unwrap_or_default()
}

// --- manifests ---------------------------------------------------------------------------------

#[test]
fn manifest_metadata_reaches_the_model() {
    let manifest = br#"
[event]
date = 2025-07-03
summary = "  A call.  "

[[article]]
file = "a.txt"
outlet = "The Daily Planet"
outlet_id = "daily-planet"
headline = "Putin and Trump talk \u2013 again"
url = "https://example.com/a"
published = "2025-07-04"
via = "Aggregator"

[[article]]
file = "b.txt"
outlet_id = "evening-ledger"
"#;
    let article_a = format!(" date 2025-07-03 Putin and Trump talk - again {BODY}");
    let ingested = run(&event(&[
        ("event.toml", manifest),
        ("a.txt", article_a.as_bytes()),
        ("b.txt", BODY.as_bytes()),
        ("c_unlisted.txt", BODY.as_bytes()),
    ]));
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let event = &ingested.corpus.events[0];
    assert_eq!(event.title, "The Event", "no title: the folder name, title-cased");
    assert_eq!(event.date.as_deref(), Some("2025-07-03"), "a bare TOML date is accepted");
    assert_eq!(event.summary.as_deref(), Some("A call."));
    let a = &event.articles[0];
    assert_eq!((a.outlet.id.as_str(), a.outlet.name.as_str()), ("daily-planet", "The Daily Planet"));
    assert_eq!(a.published.as_deref(), Some("2025-07-04"), "the manifest's date wins over the date line");
    assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
    assert_eq!(a.via.as_deref(), Some("Aggregator"));
    let headline: Vec<&str> = a
        .removals()
        .filter(|removal| removal.reason == RemovalReason::Headline)
        .map(|removal| removal.text.as_str())
        .collect();
    assert_eq!(headline, ["Putin and Trump talk - again"], "matched loosely despite the dash style");
    assert!(a.own_sentences().next().is_some_and(|sentence| sentence.text.starts_with("Russian President")));
    assert!(ingested.notes.iter().any(|note| note.message.contains("the date line says 2025-07-03")));
    let b = &event.articles[1];
    assert_eq!((b.outlet.id.as_str(), b.outlet.name.as_str()), ("evening-ledger", "Evening Ledger"));
    let c = &event.articles[2];
    assert_eq!((c.outlet.id.as_str(), c.outlet.name.as_str()), ("c-unlisted", "C Unlisted"));
}

/// Titles, names, headlines and labels are one line of display text: a control character in one
/// (from a manifest value, a folder or a file name) becomes a space, so that no report or page
/// carries a terminal escape or a line break taken from the corpus. Bidirectional characters stay:
/// text in Arabic or Hebrew needs them.
#[test]
fn control_characters_in_display_fields_become_spaces() {
    let manifest = format!(
        "[event]\ntitle = {}\nsummary = {}\n\n[[article]]\nfile = \"a.txt\"\noutlet = {}\nheadline = {}\nvia = {}\n",
        toml_string("Budget\u{1b}[2J vote"),
        toml_string("Line one\nline two\u{7}"),
        toml_string("The \u{1b}]0;pwned\u{7}Ledger"),
        toml_string("Council \u{85}votes\r\n"),
        toml_string("\u{9b}31mAggregator \u{5d0}\u{200f}"),
    );
    let topics = format!(
        "[[topic]]\nid = \"budget\"\nlabel = {}\nkeywords = [\"budget\"]\n",
        toml_string("Bud\u{1b}get")
    );
    let source = CorpusSource {
        root: "corpus".into(),
        events: vec![
            event_source("the-event", &[("event.toml", manifest.as_bytes()), ("a.txt", BODY.as_bytes())]),
            event_source("odd\u{1b}[2Jfolder", &[("clear\u{1b}[2J\u{7}.txt", BODY.as_bytes())]),
        ],
        topics: Some(SourceFile::in_memory("topics.toml", "corpus/topics.toml", topics.as_bytes())),
        ..CorpusSource::default()
    };
    let ingested = run(&source);
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let [odd, event] = &ingested.corpus.events[..] else {
        panic!("two events: {:?}", ingested.corpus.events)
    };
    let article = &event.articles[0];
    let fields = [
        event.title.as_str(),
        event.summary.as_deref().unwrap_or_default(),
        article.outlet.name.as_str(),
        article.headline.as_deref().unwrap_or_default(),
        article.via.as_deref().unwrap_or_default(),
        event.topics[0].label.as_str(),
        odd.title.as_str(),
        odd.articles[0].outlet.name.as_str(),
    ];
    assert_eq!(
        fields,
        [
            "Budget [2J vote",
            "Line one line two",
            "The  ]0;pwned Ledger",
            "Council  votes",
            "31mAggregator \u{5d0}\u{200f}",
            "Bud get",
            "Odd [2Jfolder",
            "Clear [2J",
        ]
    );
}

#[test]
fn malformed_event_toml_is_reported_at_its_line() {
    let manifest = b"[event]\ntitle = \"A call\"\n\n[[article]]\nfile = \"a.txt\nurl = \"x\"\n";
    let error = single_error(&run(&event(&[("event.toml", manifest), ("a.txt", BODY.as_bytes())])));
    assert!(error.starts_with("corpus/the-event/event.toml:5: "), "{error}");
    assert!(error.contains("fix event.toml"), "{error}");
}

#[test]
fn a_typo_in_a_key_is_caught() {
    let manifest = b"[[article]]\nfile = \"a.txt\"\noutlet-id = \"planet\"\n";
    let error = single_error(&run(&event(&[("event.toml", manifest), ("a.txt", BODY.as_bytes())])));
    assert!(error.starts_with("corpus/the-event/event.toml:3: unknown field `outlet-id`"), "{error}");
}

#[test]
fn invalid_values_are_reported_at_their_lines_all_at_once() {
    let manifest = b"[event]\ndate = \"3 July 2025\"\n\n[[article]]\nfile = \"a.txt\"\noutlet_id = \"Daily Planet\"\npublished = 20250703\n";
    let ingested = run(&event(&[("event.toml", manifest), ("a.txt", BODY.as_bytes())]));
    let errors = messages(&ingested);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with("corpus/the-event/event.toml:2: `date` is \"3 July 2025\", not a date; write it as \"YYYY-MM-DD\""), "{}", errors[0]);
    assert!(
        errors[1].starts_with("corpus/the-event/event.toml:6: `outlet_id = \"Daily Planet\"` is not a slug"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].starts_with("corpus/the-event/event.toml:7: `published` is an integer, not a date"),
        "{}",
        errors[2]
    );
}

#[test]
fn an_article_url_must_be_an_http_or_https_address() {
    let verdict = |url: &str| {
        let manifest = format!("[[article]]\nfile = \"a.txt\"\nurl = {}\n", toml_string(url));
        let ingested = run(&event(&[("event.toml", manifest.as_bytes()), ("a.txt", BODY.as_bytes())]));
        let url = ingested.corpus.events.first().and_then(|e| e.articles.first()).and_then(|a| a.url.clone());
        (url, messages(&ingested))
    };
    for good in [
        "https://example.com/a?b=c&d=%20#e",
        "HTTP://Example.com",
        "https://例え.jp/記事",
        "  https://x.org/  ",
        "https://example.in/posts/emergency-landing-in-oregon's-portland",
    ] {
        let (url, errors) = verdict(good);
        assert_eq!(url.as_deref(), Some(good.trim()), "{errors:?}");
        assert!(errors.is_empty(), "{good}: {errors:?}");
    }
    assert_eq!(verdict(" "), (None, Vec::new()));
    for (bad, problem) in [
        ("javascript:alert(1)", "only http:// and https://"),
        ("JaVaScRiPt:alert(1)", "only http:// and https://"),
        ("data:text/html,<script>alert(1)</script>", "only http:// and https://"),
        ("vbscript:msgbox", "only http:// and https://"),
        ("/relative/path", "only http:// and https://"),
        ("https://", "no host"),
        ("https:///etc/passwd", "no host"),
        ("https://example.com/a b", "spaces or control characters"),
        ("https://example.com/\ttab", "spaces or control characters"),
        ("https://example.com/\u{202e}gpj.exe", "spaces or control characters"),
        ("https://example.com/\"onmouseover=\"alert(1)", "double quotes, backticks or angle brackets"),
        ("https://example.com/`x`", "double quotes, backticks or angle brackets"),
        ("https://example.com/<script>", "double quotes, backticks or angle brackets"),
    ] {
        let (url, errors) = verdict(bad);
        assert_eq!(url, None, "{bad} was accepted");
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert!(errors[0].starts_with("corpus/the-event/event.toml:3: `url = "), "{}", errors[0]);
        assert!(errors[0].contains(problem), "{bad}: {}", errors[0]);
    }
    let (_, errors) = verdict(&format!("javascript:{}", "x".repeat(500)));
    assert!(errors[0].len() < 300 && errors[0].contains("xxx…"), "a long value is cut: {}", errors[0]);
}

#[test]
fn manifest_naming_a_missing_file() {
    let manifest = b"[[article]]\nfile = \"a.txt\"\n\n[[article]]\nfile = \"missing.txt\"\n";
    let error = single_error(&run(&event(&[("event.toml", manifest), ("a.txt", BODY.as_bytes())])));
    assert_eq!(
        error,
        "corpus/the-event/event.toml:5: `file = \"missing.txt\"` names a file that is not in corpus/the-event; \
         fix the name or add the file"
    );
}

#[test]
fn duplicate_outlet_ids_in_the_manifest_name_both_files() {
    let manifest = b"[[article]]\nfile = \"a.txt\"\noutlet_id = \"planet\"\n\n[[article]]\nfile = \"b.txt\"\noutlet_id = \"planet\"\n";
    let error = single_error(&run(&event(&[
        ("event.toml", manifest),
        ("a.txt", BODY.as_bytes()),
        ("b.txt", BODY.as_bytes()),
    ])));
    assert_eq!(
        error,
        "corpus/the-event/event.toml:7: outlet id \"planet\" is used by both a.txt (corpus/the-event/event.toml:3) \
         and b.txt; give each article its own outlet_id"
    );
}

#[test]
fn an_unlisted_file_clashing_with_a_manifest_id_names_both_files() {
    let manifest = b"[[article]]\nfile = \"a.txt\"\noutlet_id = \"planet\"\n";
    let error = single_error(&run(&event(&[
        ("event.toml", manifest),
        ("a.txt", BODY.as_bytes()),
        ("Planet.txt", BODY.as_bytes()),
    ])));
    assert_eq!(
        error,
        "corpus/the-event/Planet.txt: outlet id \"planet\", made from this file's name, is already used by a.txt \
         (corpus/the-event/event.toml:3); rename the file, or list it in event.toml with its own outlet_id"
    );
}

#[test]
fn a_file_listed_twice() {
    let manifest = b"[[article]]\nfile = \"a.txt\"\n[[article]]\nfile = \"a.txt\"\n";
    let error = single_error(&run(&event(&[("event.toml", manifest), ("a.txt", BODY.as_bytes())])));
    assert_eq!(
        error,
        "corpus/the-event/event.toml:4: \"a.txt\" is already listed at line 2; list each file once"
    );
}

// --- articles ----------------------------------------------------------------------------------

#[test]
fn an_empty_article() {
    let error = single_error(&run(&event(&[("a.txt", BODY.as_bytes()), ("b.txt", b" \n\xC2\xA0\n ")])));
    assert_eq!(error, "corpus/the-event/b.txt: the article is empty; paste the article's text into the file, or delete the file");
}

#[test]
fn an_article_that_is_only_boilerplate() {
    let boilerplate = b"Login\nCurrencies   Stocks\n\nRead the full article here\n\nShare.\nLeave A Reply\n\nExit mobile version\n";
    let error = single_error(&run(&event(&[("a.txt", BODY.as_bytes()), ("b.txt", boilerplate)])));
    assert!(error.starts_with("corpus/the-event/b.txt: the article is only boilerplate"), "{error}");
    assert!(error.contains("(found: 2 site-menu, 1 promo, 2 widget, 1 page-link)"), "{error}");
}

#[test]
fn invalid_utf8_is_reported_at_the_line_of_the_first_bad_byte() {
    let text = b"First line.\nSecond line.\nThird \xFF line.\n";
    let error = single_error(&run(&event(&[("a.txt", text)])));
    assert!(
        error.starts_with("corpus/the-event/a.txt:3: the file is not valid UTF-8 (byte 0xFF at offset 31)"),
        "{error}"
    );
    assert!(error.ends_with("re-save it as UTF-8 text"), "{error}");
}

#[test]
fn an_event_with_no_articles() {
    let errors = messages(&run(&event(&[("notes.md", b"notes")])));
    assert_eq!(
        errors,
        ["corpus/the-event: the event has no articles; add one .txt file per outlet to the folder (or remove the folder)"]
    );
}

#[test]
fn a_file_over_the_size_limit() {
    let mut source = event(&[("a.txt", BODY.as_bytes())]);
    source.events[0].files.push(SourceFile {
        name: "big.txt".into(),
        path: "corpus/the-event/big.txt".into(),
        content: FileContent::TooLarge { size: 3 * 1024 * 1024 },
    });
    let error = single_error(&run(&source));
    assert_eq!(
        error,
        "corpus/the-event/big.txt: the file is 3 MiB (3145728 bytes), over the 1 MiB limit (1048576 bytes) \
         for one file; shorten it or split it"
    );
}

#[test]
fn a_corpus_with_no_event_folders() {
    let source = CorpusSource { root: "corpus".into(), ..CorpusSource::default() };
    let error = single_error(&run(&source));
    assert!(error.starts_with("corpus: the corpus has no event folders;"), "{error}");
}

#[test]
fn every_error_is_collected() {
    let manifest = b"[[article]]\nfile = \"gone.txt\"\n";
    let source = CorpusSource {
        root: "corpus".into(),
        events: vec![
            event_source("first", &[("event.toml", manifest), ("a.txt", b""), ("b.txt", b"\xFE")]),
            event_source("second", &[]),
        ],
        ..CorpusSource::default()
    };
    let errors = messages(&run(&source));
    assert_eq!(errors.len(), 4, "{errors:#?}");
    for expected in [
        "corpus/first/event.toml:2: `file = \"gone.txt\"` names a file that is not in corpus/first",
        "corpus/first/a.txt: the article is empty",
        "corpus/first/b.txt:1: the file is not valid UTF-8",
        "corpus/second: the event has no articles",
    ] {
        assert!(
            errors.iter().any(|error| error.starts_with(expected)),
            "missing {expected:?} in {errors:#?}"
        );
    }
}

// --- topics ------------------------------------------------------------------------------------

const TOPICS: &[u8] =
    b"[[topic]]\nid = \"ukraine-war\"\nlabel = \"Ukraine war\"\nkeywords = [\"ukraine\", \"kyiv\"]\n";

#[test]
fn corpus_topics_apply_unless_the_event_has_its_own() {
    let own = b"[[topic]]\nid = \"iran\"\nlabel = \"Iran\"\nkeywords = [\"iran\"]\n";
    let mut source = CorpusSource {
        root: "corpus".into(),
        events: vec![
            event_source("first", &[("a.txt", BODY.as_bytes())]),
            event_source("second", &[("a.txt", BODY.as_bytes()), ("topics.toml", own)]),
        ],
        ..CorpusSource::default()
    };
    source.topics = Some(SourceFile::in_memory("topics.toml", "corpus/topics.toml", TOPICS));
    let ingested = run(&source);
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let topic_ids = |event: usize| -> Vec<String> {
        ingested.corpus.events[event].topics.iter().map(|topic| topic.id.clone()).collect()
    };
    assert_eq!(topic_ids(0), ["ukraine-war"]);
    assert_eq!(topic_ids(1), ["iran"]);
    assert_eq!(ingested.corpus.events[0].topics[0].keywords, ["ukraine", "kyiv"]);
}

#[test]
fn topic_errors_have_lines() {
    let topics = b"[[topic]]\nid = \"Ukraine War\"\nlabel = \"x\"\nkeywords = [\"a\"]\n\n[[topic]]\nid = \"iran\"\nlabel = \"Iran\"\nkeywords = [\"iran\"]\n\n[[topic]]\nid = \"iran\"\nlabel = \"Iran again\"\nkeywords = []\n";
    let ingested = run(&event(&[("a.txt", BODY.as_bytes()), ("topics.toml", topics)]));
    let errors = messages(&ingested);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].starts_with("corpus/the-event/topics.toml:2: topic id \"Ukraine War\" is not a slug"),
        "{}",
        errors[0]
    );
    assert_eq!(
        errors[1],
        "corpus/the-event/topics.toml:12: topic id \"iran\" is already used at line 7; give each topic its own id"
    );
    let malformed =
        run(&event(&[("a.txt", BODY.as_bytes()), ("topics.toml", b"[[topic]]\nid = \"x\"\nlabels = 1\n")]));
    let error = single_error(&malformed);
    assert!(error.starts_with("corpus/the-event/topics.toml:3: unknown field `labels`"), "{error}");
}

// --- reading folders ---------------------------------------------------------------------------

/// A temporary folder that is removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("parallax-ingest-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    fn write(&self, path: &str, bytes: &[u8]) {
        let path = self.0.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("folder");
        }
        fs::write(path, bytes).expect("write");
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn reading_a_folder_skips_hidden_entries_and_notes_others() {
    let dir = TempDir::new("hidden");
    dir.write("my-event/a.txt", BODY.as_bytes());
    dir.write("my-event/.DS_Store", b"\0\0");
    dir.write(".git/config", b"x");
    dir.write("my-event/images/photo.jpg", b"x");
    dir.write("README.md", b"x");
    dir.write("topics.toml", TOPICS);
    let source = read_corpus_dir(dir.path(), &Limits::default()).expect("readable");
    assert_eq!(source.events.len(), 1);
    let names: Vec<&str> = source.events[0].files.iter().map(|file| file.name.as_str()).collect();
    assert_eq!(names, ["a.txt"]);
    assert!(source.topics.is_some());
    let notes: Vec<String> = source.notes.iter().map(ToString::to_string).collect();
    assert_eq!(notes.len(), 2, "{notes:#?}");
    assert!(notes
        .iter()
        .any(|note| note.contains("images") && note.contains("folders inside an event folder")));
    assert!(notes.iter().any(|note| note.contains("README.md") && note.contains("ignored")));
}

/// The documented choice: no symbolic link is followed, not even one that stays inside the corpus;
/// each is named in a note. A FIFO is noted and never opened (opening it would wait forever).
#[cfg(unix)]
#[test]
fn links_are_never_followed_and_special_files_never_opened() {
    let dir = TempDir::new("links");
    dir.write("ev/a.txt", BODY.as_bytes());
    dir.write("shared/topics.toml", TOPICS);
    let link = |target: &str, name: &str| {
        std::os::unix::fs::symlink(target, dir.path().join(name)).expect("symlink");
    };
    link("a.txt", "ev/b.txt");
    link("../shared/topics.toml", "ev/topics.toml");
    link("ev", "same-event-again");
    let fifo = dir.path().join("ev/c.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|status| status.success()), "mkfifo");
    let source = read_corpus_dir(dir.path(), &Limits::default()).expect("readable");
    let events: Vec<&str> = source.events.iter().map(|event| event.id.as_str()).collect();
    assert_eq!(events, ["ev", "shared"]);
    let names: Vec<&str> = source.events[0].files.iter().map(|file| file.name.as_str()).collect();
    assert_eq!(names, ["a.txt"]);
    let notes: Vec<String> = source.notes.iter().map(ToString::to_string).collect();
    for (name, says) in [
        ("ev/b.txt", "a symbolic link (to a.txt) is never followed"),
        ("ev/topics.toml", "a symbolic link (to ../shared/topics.toml) is never followed"),
        ("same-event-again", "a symbolic link (to ev) is never followed"),
        ("ev/c.txt", "a FIFO (named pipe) is not a regular file, so it is not opened"),
    ] {
        let path = dir.path().join(name).display().to_string();
        assert!(
            notes.iter().any(|note| note.starts_with(&format!("{path}: ignored: {says}"))),
            "no note for {name}: {notes:#?}"
        );
    }
}

#[test]
fn a_file_over_the_limit_on_disk_is_not_read() {
    let dir = TempDir::new("limit");
    dir.write("ev/a.txt", BODY.as_bytes());
    dir.write("ev/big.txt", &vec![b'a'; 2048]);
    // A manifest of the same size is within its own, larger limit: it grows with the event.
    let mut manifest = String::from("[event]\ntitle = \"A long manifest\"\n");
    while manifest.len() < 2048 {
        manifest.push_str("# one more line of notes about the articles of this event\n");
    }
    dir.write("ev/event.toml", manifest.as_bytes());
    let limits = Limits { max_file_bytes: 1024, max_manifest_bytes: 4096 };
    let source = read_corpus_dir(dir.path(), &limits).expect("readable");
    let big = source.events[0].files.iter().find(|file| file.name == "big.txt").expect("big.txt");
    assert_eq!(big.content, FileContent::TooLarge { size: 2048 });
    let ingested = load_corpus(dir.path(), &limits);
    let error = single_error(&ingested);
    assert!(error.ends_with("big.txt: the file is 2 KiB (2048 bytes), over the 1 KiB limit (1024 bytes) for one file; shorten it or split it"), "{error}");
}

#[test]
fn an_empty_folder_is_a_corpus_with_no_events() {
    let dir = TempDir::new("empty");
    let error = single_error(&load_corpus(dir.path(), &Limits::default()));
    assert!(error.contains("the corpus has no event folders"), "{error}");
}

#[test]
fn a_missing_folder_is_an_error_not_a_panic() {
    let error = single_error(&load_corpus(Path::new("/nonexistent/parallax-corpus"), &Limits::default()));
    assert!(error.starts_with("/nonexistent/parallax-corpus: cannot read the corpus folder"), "{error}");
}

#[test]
fn a_folder_of_articles_is_one_event_named_after_it() {
    let dir = TempDir::new("single");
    dir.write("My Event/one.txt", BODY.as_bytes());
    dir.write("My Event/two.txt", BODY.as_bytes());
    let ingested = load_corpus(&dir.path().join("My Event"), &Limits::default());
    assert!(ingested.errors.is_empty(), "{:?}", ingested.errors);
    let event = &ingested.corpus.events[0];
    assert_eq!((event.id.as_str(), event.title.as_str()), ("my-event", "My Event"));
    assert_eq!(event.articles.len(), 2);
    assert!(ingested.notes.iter().any(|note| note.message.contains("the event id is \"my-event\"")));
}
