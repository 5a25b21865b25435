// Benchmark of the wasm build in Node: the five demo articles (analysis + comparison,
// median of 50 runs after warm-up) and the scaling curve over the synthetic corpora written
// by `cargo run --release --example scale` (target/bench/synthetic-N.json). Each size runs in
// its own worker thread (a fresh wasm instance, so its memory is that size's peak), up to 7
// runs (3 from 1,000 on; fewer past SCALE_BUDGET_S, default 30 s), and is abandoned after
// SCALE_TIMEOUT_S (default 300 s) for one run. SCALE_NS=10,100 runs fewer sizes.
// PARALLAX_WWW=DIR measures a copy of www/ (scripts/bench.sh snapshots the build it made).
// Writes target/bench/wasm-node.json. Run: node tests/bench/wasm.mjs
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
const root = new URL("../../", import.meta.url);
const www = process.env.PARALLAX_WWW ? pathToFileURL(process.env.PARALLAX_WWW.replace(/\/?$/, "/")) : new URL("www/", root);
const { analyze, memoryBytes } = await import(new URL("lib/node.js", www));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const BUDGET_MS = Number(process.env.SCALE_BUDGET_S ?? 30) * 1000;
const TIMEOUT_MS = Number(process.env.SCALE_TIMEOUT_S ?? 300) * 1000;

if (!isMainThread) {
  // One size: parse, run, report time and the wasm memory (it only grows: the peak).
  const input = JSON.parse(readFileSync(new URL(`target/bench/synthetic-${workerData.n}.json`, root), "utf8"));
  const maxRuns = workerData.n >= 1000 ? 3 : 7;
  const times = [];
  while (times.length < maxRuns && times.reduce((a, b) => a + b, 0) < BUDGET_MS) {
    const t = performance.now();
    analyze(input);
    times.push(performance.now() - t);
    parentPort.postMessage({ progress: times.length });
  }
  parentPort.postMessage({ n: workerData.n, medianMs: median(times), runs: times.length, wasmMemoryBytes: memoryBytes() });
} else {
  const corpus = new URL("corpus/", www);
  const demo = { articles: readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => ({ id: f, text: readFileSync(new URL(f, corpus), "utf8") })) };
  for (let i = 0; i < 10; i++) analyze(demo);
  const demoTimes = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    analyze(demo);
    demoTimes.push(performance.now() - t);
  }
  const noCmp = { ...demo, options: { skipComparison: true } };
  const stanceTimes = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    analyze(noCmp);
    stanceTimes.push(performance.now() - t);
  }
  const wasmSha = createHash("sha256").update(readFileSync(new URL("pkg/parallax_bg.wasm", www))).digest("hex").slice(0, 12);
  const result = { node: process.version, wasmSha, demoMedianMs: median(demoTimes), demoSkipComparisonMedianMs: median(stanceTimes), scaling: [] };
  console.log(`wasm (Node ${process.version}): five demo articles analysed and compared in ${result.demoMedianMs.toFixed(2)} ms `
    + `(median of 50; ${result.demoSkipComparisonMedianMs.toFixed(2)} ms without the comparison)`);

  const ns = (process.env.SCALE_NS ?? "10,100,1000,5000").split(",").map(Number).filter(Boolean);
  console.log(`${"n".padStart(6)} ${"median ms".padStart(10)} ${"ms/article".padStart(11)} ${"wasm memory MB".padStart(15)} ${"runs".padStart(5)}`);
  for (const n of ns) {
    if (!existsSync(new URL(`target/bench/synthetic-${n}.json`, root))) {
      console.log(`${String(n).padStart(6)} skipped (run cargo run --release --example scale first)`);
      continue;
    }
    const row = await new Promise((resolve) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { n } });
      let timer;
      const arm = () => { clearTimeout(timer); timer = setTimeout(() => { w.terminate(); resolve({ n, timedOutAfterMs: TIMEOUT_MS }); }, TIMEOUT_MS); };
      arm();
      w.on("message", (m) => { if (m.progress) arm(); else { clearTimeout(timer); w.terminate(); resolve(m); } });
      // A trap (e.g. out of wasm memory: 4 GiB at most) is a result too, not the end of the bench.
      w.on("error", (e) => { clearTimeout(timer); resolve({ n, error: `${e.name}: ${e.message}`, oom: /rust_oom|alloc_error/.test(e.stack ?? "") }); });
    });
    result.scaling.push(row);
    if (row.error) console.log(`${String(n).padStart(6)} failed: ${row.error}${row.oom ? " (out of memory)" : ""}`);
    else if (row.timedOutAfterMs) console.log(`${String(n).padStart(6)} one run took longer than ${TIMEOUT_MS / 1000} s: abandoned`);
    else console.log(`${String(n).padStart(6)} ${row.medianMs.toFixed(1).padStart(10)} ${(row.medianMs / n).toFixed(3).padStart(11)} `
      + `${(row.wasmMemoryBytes / 1e6).toFixed(1).padStart(15)} ${String(row.runs).padStart(5)}`);
    writeFileSync(new URL("target/bench/wasm-node.json", root), JSON.stringify(result, null, 2) + "\n");
  }
  writeFileSync(new URL("target/bench/wasm-node.json", root), JSON.stringify(result, null, 2) + "\n");
}
