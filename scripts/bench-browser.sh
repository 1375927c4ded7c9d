#!/usr/bin/env bash
# Browser benchmarks (a benchmark, not a test, so scripts/test.sh does not run it). Builds what it
# needs, then, in headless Chromium:
#   1. interaction latency (scripts/bench-browser.mjs) on three sites:
#      - the seed corpus (median limit 16 ms);
#      - one synthetic event of 40 outlets and about 2,000 sentences from the engine's generator
#        (`parallax synth DIR --events 1 --outlets 40 --sentences 2000 --seed 1`; limit 50 ms);
#      - one synthetic event of 500 outlets and about 12,000 sentences (`--outlets 500`, 24
#        sentences an outlet; limit 50 ms);
#      timing a topic-chip toggle and a search keystroke on the overview, compare (read and
#      align, five outlets), quotes and sources pages, and pointing at a sentence in compare
#      (read, five outlets);
#   2. the first compare view of the seeds against a static page with the same sentences
#      (scripts/bench-first-view.mjs; limit 1.5 times).
# The synthetic sites are the seed site's build with their own data (`parallax site --dist`): the
# web app embeds no data. BENCHMARKS.md has the method.
#
#   bash scripts/bench-browser.sh [--no-build] [-- ARGS FOR bench-browser.mjs, e.g. --runs 50]
#
# Environment: PARALLAX_BENCH_DIR (default: target/bench-browser) holds the corpora and the
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
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) break ;;
  esac
done

out="${PARALLAX_BENCH_DIR:-$PWD/target/bench-browser}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
seed_dist="$out/seed-dist"
synth_dist="$out/synthetic-dist"
big_dist="$out/big-dist"

if [ "$build" -eq 1 ]; then
  for tool in trunk node cargo; do
    command -v "$tool" >/dev/null 2>&1 ||
      { echo "bench-browser: '$tool' not found; run 'bash scripts/setup.sh' first" >&2; exit 2; }
  done
  echo "bench-browser: building the seed site into $seed_dist"
  (unset PARALLAX_CORPUS; trunk build --release --dist "$seed_dist") || exit 2
  cargo build --quiet --release -p parallax-cli || exit 2
  parallax="${CARGO_TARGET_DIR:-$PWD/target}/release/parallax"
  # name outlets sentences dist
  for site in "synthetic 40 2000 $synth_dist" "big 500 12000 $big_dist"; do
    read -r name outlets sentences dist <<<"$site"
    echo "bench-browser: writing the $name corpus ($outlets outlets) and its site into $dist"
    "$parallax" synth "$out/$name-corpus" --events 1 --outlets "$outlets" --sentences "$sentences" --seed 1 || exit 2
    rm -rf "$dist" && cp -r "$seed_dist" "$dist" || exit 2
    "$parallax" site "$out/$name-corpus" --dist "$dist" --quiet || exit 2
  done
fi
for dist in "$seed_dist" "$synth_dist" "$big_dist"; do
  [ -f "$dist/index.html" ] ||
    { echo "bench-browser: $dist/index.html not found; run without --no-build" >&2; exit 2; }
done

status=0
node scripts/bench-browser.mjs --site "seed=$seed_dist:16" --site "synthetic=$synth_dist:50" \
  --site "big=$big_dist:50" "$@" || status=$?
[ "$status" -le 1 ] || exit "$status"
echo
echo "| view | runs | app median ms | static median ms | ratio | limit | result |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
node scripts/bench-first-view.mjs --dist "$seed_dist" --runs 21 || status=$(( status > $? ? status : $? ))
exit "$status"
