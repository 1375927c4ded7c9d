//! The `parallax` binary against corpora built to attack it: symbolic links out of the corpus,
//! FIFOs, sockets and `/dev/zero`, file names with newlines and terminal escapes, and manifest
//! values that are not web addresses. Each must end in a clear note or error, in bounded time
//! and memory, with nothing from outside the corpus in the output and nothing raw on the terminal.
#![cfg(unix)]

mod support;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use support::{parallax_guarded, text, Scratch};

const ARTICLE_A: &str = "The harbour bridge reopened on Monday after two years of repairs, the city said. \
                         Engineers replaced forty steel cables.\n";
const ARTICLE_B: &str = "The city reopened the harbour bridge on Monday after repairs that took two years. \
                         A new bike lane runs along the deck.\n";

/// A corpus folder with one event, `bridge`, of two good articles; returns the event folder.
fn corpus_with_event(scratch: &Scratch) -> PathBuf {
    let event = scratch.0.join("bridge");
    fs::create_dir_all(&event).unwrap_or_else(|err| panic!("cannot create {}: {err}", event.display()));
    write(&event.join("a.txt"), ARTICLE_A);
    write(&event.join("b.txt"), ARTICLE_B);
    event
}

fn write(path: &Path, content: &str) {
    fs::write(path, content).unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

fn link(target: &str, path: &Path) {
    symlink(target, path).unwrap_or_else(|err| panic!("cannot link {}: {err}", path.display()));
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo").arg(path).status();
    assert!(status.is_ok_and(|status| status.success()), "mkfifo {} failed", path.display());
}

/// The stderr line about `path` (a diagnostic starts with its path and a colon), or a panic
/// showing stderr.
fn line_about<'a>(stderr: &'a str, path: &Path) -> &'a str {
    let prefix = format!("{}:", path.display());
    stderr
        .lines()
        .find(|line| line.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no line about {}:\n{stderr}", path.display()))
}

/// Checks that every stderr line is a diagnostic of the corpus (starts with its folder) and that
/// stderr holds no control character but the line ends: nothing a terminal would act on.
fn assert_inert(stderr: &str, root: &str) {
    for line in stderr.lines() {
        assert!(line.starts_with(root), "a line that is not a diagnostic of {root}: {line:?}");
    }
    let raw = stderr.chars().find(|c| c.is_control() && *c != '\n');
    assert_eq!(raw, None, "a raw control character on stderr:\n{stderr}");
}

#[test]
fn symbolic_links_out_of_the_corpus_are_skipped_with_a_note_and_never_read() {
    let scratch = Scratch::new("symlinked-files");
    let event = corpus_with_event(&scratch);
    link("/proc/self/environ", &event.join("notes.txt"));
    link("/etc/passwd", &event.join("p.txt"));
    let secret = "parallax-test-secret-7f3a9c";
    let root = scratch.path();
    let output = parallax_guarded(&["report", root, "--json"], &[("PARALLAX_TEST_TOKEN", secret)]);
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(!stdout.contains(secret), "the build machine's environment reached the report");
    assert!(!stdout.contains("root:"), "/etc/passwd reached the report");
    for name in ["notes.txt", "p.txt"] {
        let note = line_about(&stderr, &event.join(name));
        assert!(note.contains("note: ") && note.contains("symbolic link"), "{note}");
    }
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_default();
    assert_eq!(report["events"][0]["articles"].as_array().map(Vec::len), Some(2), "{stdout}");
}

