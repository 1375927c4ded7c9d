//! Integration tests of the `parallax` binary: exit codes, messages and output formats.

mod support;

use std::path::{Path, PathBuf};

use serde_json::Value;

use support::{fixture, parallax, seeds, text, Scratch};

const SEED_EVENT: &str = "putin-trump-call-2025-07-03";

fn report_json(args: &[&str]) -> Value {
    let output = parallax(args);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| panic!("report is not JSON: {err}"))
}

#[test]
fn check_accepts_the_seed_corpus() {
    let output = parallax(&["check", seeds().to_str().unwrap_or_default()]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", text(&output.stderr));
    let summary = text(&output.stdout);
    assert_eq!(summary.lines().count(), 1, "{summary}");
    assert!(summary.starts_with("1 event, 5 articles, "), "{summary}");
    assert!(summary.contains(" sentences") && summary.contains(" removals"), "{summary}");
}

#[test]
fn check_reports_a_bad_manifest_with_its_path_and_line() {
    let scratch = Scratch::new("bad-manifest");
    let event = scratch.0.join("broken-event");
    std::fs::create_dir_all(&event).unwrap_or_default();
    std::fs::write(event.join("event.toml"), "[event]\ntitle = \"ok\"\ndate = 2025-01-01 oops\n")
        .unwrap_or_default();
    std::fs::write(event.join("a.txt"), "Some text that is a sentence.\n").unwrap_or_default();
    let output = parallax(&["check", scratch.path()]);
    assert_eq!(output.status.code(), Some(1), "stdout: {}", text(&output.stdout));
    let stderr = text(&output.stderr);
    let prefix = format!("{}:", event.join("event.toml").display());
    let line = stderr.lines().find(|line| line.starts_with(&prefix)).unwrap_or_else(|| panic!("{stderr}"));
    let rest = &line[prefix.len()..];
    let (number, message) = rest.split_once(": ").unwrap_or_else(|| panic!("{line}"));
    assert!(number.parse::<u32>().is_ok_and(|n| n >= 1), "no line number in {line}");
    assert!(message.starts_with("error: "), "{line}");
    assert!(text(&output.stdout).contains("1 error"), "{}", text(&output.stdout));
}

#[test]
fn check_on_a_missing_folder_fails_as_a_corpus_error() {
    let output = parallax(&["check", "/nonexistent/parallax/corpus"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).starts_with("/nonexistent/parallax/corpus: error: "),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn report_json_has_the_documented_fields() {
    let report = report_json(&["report", seeds().to_str().unwrap_or_default(), "--json"]);
    assert_eq!(report["schema_version"], 2);
    let events = report["events"].as_array().unwrap_or_else(|| panic!("no events"));
    assert_eq!(events.len(), 1);
    let event = &events[0];
    assert_eq!(event["id"], SEED_EVENT);
    assert!(event["title"].is_string());
    for field in ["outlets", "articles", "claims", "quotes", "attributions", "topics", "coverage"] {
        assert!(event[field].is_array(), "events[].{field} is missing");
    }
    let outlets: Vec<&str> =
        event["outlets"].as_array().into_iter().flatten().filter_map(|o| o["id"].as_str()).collect();
    assert_eq!(outlets.len(), 5);
    assert!(event["outlets"][0]["name"].is_string());
    let articles = event["articles"].as_array().unwrap_or_else(|| panic!("no articles"));
    assert_eq!(articles.len(), 5);
    let mut sentence_ids = std::collections::HashSet::new();
    for article in articles {
        assert!(outlets.contains(&article["outlet"].as_str().unwrap_or_default()));
        assert!(article.get("headline").is_some() && article.get("published").is_some());
        assert!(article["removed"].is_array());
        for removed in article["removed"].as_array().into_iter().flatten() {
            assert!(removed["text"].is_string());
            let reason = removed["reason"].as_str().unwrap_or_default();
            assert!(
                !reason.is_empty() && reason.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{reason}"
            );
        }
        let sentences = article["sentences"].as_array().unwrap_or_else(|| panic!("no sentences"));
        assert!(!sentences.is_empty());
        for sentence in sentences {
            assert!(sentence["text"].is_string() && sentence["topics"].is_array());
            sentence_ids.insert(sentence["id"].as_str().unwrap_or_default().to_string());
        }
    }
    // Every id the analysis mentions is a sentence of the report.
    for claim in event["claims"].as_array().into_iter().flatten() {
        assert!(claim["id"].is_string() && claim["outlets"].is_array() && claim["missing"].is_array());
        for id in claim["sentences"].as_array().into_iter().flatten() {
            assert!(
                sentence_ids.contains(id.as_str().unwrap_or_default()),
                "claim names unknown sentence {id}"
            );
        }
    }
    for quote in event["quotes"].as_array().into_iter().flatten() {
        assert!(quote.get("speaker").is_some() && quote["canonical"].is_string());
        for variant in quote["variants"].as_array().into_iter().flatten() {
            assert!(
                variant["outlet"].is_string()
                    && variant["text"].is_string()
                    && variant["partial"].is_boolean()
            );
            assert!(sentence_ids.contains(variant["sentence"].as_str().unwrap_or_default()));
            for step in variant["diff"].as_array().into_iter().flatten() {
                assert!(["same", "inserted", "removed"].contains(&step["op"].as_str().unwrap_or_default()));
            }
        }
    }
    for attribution in event["attributions"].as_array().into_iter().flatten() {
        assert!(attribution["outlet"].is_string() && attribution["source"].is_string());
        assert!(["agency", "media", "person", "institution", "document", "social-post"]
            .contains(&attribution["kind"].as_str().unwrap_or_default()));
        assert!(sentence_ids.contains(attribution["sentence"].as_str().unwrap_or_default()));
    }
    for topic in event["topics"].as_array().into_iter().flatten() {
        assert!(topic["id"].is_string() && topic["label"].is_string() && topic["sentences"].is_array());
    }
}

#[test]
fn compact_json_is_one_line_and_pretty_json_is_not() {
    let dir = fixture();
    let dir = dir.to_str().unwrap_or_default();
    let compact = parallax(&["report", dir, "--json", "--compact"]);
    assert_eq!(text(&compact.stdout).lines().count(), 1);
    let pretty = parallax(&["report", dir, "--json"]);
    assert!(text(&pretty.stdout).lines().count() > 10);
    let a: Value = serde_json::from_slice(&compact.stdout).unwrap_or_default();
    let b: Value = serde_json::from_slice(&pretty.stdout).unwrap_or_default();
    assert_eq!(a, b);
}

#[test]
fn an_unknown_event_is_a_usage_error_that_lists_the_valid_ids() {
    let output =
        parallax(&["report", seeds().to_str().unwrap_or_default(), "--event", "no-such-event", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("no-such-event") && stderr.contains(SEED_EVENT), "{stderr}");
}

#[test]
fn event_filter_and_single_event_folder_give_the_same_event() {
    let filtered =
        report_json(&["report", seeds().to_str().unwrap_or_default(), "--event", SEED_EVENT, "--json"]);
    let single = report_json(&["report", seeds().join(SEED_EVENT).to_str().unwrap_or_default(), "--json"]);
    assert_eq!(filtered["events"].as_array().map(Vec::len), Some(1));
    assert_eq!(single["events"].as_array().map(Vec::len), Some(1));
    assert_eq!(single["events"][0]["id"], SEED_EVENT);
    assert_eq!(filtered["events"][0]["articles"], single["events"][0]["articles"]);
}

#[test]
fn usage_errors_exit_2_and_help_documents_exit_codes() {
    let no_format = parallax(&["report", "somewhere"]);
    assert_eq!(no_format.status.code(), Some(2));
    let both = parallax(&["report", "somewhere", "--json", "--markdown"]);
    assert_eq!(both.status.code(), Some(2));
    let help = parallax(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = text(&help.stdout);
    assert!(help.contains("Exit codes:") && help.contains("  3  "), "{help}");
}

#[test]
fn a_report_on_a_bad_corpus_exits_1_and_prints_nothing_on_stdout() {
    let scratch = Scratch::new("bad-report");
    let event = scratch.0.join("empty-event");
    std::fs::create_dir_all(&event).unwrap_or_default();
    std::fs::write(event.join("a.txt"), "").unwrap_or_default();
    let output = parallax(&["report", scratch.path(), "--json"]);
    assert_eq!(output.status.code(), Some(1), "stderr: {}", text(&output.stderr));
    assert!(output.stdout.is_empty());
    assert!(text(&output.stderr).contains("a.txt"), "{}", text(&output.stderr));
}

#[test]
fn synth_output_passes_check_and_is_deterministic() {
    let scratch = Scratch::new("synth");
    let first = scratch.0.join("first");
    let second = scratch.0.join("second");
    for dir in [&first, &second] {
        let args =
            ["synth", dir.to_str().unwrap_or_default(), "--events", "2", "--outlets", "4", "--seed", "11"];
        let output = parallax(&args);
        assert_eq!(output.status.code(), Some(0), "stderr: {}", text(&output.stderr));
    }
    let check = parallax(&["check", first.to_str().unwrap_or_default()]);
    assert_eq!(check.status.code(), Some(0), "stderr: {}", text(&check.stderr));
    assert!(text(&check.stdout).starts_with("2 events, 8 articles, "), "{}", text(&check.stdout));
    let files = |dir: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        for event in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            for file in std::fs::read_dir(event.path()).into_iter().flatten().flatten() {
                let relative = file.path().strip_prefix(dir).map(Path::to_path_buf).unwrap_or_default();
                files.push((relative, std::fs::read(file.path()).unwrap_or_default()));
            }
        }
        files.sort();
        files
    };
    let (a, b) = (files(&first), files(&second));
    assert_eq!(a.len(), 10, "2 events × (4 articles + event.toml)");
    assert!(a == b, "the same seed gave different files");
    let report = report_json(&["report", first.to_str().unwrap_or_default(), "--json", "--compact"]);
    assert_eq!(report["events"].as_array().map(Vec::len), Some(2));
}

#[test]
fn synth_into_an_unwritable_place_is_an_io_error() {
    let output = parallax(&["synth", "/dev/null/corpus", "--events", "1", "--outlets", "2"]);
    assert_eq!(output.status.code(), Some(3));
    assert!(text(&output.stderr).contains("/dev/null/corpus"), "{}", text(&output.stderr));
}
