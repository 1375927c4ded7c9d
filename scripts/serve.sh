#!/usr/bin/env bash
# Installs what is missing (scripts/setup.sh --build-only), then builds the site in release mode and
# serves it on http://127.0.0.1:8080, rebuilding when the sources change. Ctrl-C stops it.
#
#   bash scripts/serve.sh                                  the seed corpus (assets/corpus/)
#   PARALLAX_CORPUS=~/my-articles bash scripts/serve.sh    your own folder of events
set -euo pipefail

caller_dir="$PWD"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh --build-only
# shellcheck source=scripts/env.sh
. scripts/env.sh

if [ -n "${PARALLAX_CORPUS:-}" ]; then
  # build.rs runs in the repo root, so a path relative to the caller's folder must become absolute.
  corpus="$(cd "$caller_dir" && cd "$PARALLAX_CORPUS" 2>/dev/null && pwd)" ||
    { echo "serve: PARALLAX_CORPUS='$PARALLAX_CORPUS' is not a folder" >&2; exit 1; }
  export PARALLAX_CORPUS="$corpus"
  echo "serve: building from the corpus at $PARALLAX_CORPUS"
  # Trunk watches the repo only: also rebuild when the corpus changes.
  exec trunk serve --release --watch . --watch "$PARALLAX_CORPUS" "$@"
fi
echo "serve: building from the seed corpus in assets/corpus/"
exec trunk serve --release "$@"
