// Size budgets (issue 5): the .wasm ≤ 400 KB gzipped (-9), lexicons and model weights
// included; the page's own JS + CSS ≤ 60 KB gzipped, counted file by file as a browser
// fetches them (www/*.js, www/*.css, www/lib/*.js, www/widget/*.js; not www/pkg/, which is
// the wasm and its generated glue, nor the dev server www/serve.mjs). KB = 1,000 bytes.
// docs/BENCHMARKS.md shows where the wasm bytes go (tests/bench/wasm-sections.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";

const www = new URL("../../www/", import.meta.url);
const WASM_BUDGET = 400_000;
const PAGE_BUDGET = 60_000;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The page's own JS and CSS files, relative to www/. */
function pageFiles() {
  const files = [];
  for (const [dir, exts] of [["", [".js", ".css"]], ["lib/", [".js"]], ["widget/", [".js"]]]) {
    const url = new URL(dir, www);
    if (!existsSync(url)) continue;
    for (const f of readdirSync(url).sort()) {
      if (exts.some((e) => f.endsWith(e)) && !(dir === "" && f === "serve.mjs")) files.push(dir + f);
    }
  }
  return files;
}

test("the wasm module is at most 400 KB gzipped", () => {
  const file = new URL("pkg/parallax_bg.wasm", www);
  assert.ok(existsSync(file), "www/pkg/parallax_bg.wasm is missing: run scripts/build.sh");
  const raw = readFileSync(file);
  const size = gz(raw);
  console.log(`wasm: ${raw.length} bytes, ${size} gzipped (budget ${WASM_BUDGET})`);
  assert.ok(size <= WASM_BUDGET, `www/pkg/parallax_bg.wasm is ${size} bytes gzipped, over the ${WASM_BUDGET} budget`);
});

test("the page's own JS + CSS is at most 60 KB gzipped", () => {
  const files = pageFiles();
  assert.ok(files.includes("app.js") && files.some((f) => f.startsWith("widget/")), "page files found");
  let raw = 0, total = 0;
  for (const f of files) {
    const buf = readFileSync(new URL(f, www));
    raw += buf.length;
    total += gz(buf);
  }
  const glue = new URL("pkg/parallax.js", www);
  const glueGz = existsSync(glue) ? gz(readFileSync(glue)) : 0;
  console.log(`page JS + CSS: ${files.length} files, ${raw} bytes, ${total} gzipped file by file (budget ${PAGE_BUDGET}); `
    + `wasm-bindgen glue www/pkg/parallax.js ${glueGz} gzipped (not counted)`);
  assert.ok(total <= PAGE_BUDGET, `the page's JS + CSS is ${total} bytes gzipped, over the ${PAGE_BUDGET} budget: ${files.join(", ")}`);
});
