#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh), then runs every test suite in order and stops at the
# first failure. The summary lists the suites; its last line counts the individual tests that the
# suites reported (cargo's and node's own counts): `N passed, N failed`, plus `N suites skipped`
# when a failure stopped the run early.
#
#   bash scripts/test.sh
#
# Suites: rustfmt, clippy, host tests, wasm tests in headless Chromium, the release build, the size
# budget and the end-to-end tests (tests/e2e/, which also build a second site from a plain corpus).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
# shellcheck source=scripts/env.sh
. scripts/env.sh
# The default corpus is what the end-to-end tests expect.
unset PARALLAX_CORPUS
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

suites=(
  "rustfmt|cargo fmt --all --check"
  "clippy|cargo clippy --workspace --all-targets -- -D warnings"
  "host tests|cargo test --workspace"
  "wasm tests|CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p parallax-app"
  "release build|trunk build --release"
  "size budgets|bash scripts/size.sh dist"
  "end-to-end|node --test --test-reporter=spec tests/e2e/"
)

passed=0 failed=0 tests_passed=0 tests_failed=0
started=$SECONDS
log_dir="$(mktemp -d "${TMPDIR:-/tmp}/parallax-test.XXXXXX")"
trap 'rm -rf "$log_dir"' EXIT
results=()

# Counts the individual tests a suite's output reports (cargo test's and node's summaries), if any.
count_tests() {
  awk '
    /^test result: / { cargo = 1; for (i = 1; i < NF; i++) { if ($(i + 1) ~ /^passed/) p += $i; if ($(i + 1) ~ /^failed/) f += $i } }
    /^(ℹ|#) pass [0-9]+$/ { node = 1; np = $3 }
    /^(ℹ|#) fail [0-9]+$/ { nf = $3 }
    END {
      if (cargo) printf "%d %d", p, f
      else if (node) printf "%d %d", np, nf
    }' "$1"
}

index=0
for suite in "${suites[@]}"; do
  index=$((index + 1))
  name="${suite%%|*}" command="${suite#*|}"
  printf '\n==> [%d/%d] %s: %s\n' "$index" "${#suites[@]}" "$name" "$command"
  suite_start=$SECONDS
  log="$log_dir/$index.log"
  status=0
  # Output goes to the terminal and to a log (for counting); stdin is closed, as on CI.
  bash -c "set -o pipefail; $command" </dev/null 2>&1 | tee "$log" || status=$?
  took=$((SECONDS - suite_start))
  read -r suite_passed suite_failed <<<"$(count_tests "$log") " || true
  tests_passed=$((tests_passed + ${suite_passed:-0}))
  tests_failed=$((tests_failed + ${suite_failed:-0}))
  counts=""
  [ -z "${suite_passed:-}" ] || counts="$suite_passed tests passed, ${suite_failed:-0} failed"
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    results+=("$(printf '  ok    %-14s %4ds  %s' "$name" "$took" "$counts")")
  else
    failed=$((failed + 1))
    results+=("$(printf '  FAIL  %-14s %4ds  %s' "$name" "$took" "$counts")")
    printf '\ntest: FAILED: suite "%s" exited with status %d after %ds.\n' "$name" "$status" "$took" >&2
    printf 'test: re-run it alone with: %s\n' "$command" >&2
    break
  fi
done

skipped=$((${#suites[@]} - passed - failed))
printf '\n==> summary (%ds in all)\n' "$((SECONDS - started))"
printf '%s\n' "${results[@]}"
[ "$skipped" -eq 0 ] || printf '  (%d suite(s) not run after the failure)\n' "$skipped"
printf 'suites: %d of %d ran and passed\n' "$passed" "${#suites[@]}"
# A failed suite counts as a failure even when its runner reported no failing test (a build error).
[ "$failed" -eq 0 ] || [ "$tests_failed" -gt 0 ] || tests_failed=1
printf '%d passed, %d failed\n' "$tests_passed" "$tests_failed"
[ "$failed" -eq 0 ]
