#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg (used by the site, the widget and the npm
# package) and the native CLI. Run scripts/setup.sh first (npm start/test do).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_PROGRESS_WHEN=never
# wasm-opt is off in Cargo.toml (no download, no broken Debian binaryen); the release
# profile already optimises for size.
wasm-pack --log-level warn build --release --target web --out-dir www/pkg --no-pack --no-default-features
# wasm-pack drops a "*" .gitignore in its out-dir, which would keep the files out of `npm pack`.
rm -f www/pkg/.gitignore www/pkg/package.json
node scripts/strip-wasm-names.mjs www/pkg/parallax_bg.wasm
cargo build --release --quiet
echo "build: www/pkg/parallax_bg.wasm $(wc -c < www/pkg/parallax_bg.wasm) bytes, $(gzip -9c www/pkg/parallax_bg.wasm | wc -c) gzipped"
