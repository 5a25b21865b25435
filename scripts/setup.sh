#!/usr/bin/env bash
# Installs what Parallax needs to build and test, skipping whatever is already there at the
# right version: the wasm32 target, wasm-bindgen-cli (same version as Cargo.lock),
# wasm-pack, npm dev dependencies, and — with SETUP_BROWSER=1 — Debian's chromium and
# chromium-driver for the browser tests. Nothing downloads prebuilt binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
export CARGO_HOME=${CARGO_HOME:-$HOME/.cargo}
export PATH="$CARGO_HOME/bin:$PATH"
export CARGO_TERM_PROGRESS_WHEN=never

say() { echo "setup: $*"; }

has_version() { # BIN VERSION: `BIN --version` prints "BIN VERSION…"
  command -v "$1" >/dev/null 2>&1 && [[ "$("$1" --version 2>/dev/null)" == "$1 $2"* ]]
}

cargo_install() { # CRATE VERSION: --locked first; the registry mirror can lack a locked dep
  env -u CARGO_TARGET_DIR cargo install "$1" --version "=$2" --locked \
    || env -u CARGO_TARGET_DIR cargo install "$1" --version "=$2"
}

if [[ ${SETUP_BROWSER:-0} == 1 ]] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  say "installing chromium and chromium-driver (apt)"
  SUDO=""; [[ $(id -u) != 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

WB_VERSION=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if has_version wasm-bindgen "$WB_VERSION"; then
  say "wasm-bindgen $WB_VERSION present"
else
  say "installing wasm-bindgen-cli $WB_VERSION (takes a few minutes once)"
  cargo_install wasm-bindgen-cli "$WB_VERSION"
fi
if has_version wasm-pack "$WASM_PACK_VERSION"; then
  say "wasm-pack $WASM_PACK_VERSION present"
else
  say "installing wasm-pack $WASM_PACK_VERSION (takes a few minutes once)"
  cargo_install wasm-pack "$WASM_PACK_VERSION"
fi

if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund
fi
