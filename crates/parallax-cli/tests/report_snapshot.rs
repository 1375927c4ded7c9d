//! Snapshot of the Markdown report on a small hand-written corpus, through the real ingest and
//! engine. Refresh with `UPDATE_EXPECT=1 cargo test -p parallax-cli --test report_snapshot`, and
//! read the diff: it shows what the engine now finds.

use std::path::Path;
use std::process::Command;

#[test]
fn markdown_report_of_the_small_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small-corpus");
    let output = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("report")
        .arg(&dir)
        .arg("--markdown")
        .output()
        .unwrap_or_else(|err| panic!("cannot run parallax: {err}"));
    assert_eq!(output.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let markdown = String::from_utf8_lossy(&output.stdout);
    expect_test::expect_file!["snapshots/small-corpus.md"].assert_eq(&markdown);
}