#[test]
fn a_symbolic_link_to_a_folder_is_not_read_as_an_event() {
    let scratch = Scratch::new("symlinked-folder");
    corpus_with_event(&scratch);
    let outside = Scratch::new("symlinked-folder-outside");
    write(
        &outside.0.join("private.txt"),
        "Private notes that live outside the corpus, on the build machine.\n",
    );
    write(&outside.0.join("other.txt"), "More private text that must never be published by the site.\n");
    let linked = scratch.0.join("linked");
    link(outside.path(), &linked);
    let output = parallax_guarded(&["check", scratch.path()], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(text(&output.stdout).starts_with("1 event, 2 articles, "), "{}", text(&output.stdout));
    assert!(line_about(&stderr, &linked).contains("symbolic link"), "{stderr}");
}

#[test]
fn fifos_are_skipped_without_being_opened() {
    let scratch = Scratch::new("fifo");
    let event = corpus_with_event(&scratch);
    // A FIFO blocks whoever opens it for reading until a writer comes, which never happens here.
    mkfifo(&event.join("c.txt"));
    mkfifo(&event.join("notes.md"));
    mkfifo(&scratch.0.join("topics.toml"));
    for command in ["check", "report"] {
        let args: &[&str] = if command == "check" {
            &[command, scratch.path()]
        } else {
            &[command, scratch.path(), "--json"]
        };
        let output = parallax_guarded(args, &[]);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{command}: {stderr}");
        for path in [event.join("c.txt"), event.join("notes.md"), scratch.0.join("topics.toml")] {
            let note = line_about(&stderr, &path);
            assert!(note.contains("note: ") && note.contains("FIFO"), "{note}");
        }
    }
}

#[test]
fn a_link_to_dev_zero_ends_with_a_note_in_bounded_memory() {
    let scratch = Scratch::new("dev-zero");
    let event = corpus_with_event(&scratch);
    link("/dev/zero", &event.join("zero.txt"));
    link("/dev/urandom", &event.join("event.toml"));
    let output = parallax_guarded(&["check", scratch.path()], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(line_about(&stderr, &event.join("zero.txt")).contains("symbolic link"), "{stderr}");
    assert!(line_about(&stderr, &event.join("event.toml")).contains("symbolic link"), "{stderr}");
}

#[test]
fn a_socket_is_skipped_with_a_note() {
    let scratch = Scratch::new("socket");
    let event = corpus_with_event(&scratch);
    let socket = event.join("s.txt");
    let _listener = std::os::unix::net::UnixListener::bind(&socket)
        .unwrap_or_else(|err| panic!("cannot bind {}: {err}", socket.display()));
    let output = parallax_guarded(&["check", scratch.path()], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(line_about(&stderr, &socket).contains("socket"), "{stderr}");
}

#[test]
fn file_names_with_newlines_and_escapes_print_as_one_inert_line() {
    let scratch = Scratch::new("odd-names");
    let event = corpus_with_event(&scratch);
    let injected = "x\ncargo:rustc-env=PARALLAX_INJECTED=1\ny.md";
    write(&event.join(injected), "not an article\n");
    write(&event.join("clear\u{1b}[2J\u{1b}[H.md"), "not an article either\n");
    write(&event.join("spoof\u{202e}txt.md"), "nor this\n");
    let output = parallax_guarded(&["check", scratch.path()], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert_inert(&stderr, scratch.path());
    assert!(!stderr.contains('\u{202e}'), "a raw bidi control on stderr: {stderr}");
    assert!(stderr.contains("x\\u{a}cargo:rustc-env=PARALLAX_INJECTED=1\\u{a}y.md"), "{stderr}");
    assert!(stderr.contains("clear\\u{1b}[2J\\u{1b}[H.md"), "{stderr}");
    assert!(stderr.contains("spoof\\u{202e}txt.md"), "{stderr}");
    assert_eq!(stderr.lines().count(), 3, "one line per ignored file:\n{stderr}");
}

#[test]
fn manifest_values_with_terminal_escapes_are_printed_escaped() {
    let scratch = Scratch::new("escape-values");
    let event = corpus_with_event(&scratch);
    write(
        &event.join("event.toml"),
        "[[article]]\nfile = \"a.txt\"\noutlet_id = \"\\u001B[2J\\u001B]0;pwned\\u0007\"\n",
    );
    let output = parallax_guarded(&["check", scratch.path()], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert_inert(&stderr, scratch.path());
    let error = line_about(&stderr, &event.join("event.toml"));
    assert!(error.contains(":3: error: ") && error.contains("\\u{1b}[2J\\u{1b}]0;pwned\\u{7}"), "{error}");
}

#[test]
fn reports_carry_no_terminal_escape_from_names_values_or_text() {
    let scratch = Scratch::new("escape-report");
    let event = corpus_with_event(&scratch);
    write(
        &event.join("event.toml"),
        "[event]\ntitle = \"Bridge\\u001B[2J\\u001B]0;pwned\\u0007 reopens\"\n\n\
         [[article]]\nfile = \"a.txt\"\noutlet = \"The \\u009B31mCourier\"\nheadline = \"Line\\nbreak\"\n",
    );
    write(&event.join("b.txt"), &format!("{ARTICLE_B}\u{1b}[2J A clear screen.\u{7}\n"));
    fs::rename(event.join("b.txt"), event.join("radio\u{1b}[2J.txt")).unwrap_or_default();
    for format in ["--markdown", "--json"] {
        let output = parallax_guarded(&["report", scratch.path(), format], &[]);
        assert_eq!(output.status.code(), Some(0), "stderr: {}", text(&output.stderr));
        let stdout = text(&output.stdout);
        let raw: Vec<char> = stdout.chars().filter(|c| c.is_control() && *c != '\n').collect();
        assert!(raw.is_empty(), "{format}: raw control characters {raw:?} in:\n{stdout}");
        assert!(stdout.contains("0;pwned  reopens"), "{format}: {stdout}");
    }
}

#[test]
fn urls_that_are_not_web_addresses_are_errors_at_their_line() {
    let scratch = Scratch::new("bad-urls");
    let event = corpus_with_event(&scratch);
    write(&event.join("c.txt"), ARTICLE_A);
    write(&event.join("d.txt"), ARTICLE_B);
    write(&event.join("e.txt"), ARTICLE_A);
    let bad = [
        "javascript:alert(document.domain)",
        "data:text/html,<script>alert(1)</script>",
        "https://example.com/a page",
        "https://example.com/\"onmouseover=\"alert(1)",
        "//example.com/no-scheme",
    ];
    let mut manifest = String::new();
    for (file, url) in ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"].iter().zip(bad) {
        manifest.push_str(&format!("[[article]]\nfile = \"{file}\"\nurl = {url:?}\n\n"));
    }
    write(&event.join("event.toml"), &manifest);
    let output = parallax_guarded(&["report", scratch.path(), "--json"], &[]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "a report was printed: {}", text(&output.stdout));
    let manifest_path = format!("{}:", event.join("event.toml").display());
    for (n, url) in bad.iter().enumerate() {
        let line = 3 + 4 * n;
        let prefix = format!("{manifest_path}{line}: error: ");
        let error = stderr.lines().find(|error| error.starts_with(&prefix));
        let error = error.unwrap_or_else(|| panic!("no error at line {line} for {url}:\n{stderr}"));
        assert!(error.contains("url") && error.contains("http"), "{error}");
    }
    // A good address is still accepted.
    write(
        &event.join("event.toml"),
        "[[article]]\nfile = \"a.txt\"\nurl = \"https://example.com/a?b=c#d\"\n",
    );
    let output = parallax_guarded(&["check", scratch.path()], &[]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", text(&output.stderr));
}
