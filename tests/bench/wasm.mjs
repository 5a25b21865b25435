// Benchmark of the wasm build in Node: the five demo articles (analysis + comparison,
// median of 50 runs after warm-up) and the scaling curve over the synthetic corpora written
// by `cargo run --release --example scale` (target/bench/synthetic-N.json).
// Writes target/bench/wasm-node.json. Run: node tests/bench/wasm.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { analyze, memoryBytes } from "../../www/lib/node.js";

const root = new URL("../../", import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const corpus = new URL("www/corpus/", root);
const demo = { articles: readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ id: f, text: readFileSync(new URL(f, corpus), "utf8") })) };
for (let i = 0; i < 10; i++) analyze(demo);
const demoTimes = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  analyze(demo);
  demoTimes.push(performance.now() - t);
}
const result = { demoMedianMs: median(demoTimes), scaling: [] };
console.log(`wasm (Node ${process.version}): five demo articles analysed and compared in ${result.demoMedianMs.toFixed(2)} ms (median of 50)`);

console.log(`${"n".padStart(6)} ${"median ms".padStart(10)} ${"ms/article".padStart(11)} ${"wasm memory MB".padStart(15)}`);
for (const n of [10, 100, 1000, 5000]) {
  const file = new URL(`target/bench/synthetic-${n}.json`, root);
  if (!existsSync(file)) { console.log(`${n}: skipped (run cargo run --release --example scale first)`); continue; }
  const input = JSON.parse(readFileSync(file, "utf8"));
  const runs = n >= 1000 ? 3 : 7;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyze(input);
    times.push(performance.now() - t);
  }
  const row = { n, medianMs: median(times), wasmMemoryBytes: memoryBytes() };
  result.scaling.push(row);
  console.log(`${String(n).padStart(6)} ${row.medianMs.toFixed(1).padStart(10)} ${(row.medianMs / n).toFixed(3).padStart(11)} ${(row.wasmMemoryBytes / 1e6).toFixed(1).padStart(15)}`);
}
writeFileSync(new URL("target/bench/wasm-node.json", root), JSON.stringify(result, null, 2) + "\n");
