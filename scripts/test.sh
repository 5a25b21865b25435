#!/usr/bin/env bash
# npm test: every test, from a fresh machine. Installs what is missing (scripts/setup.sh,
# including Debian's chromium for the browser test), builds, then runs in order:
# house checks, Rust unit/integration/doc tests, the JS API tests against the wasm build,
# the TypeScript consumer check, the packed-tarball install test, the browser e2e test, and
# bounded fuzzing (scripts/fuzz.sh; FUZZ_SECONDS per target, default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_PROGRESS_WHEN=never
T0=$SECONDS
step() { echo; echo "=== [$((SECONDS - T0))s] $*"; }

step "setup"
SETUP_BROWSER=1 bash scripts/setup.sh

step "house checks: wasm crates only in src/wasm/"
if grep -rlE 'wasm_bindgen|js_sys|web_sys' src --include=*.rs | grep -v '^src/wasm/'; then
  echo "wasm crates used outside src/wasm/ (above)"; exit 1
fi

step "cargo test (unit, integration, doc)"
cargo test --quiet

step "build (wasm + CLI)"
bash scripts/build.sh

step "JS tests against the wasm build (node:test)"
node --test tests/js/

step "TypeScript consumer check (tsc --noEmit)"
npx --no-install tsc -p tests/ts/tsconfig.json

step "npm pack, install into a fresh folder, import from Node"
bash tests/pack/run.sh

step "browser end-to-end (playwright-core + Debian chromium)"
node --test tests/e2e/

step "fuzz (bounded): cargo-fuzz, each target ${FUZZ_SECONDS:-60}s"
bash scripts/fuzz.sh

echo; echo "=== all tests passed in $((SECONDS - T0))s"
