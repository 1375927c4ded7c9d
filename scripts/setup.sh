#!/usr/bin/env bash
# Installs what Parallax needs to build, serve and test, at the versions pinned in
# shared/TOOLCHAIN.md. Idempotent: every tool is checked (presence and version) and
# skipped when right, so a second run takes seconds.
#
#   bash scripts/setup.sh               everything (build tools, browser, test deps)
#   bash scripts/setup.sh --build-only  only what `trunk build` needs (no Chromium, no brotli)
#
# Afterwards `. scripts/env.sh` puts node_modules/.bin and ~/.cargo/bin on PATH.
set -euo pipefail

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"
WASM_OPT_VERSION="132"
WASM_TARGET="wasm32-unknown-unknown"
MIN_RUST="1.95"
MIN_NODE_MAJOR=20
APT_PACKAGES=(chromium chromium-driver brotli)

build_only=false
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=true ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "setup: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
. scripts/env.sh
started=$SECONDS

say() { printf 'setup: %s\n' "$*"; }
die() {
  printf 'setup: ERROR: %s\n' "$*" >&2
  exit 1
}
# Prints the first line a command writes about its version, or nothing if it is missing or fails.
version_line() { "$@" --version 2>/dev/null | head -n 1 || true; }
# True when version $1 >= version $2 (dotted numbers).
version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    die "'$*' needs root and sudo is missing; run it as root, then run this script again"
  fi
}

# --- Rust toolchain -------------------------------------------------------------------------
if ! command -v cargo >/dev/null 2>&1 || ! command -v rustc >/dev/null 2>&1; then
  die "cargo/rustc not found; install Rust $MIN_RUST or newer with rustup (https://rustup.rs), then run this again"
fi
rust_version="$(rustc --version | awk '{print $2}')"
version_at_least "$rust_version" "$MIN_RUST" ||
  die "rustc $rust_version is too old: the workspace needs $MIN_RUST or newer ('rustup update stable')"
say "rustc $rust_version ok"

if command -v rustup >/dev/null 2>&1; then
  installed_targets="$(rustup target list --installed 2>/dev/null || true)"
  if grep -qx "$WASM_TARGET" <<<"$installed_targets"; then
    say "target $WASM_TARGET ok"
  else
    say "adding target $WASM_TARGET"
    rustup target add "$WASM_TARGET" || die "'rustup target add $WASM_TARGET' failed (see above)"
  fi
  if ! $build_only; then
    installed_components="$(rustup component list --installed 2>/dev/null || true)"
    for component in rustfmt clippy; do
      if grep -q "^$component" <<<"$installed_components"; then
        say "component $component ok"
      else
        say "adding component $component"
        rustup component add "$component" || die "'rustup component add $component' failed (see above)"
      fi
    done
  fi
else
  # Without rustup the target's standard library must already be there.
  sysroot="$(rustc --print sysroot)"
  [ -d "$sysroot/lib/rustlib/$WASM_TARGET" ] ||
    die "no rustup and no $WASM_TARGET standard library in $sysroot; install Rust with rustup"
  say "target $WASM_TARGET ok (no rustup)"
fi

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk
# would try to download another one (and fail, being offline).
locked_bindgen="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock 2>/dev/null || true)"
if [ -n "$locked_bindgen" ] && [ "$locked_bindgen" != "$WASM_BINDGEN_VERSION" ]; then
  die "Cargo.lock has wasm-bindgen $locked_bindgen but scripts/setup.sh pins the CLI at $WASM_BINDGEN_VERSION; pin both to the same version (Cargo.toml: wasm-bindgen = \"=$WASM_BINDGEN_VERSION\")"
fi

