# shellcheck shell=bash
# Puts the project's tools on PATH: source it (`. scripts/env.sh`) after `scripts/setup.sh` has run.
# Safe to source more than once; changes nothing but PATH and PARALLAX_ROOT.

PARALLAX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PARALLAX_ROOT

parallax_path_prepend() {
  case ":$PATH:" in
    *":$1:"*) ;;
    *) PATH="$1:$PATH" ;;
  esac
}
parallax_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
# wasm-opt (binaryen) for Trunk comes from npm; it must win over any older system copy.
parallax_path_prepend "$PARALLAX_ROOT/node_modules/.bin"
export PATH
unset -f parallax_path_prepend
