#!/usr/bin/env bash
# Browser interaction latency (issue 4; a benchmark, not a test, so scripts/test.sh does not run
# it). Builds what it needs, then runs scripts/bench-browser.mjs in headless Chromium:
#   - the site with the seed corpus (median limit 16 ms);
#   - a site with one synthetic event of 40 outlets and about 2,000 sentences from the engine's
#     generator (`parallax synth DIR --events 1 --outlets 40 --sentences 2000 --seed 1`, built
#     with PARALLAX_CORPUS; median limit 50 ms).
# It times a topic-chip toggle and a search keystroke on the overview, compare (read and align,
# five outlets), quotes and sources pages, and prints a Markdown table. BENCHMARKS.md has the method.
#
#   bash scripts/bench-browser.sh [--no-build] [-- ARGS FOR bench-browser.mjs, e.g. --runs 50]
#
# Environment: PARALLAX_BENCH_DIR (default: target/bench-browser) holds the corpus and the two
# sites; CARGO_TARGET_DIR is honoured. --no-build reuses the sites built last time. Exit status:
# 0 every median within its limit, 1 some over, 2 a build or setup error.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh

build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) break ;;
  esac
done

out="${PARALLAX_BENCH_DIR:-$PWD/target/bench-browser}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
corpus="$out/synthetic-corpus"
seed_dist="$out/seed-dist"
synth_dist="$out/synthetic-dist"

if [ "$build" -eq 1 ]; then
  for tool in trunk node cargo; do
    command -v "$tool" >/dev/null 2>&1 ||
      { echo "bench-browser: '$tool' not found; run 'bash scripts/setup.sh' first" >&2; exit 2; }
  done
  echo "bench-browser: writing the synthetic corpus to $corpus"
  cargo run --quiet --release -p parallax-cli -- \
    synth "$corpus" --events 1 --outlets 40 --sentences 2000 --seed 1 || exit 2
  echo "bench-browser: building the seed site into $seed_dist"
  (unset PARALLAX_CORPUS; trunk build --release --dist "$seed_dist") || exit 2
  echo "bench-browser: building the synthetic site into $synth_dist"
  PARALLAX_CORPUS="$corpus" trunk build --release --dist "$synth_dist" || exit 2
fi
for dist in "$seed_dist" "$synth_dist"; do
  [ -f "$dist/index.html" ] ||
    { echo "bench-browser: $dist/index.html not found; run without --no-build" >&2; exit 2; }
done

exec node scripts/bench-browser.mjs --site "seed=$seed_dist:16" --site "synthetic=$synth_dist:50" "$@"