# cargo_tool NAME_ON_PATH EXPECTED_VERSION_LINE CRATE VERSION [cargo install flags...]
cargo_tool() {
  local binary="$1" expected="$2" crate="$3" version="$4"
  shift 4
  local found
  found="$(version_line "$binary")"
  if [ "$found" = "$expected" ]; then
    say "$expected ok"
    return
  fi
  if [ -n "$found" ]; then
    say "found '$found', want '$expected': reinstalling $crate $version (takes minutes)"
  else
    say "installing $crate $version with cargo (takes minutes)"
  fi
  cargo install "$crate" --version "$version" --force "$@" ||
    die "'cargo install $crate --version $version $*' failed (see above); it needs crates.io and a C compiler"
  found="$(version_line "$binary")"
  [ "$found" = "$expected" ] ||
    die "after installing $crate, '$binary --version' says '$found', not '$expected'; is another $binary earlier on PATH ($(command -v "$binary" || echo none))?"
  say "$expected installed"
}

cargo_tool trunk "trunk $TRUNK_VERSION" trunk "$TRUNK_VERSION" --locked
# Without --locked: the crate's lock file names a webpki-roots version crates.io no longer serves.
cargo_tool wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
if ! $build_only; then
  runner="$(version_line wasm-bindgen-test-runner)"
  [ "$runner" = "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ] ||
    die "wasm-bindgen-test-runner reports '$runner', want $WASM_BINDGEN_VERSION; it ships with wasm-bindgen-cli: run 'cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION --force'"
  say "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION ok"
fi

# --- Debian packages: browser, driver, brotli ------------------------------------------------
if ! $build_only; then
  missing=()
  for package in "${APT_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    [ "$status" = "install ok installed" ] || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "apt packages ok: ${APT_PACKAGES[*]}"
  else
    command -v apt-get >/dev/null 2>&1 ||
      die "missing ${missing[*]} and no apt-get; install Chromium, ChromeDriver and brotli by hand"
    say "installing with apt-get: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q || die "'apt-get update' failed (see above)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" </dev/null ||
      die "'apt-get install ${missing[*]}' failed (see above)"
  fi
  for binary in /usr/bin/chromium /usr/bin/chromedriver; do
    [ -x "$binary" ] || die "$binary is missing although its package is installed; reinstall chromium and chromium-driver"
  done
  command -v brotli >/dev/null 2>&1 || die "brotli is not on PATH although its package is installed"
  chromium_version="$(version_line /usr/bin/chromium | grep -oE '[0-9]+' | head -n 1)"
  driver_version="$(version_line /usr/bin/chromedriver | grep -oE '[0-9]+' | head -n 1)"
  [ "$chromium_version" = "$driver_version" ] ||
    die "Chromium $chromium_version and ChromeDriver $driver_version differ; 'apt-get install --only-upgrade chromium chromium-driver'"
  say "chromium $chromium_version and chromedriver ok"
fi

# --- Node packages: wasm-opt, playwright-core, axe-core -------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  die "node and npm not found; install Node.js $MIN_NODE_MAJOR or newer (with npm), then run this again"
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge "$MIN_NODE_MAJOR" ] || die "Node $(node --version) is too old; install Node.js $MIN_NODE_MAJOR or newer"

if [ ! -f package.json ] || [ ! -f package-lock.json ]; then
  die "package.json or package-lock.json is missing at the repo root; restore them from git"
fi
lock_hash="$(cat package.json package-lock.json | sha256sum | cut -c1-64)"
stamp="node_modules/.parallax-lock.sha256"
wasm_opt_ok() { version_line node_modules/.bin/wasm-opt | grep -q "^wasm-opt version $WASM_OPT_VERSION\b"; }
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] && wasm_opt_ok; then
  say "node_modules ok (matches package-lock.json)"
else
  say "installing node_modules with npm ci"
  npm ci --no-audit --no-fund --loglevel=error </dev/null ||
    die "'npm ci' failed (see above); it needs the npm registry"
  wasm_opt_ok || die "node_modules/.bin/wasm-opt is not binaryen version $WASM_OPT_VERSION; check package.json"
  printf '%s\n' "$lock_hash" >"$stamp"
fi
say "wasm-opt version $WASM_OPT_VERSION ok"

say "done in $((SECONDS - started)) s; tools on PATH via '. scripts/env.sh'"
