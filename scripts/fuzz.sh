#!/usr/bin/env bash
# Bounded fuzzing of the Parallax core with cargo-fuzz (libFuzzer), one target after the
# other: fuzz/fuzz_targets/analyze_input.rs (arbitrary Input → analyze) and
# fuzz/fuzz_targets/html.rs (raw HTML → to_text → analyze).
#
#   bash scripts/fuzz.sh                    # each target for FUZZ_SECONDS (default 60, max 120)
#   FUZZ_SECONDS=600 FUZZ_MAX=600 bash scripts/fuzz.sh html    # a longer local run of one target
#
# Installs cargo-fuzz =0.13.2 when missing. The toolchain is stable: RUSTC_BOOTSTRAP=1 lets
# cargo-fuzz pass its -Z flags. FUZZ_SANITIZER (default none: the core has no `unsafe`, so
# panics, overflow checks (-a) and the invariant asserts are what find bugs, and the
# uninstrumented build runs about twice as fast; `address` falls back to none if it fails).
# The seed corpus is made from the demo articles (www/corpus/) and the committed fixtures
# (tests/fuzz-crashers/). Any crash, leak or timeout is copied to tests/fuzz-crashers/TARGET/
# (replayed by tests/fuzz_regressions.rs from then on) and the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_PROGRESS_WHEN=never
export RUSTC_BOOTSTRAP=1
CARGO_FUZZ_VERSION=0.13.2
SECONDS_EACH=${FUZZ_SECONDS:-60}
MAX=${FUZZ_MAX:-120}
(( SECONDS_EACH > MAX )) && SECONDS_EACH=$MAX
TARGETS=("$@")
(( ${#TARGETS[@]} )) || TARGETS=(analyze_input html)
ROOT=$PWD
say() { echo "fuzz: $*"; }

if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION"* ]]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (a minute or two, once)"
  env -u CARGO_TARGET_DIR cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION" --locked \
    || env -u CARGO_TARGET_DIR cargo install cargo-fuzz --version "=$CARGO_FUZZ_VERSION"
fi

cd fuzz
unset CARGO_TARGET_DIR
SAN=(-s "${FUZZ_SANITIZER:-none}")
if ! cargo fuzz build -O -a "${SAN[@]}" >build.log 2>&1; then
  tail -5 build.log
  [[ ${SAN[1]} != none ]] || exit 1
  say "the ${SAN[1]} sanitizer build failed; fuzzing without a sanitizer"
  SAN=(-s none)
  cargo fuzz build -O -a "${SAN[@]}"
fi
rm -f build.log

# Seeds: demo articles (trimmed to keep executions fast) in the Input byte layout of
# fuzz/src/lib.rs (control byte, pieces split on 0xFF), HTML wrappings of them, and every
# committed fixture.
seed() { # TARGET NAME: stdin → corpus file
  mkdir -p "corpus/$1"
  cat >"corpus/$1/seed-$2"
}
i=0
prev=""
for f in "$ROOT"/www/corpus/*.txt; do
  i=$((i + 1))
  body=$(head -c 2500 "$f")
  { printf '\x01NATO\xff\x20'; printf '%s' "$body"; } | seed analyze_input "text-$i"
  { printf '\x00\x02'; printf '<html><head><title>T%s</title><script>x()</script></head><body><h1>' "$i"
    printf '%s' "$body" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's#^$#</p><p>#'
    printf '</p><ul><li>Share this</li></ul></body></html>'; } | seed analyze_input "html-$i"
  { printf '<article><h1>Story %s</h1><p>' "$i"; printf '%s' "$body" | sed -e 's#^$#</p><p class=x onclick="y()">#'
    printf '</p><nav>Home</nav><!-- c --><style>p{}</style></article>'; } | seed html "article-$i"
  if [[ -n $prev ]]; then # pairs: reuse and claims across articles; a duplicate id
    { printf '\x00\x00'; printf '%s' "${prev:0:1200}"; printf '\xff\x20'; printf '%s' "${body:0:1200}"; } | seed analyze_input "pair-$i"
    { printf '\x04\x00'; printf '%s' "${prev:0:300}"; printf '\xff\x14'; printf '%s' "${body:0:300}"; } | seed analyze_input "dup-$i"
  fi
  prev=$body
done
for d in "$ROOT"/tests/fuzz-crashers/*/; do
  t=$(basename "$d")
  [[ -d corpus/$t || " ${TARGETS[*]} " == *" $t "* ]] || continue
  mkdir -p "corpus/$t"
  find "$d" -type f ! -name '*.md' -exec cp {} "corpus/$t/" \;
done

status=0
for t in "${TARGETS[@]}"; do
  say "$t for ${SECONDS_EACH}s (${SAN[*]})"
  mkdir -p "artifacts/$t"
  before=$(ls "artifacts/$t" | wc -l)
  set +e
  cargo fuzz run -O -a "${SAN[@]}" "$t" "corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
    -dict=parallax.dict -print_final_stats=1 -close_fd_mask=1 >"run-$t.log" 2>&1
  rc=$?
  set -e
  { grep -E '^(stat::|Done [0-9]+ runs)' "run-$t.log" || true; } | tr -s ' \n' ' ' | sed 's/^/fuzz: /'; echo
  found=$(ls "artifacts/$t" | wc -l)
  if (( rc != 0 || found > before )); then
    status=1
    tail -40 "run-$t.log"
    mkdir -p "$ROOT/tests/fuzz-crashers/$t"
    for a in "artifacts/$t"/*; do
      [[ -f $a ]] || continue
      cp "$a" "$ROOT/tests/fuzz-crashers/$t/"
      say "FOUND $(basename "$a") → tests/fuzz-crashers/$t/ (replayed by tests/fuzz_regressions.rs)"
    done
    say "$t failed (exit $rc); reproduce: cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O -a ${SAN[*]} $t ARTIFACT"
  fi
done
exit $status
