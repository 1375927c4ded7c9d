//! The dev set guards whom outlets are found to credit: on every event, at least 85% of the
//! annotated credits are found and at least 90% of the credits given are real.

use std::path::Path;
use std::process::Command;

#[test]
fn every_devset_event_meets_the_credit_goals() {
    let devset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/devset");
    let truth = devset.join("truth.json");
    let output = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("eval")
        .arg(&devset)
        .arg("--truth")
        .arg(&truth)
        .args(["-q", "--explain", "--min", "credits-found=0.85", "--min", "credits-real=0.9"])
        .output()
        .unwrap_or_else(|err| panic!("cannot run parallax: {err}"));
    assert!(
        output.status.success(),
        "credits below their goals:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
