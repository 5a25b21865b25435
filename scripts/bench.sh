#!/usr/bin/env bash
# npm run bench: every benchmark, then docs/BENCHMARKS.md and its charts from the results.
#   1. native scaling curve + synthetic corpora  cargo run --release --example scale
#   2. wasm in Node: demo + scaling curve         node tests/bench/wasm.mjs
#   3. wasm vs wink-nlp, compromise, vader        node --expose-gc tests/bench/peers.mjs
#   4. headless Chromium: first render, demo, 1,000 articles   node tests/bench/chromium.mjs
#   5. criterion, demo group, short               cargo bench --bench analyze -- demo
#   6. where the wasm bytes go (linked module with a linker map) and the report
#                                                 node tests/bench/report.mjs
# Results go to target/bench/*.json. Environment: SCALE_NS (sizes, default 10,100,1000,5000),
# SCALE_BUDGET_S / SCALE_TIMEOUT_S (per size), RUNS (peers, default 5), LOADS (page loads),
# BENCH_SKIP="criterion chromium …" to leave steps out (their previous results are reused),
# BENCH_NO_BUILD=1 to use the current www/pkg build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_PROGRESS_WHEN=never
mkdir -p target/bench
T0=$SECONDS
step() { echo; echo "=== [$((SECONDS - T0))s] $*"; }
skip() { [[ " ${BENCH_SKIP:-} " == *" $1 "* ]]; }
cat /proc/loadavg > target/bench/load-start.txt
read -r load1 _ < /proc/loadavg
if awk -v l="$load1" -v n="$(nproc)" 'BEGIN { exit !(l > n * 0.5) }'; then
  echo "bench: warning: load average $load1 on $(nproc) cores: other work is running, figures will be noisy"
fi

if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  step "build (wasm + CLI)"
  bash scripts/build.sh
fi

# Every stage measures the same build, even if www/pkg is rebuilt meanwhile.
rm -rf target/bench/www && cp -r www target/bench/www
export PARALLAX_WWW="$PWD/target/bench/www"

if ! skip scale; then
  step "native scaling curve (cargo run --release --example scale)"
  cargo run --release --quiet --example scale
fi

if ! skip wasm; then
  step "wasm in Node (tests/bench/wasm.mjs)"
  node tests/bench/wasm.mjs
fi

if ! skip peers; then
  step "wasm vs the JS peers (tests/bench/peers.mjs)"
  node --expose-gc tests/bench/peers.mjs
fi

if ! skip chromium; then
  step "headless Chromium (tests/bench/chromium.mjs)"
  node tests/bench/chromium.mjs
fi

if ! skip criterion; then
  step "criterion, demo group (cargo bench --bench analyze -- demo)"
  # Its own target dir: cargo bench also links the CLI, which must not race other builds.
  cargo bench --quiet --bench analyze --target-dir target/bench-criterion -- demo --warm-up-time 1 --measurement-time 3 2>&1 | grep -vE '^(Benchmarking|Found|  [0-9]+ \(|Warning)' || true
fi

if ! skip size; then
  step "linked wasm with a linker map, for the size report"
  # A separate target dir: other RUSTFLAGS must not invalidate the normal build.
  RUSTFLAGS="-C link-arg=--Map=$PWD/target/bench/parallax-wasm.map" \
    cargo build --release --quiet --lib --target wasm32-unknown-unknown --no-default-features --target-dir target/bench-wasm
fi

step "report (tests/bench/report.mjs → docs/BENCHMARKS.md, docs/bench-*.svg)"
cat /proc/loadavg > target/bench/load-end.txt
node tests/bench/report.mjs
echo; echo "=== bench done in $((SECONDS - T0))s"
