// Writes docs/BENCHMARKS.md and its charts (docs/bench-throughput.svg, docs/bench-scaling.svg)
// from the results in target/bench/ (see scripts/bench.sh), and renders the charts to PNG
// with headless Chromium (target/bench/*.png) to check that they draw. Text after the
// NOTES marker in the existing docs/BENCHMARKS.md is hand-written and kept as it is.
// Run: node tests/bench/report.mjs
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { report as wasmReport } from "./wasm-sections.mjs";
import { gzipSync } from "node:zlib";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const at = (p) => path.join(repo, p);
const json = (p) => (existsSync(at(p)) ? JSON.parse(readFileSync(at(p), "utf8")) : null);
const NOTES = "<!-- notes: hand-written below this line; report.mjs keeps it -->";
const f1 = (x) => x.toFixed(1), f2 = (x) => x.toFixed(2), int = (x) => Math.round(x).toLocaleString("en");
const mb = (b) => (b / 1e6).toFixed(1);
const kb = (b) => (b / 1000).toFixed(1);
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const cell = (s) => String(s).replace(/\|/g, "\\|");
const sh = (c) => { try { return execSync(c, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return null; } };

const native = json("target/bench/scale-native.json") ?? [];
const node = json("target/bench/wasm-node.json");
const peers = json("target/bench/peers.json");
const chrome = json("target/bench/chromium.json");

// ---- criterion (demo group) --------------------------------------------------------------
function criterion() {
  const out = {};
  const dir = at("target/criterion");
  if (!existsSync(dir)) return out;
  for (const g of readdirSync(dir)) {
    if (!existsSync(path.join(dir, g)) || g === "report") continue;
    for (const b of readdirSync(path.join(dir, g))) {
      const bj = path.join(dir, g, b, "new/benchmark.json");
      const ej = path.join(dir, g, b, "new/estimates.json");
      if (!existsSync(bj) || !existsSync(ej)) continue;
      const meta = JSON.parse(readFileSync(bj, "utf8"));
      out[`${meta.group_id}/${meta.function_id ?? meta.value_str}`] = JSON.parse(readFileSync(ej, "utf8")).median.point_estimate / 1e6;
    }
  }
  return out;
}
const crit = criterion();

// ---- machine -----------------------------------------------------------------------------
const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model ?? "?";
const loadStart = existsSync(at("target/bench/load-start.txt")) ? readFileSync(at("target/bench/load-start.txt"), "utf8").split(" ").slice(0, 3).join(" ") : "?";
const loadEnd = existsSync(at("target/bench/load-end.txt")) ? readFileSync(at("target/bench/load-end.txt"), "utf8").split(" ").slice(0, 3).join(" ") : "?";
const machine = {
  cpu, cores: os.cpus().length, memGB: (os.totalmem() / 2 ** 30).toFixed(0), node: process.version,
  rustc: sh("rustc -V") ?? "?", chromium: chrome?.chromium ?? "?", kernel: os.release(),
  date: new Date().toISOString().replace(/T.*/, ""), commit: sh("git -C " + repo + " rev-parse --short HEAD") ?? "?",
  dirty: (sh("git -C " + repo + " status --porcelain -- src") ?? "") !== "",
};

// ---- sizes -------------------------------------------------------------------------------
const wwwDir = process.env.PARALLAX_WWW ?? at("www");
const pkgWasm = path.join(wwwDir, "pkg/parallax_bg.wasm");
const linked = at("target/bench-wasm/wasm32-unknown-unknown/release/parallax.wasm");
const map = at("target/bench/parallax-wasm.map");
const shipped = existsSync(pkgWasm) ? wasmReport(pkgWasm) : null;
const detail = existsSync(map) && existsSync(linked) ? wasmReport(linked, map, { src: at("src") }) : null;
/** The page's own JS and CSS (as counted by tests/js/size.test.mjs). */
function pageFiles() {
  const files = [];
  for (const [dir, re] of [["", /\.(js|css)$/], ["lib/", /\.js$/], ["widget/", /\.js$/]]) {
    if (!existsSync(at("www/" + dir))) continue;
    for (const f of readdirSync(at("www/" + dir)).sort()) if (re.test(f) && !(dir === "" && f === "serve.mjs")) files.push(dir + f);
  }
  return files;
}
const page = pageFiles().map((f) => { const b = readFileSync(at("www/" + f)); return { f, raw: b.length, gz: gzipSync(b, { level: 9 }).length }; });
const pageGz = page.reduce((n, p) => n + p.gz, 0);

// ---- charts ------------------------------------------------------------------------------
const FONT = `font-family="DejaVu Sans, Helvetica, Arial, sans-serif"`;
function barChart(rows) {
  const W = 760, left = 200, right = 90, bh = 26, gap = 10, top = 48;
  const H = top + rows.length * (bh + gap) + 40;
  const raw = Math.max(...rows.map((r) => r.value)) / 4;
  const step = [1, 2, 2.5, 5, 10].map((k) => k * 10 ** Math.floor(Math.log10(raw))).find((v) => v >= raw);
  const ticks = Math.ceil((raw * 4) / step);
  const max = step * ticks;
  const x = (v) => left + (v / max) * (W - left - right);
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`
    + `<rect width="${W}" height="${H}" fill="#fff"/>`
    + `<text x="${W / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">Throughput on the same ${mb(peers.corpus.bytes)} MB news corpus (MB/s, higher is better)</text>`;
  for (let t = 0; t <= ticks; t++) {
    const v = step * t, xx = x(v);
    s += `<line x1="${xx}" y1="${top - 6}" x2="${xx}" y2="${H - 34}" stroke="#ddd"/>`
      + `<text x="${xx}" y="${H - 18}" text-anchor="middle" font-size="11" fill="#555">${+v.toFixed(3)}</text>`;
  }
  rows.forEach((r, i) => {
    const y = top + i * (bh + gap);
    s += `<text x="${left - 8}" y="${y + bh / 2 + 4}" text-anchor="end" font-size="13">${esc(r.name)}</text>`
      + `<rect x="${left}" y="${y}" width="${Math.max(1, x(r.value) - left)}" height="${bh}" fill="${r.color}"/>`
      + `<text x="${x(r.value) + 6}" y="${y + bh / 2 + 4}" font-size="12">${r.value.toFixed(2)}</text>`;
  });
  return s + `<text x="${W / 2}" y="${H - 2}" text-anchor="middle" font-size="11" fill="#555">median of ${peers.runs} runs, Node ${esc(peers.node)}, one process</text></svg>\n`;
}

function lineChart(panels) {
  const PW = 420, PH = 300, m = { l: 64, r: 30, t: 40, b: 46 };
  const W = PW * panels.length, H = PH + 30;
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`
    + `<rect width="${W}" height="${H}" fill="#fff"/>`;
  panels.forEach((p, k) => {
    const ox = k * PW;
    const pts = p.series.flatMap((se) => se.points);
    if (!pts.length) return;
    const lx = (v) => Math.log10(v);
    const [x0, x1] = [lx(Math.min(...pts.map((q) => q[0]))), lx(Math.max(...pts.map((q) => q[0])))];
    const y0 = Math.floor(lx(Math.min(...pts.map((q) => q[1])))), y1 = Math.ceil(lx(Math.max(...pts.map((q) => q[1]))));
    const X = (v) => ox + m.l + ((lx(v) - x0) / (x1 - x0 || 1)) * (PW - m.l - m.r);
    const Y = (v) => m.t + (1 - (lx(v) - y0) / (y1 - y0 || 1)) * (PH - m.t - m.b);
    s += `<text x="${ox + PW / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${esc(p.title)}</text>`;
    for (let e = y0; e <= y1; e++) {
      s += `<line x1="${ox + m.l}" y1="${Y(10 ** e)}" x2="${ox + PW - m.r}" y2="${Y(10 ** e)}" stroke="#e3e3e3"/>`
        + `<text x="${ox + m.l - 6}" y="${Y(10 ** e) + 4}" text-anchor="end" font-size="11" fill="#555">${int(10 ** e)}</text>`;
    }
    for (const n of [...new Set(pts.map((q) => q[0]))]) {
      s += `<line x1="${X(n)}" y1="${m.t}" x2="${X(n)}" y2="${PH - m.b}" stroke="#eee"/>`
        + `<text x="${X(n)}" y="${PH - m.b + 16}" text-anchor="middle" font-size="11" fill="#555">${int(n)}</text>`;
    }
    s += `<text x="${ox + (PW + m.l) / 2}" y="${PH - 8}" text-anchor="middle" font-size="12">articles (log)</text>`
      + `<text transform="translate(${ox + 14},${(PH + m.t - m.b) / 2}) rotate(-90)" text-anchor="middle" font-size="12">${esc(p.ylabel)}</text>`;
    p.series.forEach((se, i) => {
      if (!se.points.length) return;
      s += `<polyline fill="none" stroke="${se.color}" stroke-width="2"${se.dash ? ` stroke-dasharray="5 4"` : ""} points="${se.points.map((q) => `${X(q[0]).toFixed(1)},${Y(q[1]).toFixed(1)}`).join(" ")}"/>`;
      if (!se.dash) for (const q of se.points) s += `<circle cx="${X(q[0])}" cy="${Y(q[1])}" r="3.5" fill="${se.color}"/>`;
      const ly = PH + 14, lxp = ox + m.l - 40 + i * 140;
      s += `<line x1="${lxp}" y1="${ly - 4}" x2="${lxp + 18}" y2="${ly - 4}" stroke="${se.color}" stroke-width="2"${se.dash ? ` stroke-dasharray="5 4"` : ""}/>`
        + `<text x="${lxp + 22}" y="${ly}" font-size="11">${esc(se.name)}</text>`;
    });
  });
  return s + "</svg>\n";
}

const okNative = native.filter((r) => r.medianMs);
const okWasm = (node?.scaling ?? []).filter((r) => r.medianMs);
const linear = (pts) => (pts.length ? pts.map(([n]) => [n, (pts[0][1] / pts[0][0]) * n]) : []);
const nativePts = okNative.map((r) => [r.n, r.medianMs]);
const charts = [];
if (peers) {
  const colors = { parallax: "#5b2a86", "parallax (one call)": "#8e5cc2", "parallax + comparison": "#c3a6e0" };
  charts.push(["bench-throughput.svg", barChart(peers.rows.map((r) => ({ name: r.name, value: r.mbPerS, color: colors[r.name] ?? "#4a7a96" })))]);
}
if (okNative.length || okWasm.length) {
  charts.push(["bench-scaling.svg", lineChart([
    { title: "Analysis + comparison time", ylabel: "ms (log)", series: [
      { name: "native", color: "#1b6ca8", points: nativePts },
      { name: "wasm (Node)", color: "#d9822b", points: okWasm.map((r) => [r.n, r.medianMs]) },
      { name: "linear from n=10", color: "#999", dash: true, points: linear(nativePts) }] },
    { title: "Memory", ylabel: "MB (log)", series: [
      { name: "native peak heap", color: "#1b6ca8", points: okNative.map((r) => [r.n, r.peakHeapBytes / 1e6]) },
      { name: "wasm memory", color: "#d9822b", points: okWasm.map((r) => [r.n, r.wasmMemoryBytes / 1e6]) }] },
  ])]);
}
for (const [name, svg] of charts) writeFileSync(at(`docs/${name}`), svg);

// ---- the document ------------------------------------------------------------------------
const L = [];
const row = (...c) => L.push(`| ${c.map(cell).join(" | ")} |`);
const mark = (ok) => (ok === null ? "–" : ok ? "**met**" : "**missed**");
const wink = peers?.rows.find((r) => r.name === "wink-nlp");
const px = peers?.rows.find((r) => r.name === "parallax");
const n1000 = okNative.find((r) => r.n === 1000), w1000 = okWasm.find((r) => r.n === 1000), c1000 = chrome?.thousand;
const demoNative = crit["demo/analyze+compare"];

L.push("# Benchmarks", "", "<!-- generated by tests/bench/report.mjs from target/bench/*.json; do not edit above the notes marker -->", "",
  `Regenerate everything with \`npm run bench\` (scripts/bench.sh, about ${native.some((r) => r.n === 5000) ? "7–10" : "5"} minutes on 2 cores);`
  + " each figure below names the command that produces it.", "",
  `Measured ${machine.date} at commit \`${machine.commit}\`${machine.dirty ? " (with uncommitted changes in src/)" : ""} on ${machine.cpu}, ${machine.cores} cores, `
  + `${machine.memGB} GiB; Node ${machine.node}; ${machine.rustc}; Chromium ${machine.chromium}; Linux ${machine.kernel}. `
  + `Load average at start ${loadStart}, at end ${loadEnd}${Number(loadStart.split(" ")[0]) > machine.cores * 0.5 ? " — **the machine was busy with other work during this run; wall-clock figures are inflated**" : ""}.`, "");

const shas = [["wasm in Node", node?.wasmSha], ["peers", peers?.wasmSha], ["Chromium", chrome?.wasmSha]].filter(([, h]) => h);
if (shas.length) {
  const same = new Set(shas.map(([, h]) => h)).size === 1;
  L.push(same ? `All wasm figures come from one build (sha256 \`${shas[0][1]}…\`).`
    : `**The wasm figures come from different builds**: ${shas.map(([w, h]) => `${w} \`${h}\``).join(", ")} (run \`npm run bench\` again for one build).`, "");
}
L.push("## Targets (issue 5)", "", "| target | measured | |", "|---|---|---|");
if (px && wink) row("Parallax per-article analysis ≥ 3× wink-nlp throughput", `${f2(px.mbPerS)} vs ${f2(wink.mbPerS)} MB/s = **${f2(px.mbPerS / wink.mbPerS)}×**`, mark(px.mbPerS / wink.mbPerS >= 3));
if (node) row("five demo articles analysed + compared in wasm < 10 ms (Node)", `${f2(node.demoMedianMs)} ms`, mark(node.demoMedianMs < 10));
if (chrome?.demo) row("… in headless Chromium", `${f2(chrome.demo.medianMs)} ms`, mark(chrome.demo.medianMs < 10));
if (chrome?.firstRender) row("demo page first highlighted render < 500 ms after navigation", `${int(chrome.firstRender.medianMs)} ms`, mark(chrome.firstRender.medianMs < 500));
if (c1000) row("1,000 articles analysed + compared in wasm < 3 s (Chromium)", `${f2(c1000.medianMs / 1000)} s`, mark(c1000.medianMs < 3000));
if (c1000) row("… peak memory < 200 MB (wasm memory + JS heap)", `${mb(c1000.peakMemoryBytes)} MB (${mb(c1000.wasmMemoryBytes)} + ${mb(c1000.jsHeapAfterBytes)})`, mark(c1000.peakMemoryBytes < 200e6));
if (shipped) row(".wasm ≤ 400 KB gzipped", `${kb(shipped.gzip)} KB`, mark(shipped.gzip <= 400e3));
row("page's own JS + CSS ≤ 60 KB gzipped", `${kb(pageGz)} KB`, mark(pageGz <= 60e3));
if (okNative.length >= 2) {
  const a = okNative[0], b = okNative.at(-1);
  const g = (b.medianMs / b.n) / (a.medianMs / a.n);
  row(`near-linear growth (ms per article, n=${a.n} → ${b.n}, native)`, `${f2(a.medianMs / a.n)} → ${f2(b.medianMs / b.n)} ms (×${f2(g)})`, mark(g < 2));
}
if (okWasm.length >= 2) {
  const a = okWasm[0], b = okWasm.at(-1);
  const g = (b.medianMs / b.n) / (a.medianMs / a.n);
  row(`near-linear growth (ms per article, n=${a.n} → ${b.n}, wasm in Node)`, `${f2(a.medianMs / a.n)} → ${f2(b.medianMs / b.n)} ms (×${f2(g)})`, mark(g < 2));
}
const unfinished = [...native.map((r) => ({ ...r, where: "native" })), ...(node?.scaling ?? []).map((r) => ({ ...r, where: "wasm" }))]
  .filter((r) => r.timedOutAfterMs || r.error);
if (unfinished.length) {
  row("every size of the scaling curve finishes", unfinished.map((r) => `${r.where} n=${r.n}: ${r.error ? (r.oom ? "out of wasm memory" : r.error) : `> ${r.timedOutAfterMs / 1000} s, abandoned`}`).join("; "), mark(false));
}
L.push("");

if (peers) {
  const c = peers.corpus;
  L.push("## Throughput against the JavaScript peers", "", "`node --expose-gc tests/bench/peers.mjs` (one Node process, all libraries on the same text)", "",
    `Corpus: the first ${c.articles} articles of \`target/bench/synthetic-1000.json\` (written by \`cargo run --release --example scale\`, `
    + `tests/bench/corpus.rs): ${mb(c.bytes)} MB, ${int(c.words)} words of article bodies, assembled with a fixed seed from the real sentences of the `
    + "five demo news articles (lightly edited, 25–60 sentences per article), so it is the same bytes on every machine. "
    + `Each library gets one article at a time; runs are interleaved; medians of ${peers.runs} runs after a warm-up. Words = whitespace-separated tokens of the corpus (the same count for every library).`, "",
    "| library | what it does per article | median | MB/s | words/s | Parallax per article ÷ this |", "|---|---|---:|---:|---:|---:|");
  const what = {
    "parallax": "full analysis: ingest, sentences, tokens, cues, holders, targets, stance; Report as JS objects (`skipComparison`)",
    "parallax (one call)": "the same, all articles in one `analyze` call (targets detected across them)",
    "parallax + comparison": "one call with the comparison block (similarity, reuse, claims, terms, voices)",
    "wink-nlp": "`readDoc` + sentences + tokens + sentiment per sentence (wink-eng-lite-web-model)",
    "compromise": "`nlp(text)` (tokenise + tag) + `.sentences()` + `.terms()`",
    "vader-sentiment": "`polarity_scores` per sentence (split on `[.!?]` + space)",
  };
  for (const r of peers.rows) {
    row(`${r.name} ${r.version ?? ""}`.trim(), what[r.name] ?? "", `${int(r.medianMs)} ms`, f2(r.mbPerS), int(r.wordsPerS), r.name === "parallax" ? "—" : `${f2(px.mbPerS / r.mbPerS)}×`);
  }
  L.push("", "![Throughput: MB/s per library](bench-throughput.svg)", "");
}

L.push("## The five demo articles", "", "| build | analysed + compared | analysis only (`skipComparison`) | command |", "|---|---:|---:|---|");
if (demoNative) row("native (criterion median)", `${f2(demoNative)} ms`, crit["demo/analyze (stance only)"] ? `${f2(crit["demo/analyze (stance only)"])} ms` : "–", "`cargo bench --bench analyze -- demo`");
if (node) row(`wasm in Node ${node.node ?? ""}`, `${f2(node.demoMedianMs)} ms`, node.demoSkipComparisonMedianMs ? `${f2(node.demoSkipComparisonMedianMs)} ms` : "–", "`node tests/bench/wasm.mjs`");
if (chrome?.demo) row("wasm in headless Chromium (main thread, after `init()`)", `${f2(chrome.demo.medianMs)} ms`, "–", "`node tests/bench/chromium.mjs`");
L.push("");
if (chrome?.demo) L.push(`In Chromium: \`init()\` (fetch + compile + instantiate) ${f1(chrome.demo.initMs)} ms, the first call ${f1(chrome.demo.coldMs)} ms; median of 50 after 10 warm-up calls.`, "");
if (chrome?.firstRender) {
  const fr = chrome.firstRender;
  L.push("## The demo page in headless Chromium", "", "`node tests/bench/chromium.mjs`", "",
    `From navigation start to the first animation frame in which a highlight (\`mark[data-kind]\` in the \`#px\` shadow root) exists: `
    + `**${int(fr.medianMs)} ms** (median of ${chrome.loads} fresh loads, each in a new browser context: ${fr.runsMs.map(int).join(", ")} ms); `
    + `the widget reports \`data-state=ready\` at ${int(fr.readyMedianMs)} ms`
    + (fr.fcpMedianMs ? ` (first contentful paint ${int(fr.fcpMedianMs)} ms, DOMContentLoaded ${int(fr.domContentLoadedMedianMs)} ms)` : "")
    + `. Analysis runs in the page's Web Worker. `
    + `The e2e test (tests/e2e/page.test.mjs) prints the same figure as seen from Playwright.`, "");
}
if (c1000) {
  L.push("## 1,000 articles in the browser", "", "`node tests/bench/chromium.mjs`", "",
    `\`target/bench/synthetic-1000.json\` (${c1000.articles} articles, ${mb(c1000.bytes)} MB) analysed and compared by \`analyze\` on a blank page: `
    + `**${f2(c1000.medianMs / 1000)} s** (median of ${c1000.runs}: ${c1000.runsMs.map((t) => f2(t / 1000)).join(", ")} s). `
    + `Memory: wasm linear memory ${mb(c1000.wasmMemoryBytes)} MB (it only grows, so this is its peak), JS heap ${mb(c1000.jsHeapAfterBytes)} MB `
    + `right after the first call, with the input and the Report alive (\`performance.memory\`, precise) — ${mb(c1000.peakMemoryBytes)} MB together. `
    + (c1000.jsHeapRepeatMaxBytes ? `After the repeated calls the JS heap reached ${mb(c1000.jsHeapRepeatMaxBytes)} MB at most: that can include the previous call's Report, garbage not yet collected (see the notes).` : ""), "");
}

if (native.length || node?.scaling?.length) {
  L.push("## Scaling curve", "", "`cargo run --release --example scale` (native, peak heap via a counting allocator) and `node tests/bench/wasm.mjs` "
    + "(wasm, each size in a fresh worker thread; memory = wasm linear memory). Synthetic real-length articles (tests/bench/corpus.rs).", "",
    "| articles | MB | native ms | native ms/article | native without comparison | native peak heap MB | wasm (Node) ms | wasm ms/article | wasm memory MB |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const ns = [...new Set([...native.map((r) => r.n), ...(node?.scaling ?? []).map((r) => r.n)])].sort((a, b) => a - b);
  for (const n of ns) {
    const a = native.find((r) => r.n === n), w = node?.scaling.find((r) => r.n === n);
    const t = (r) => (r?.error ? (r.oom ? "out of memory" : "failed") : r?.timedOutAfterMs ? `> ${int(r.timedOutAfterMs)}` : r?.medianMs ? int(r.medianMs) : "–");
    row(int(n), a ? mb(a.bytes) : "–", t(a), a?.medianMs ? f2(a.medianMs / n) : "–", a?.skipComparisonMs ? `${int(a.skipComparisonMs)} ms` : "–",
      a?.peakHeapBytes ? mb(a.peakHeapBytes) : "–", t(w), w?.medianMs ? f2(w.medianMs / n) : "–", w?.wasmMemoryBytes ? mb(w.wasmMemoryBytes) : "–");
  }
  L.push("", "![Scaling: time and memory against the number of articles (log-log)](bench-scaling.svg)", "");
}

L.push("## Size", "", "`node --test tests/js/size.test.mjs` (part of `npm test`) fails the build over a budget; the breakdown is "
  + "`node tests/bench/wasm-sections.mjs www/pkg/parallax_bg.wasm` (a small reader of the wasm binary: sections, the name section, a wasm-ld map).", "");
if (shipped) {
  L.push(`**www/pkg/parallax_bg.wasm: ${int(shipped.total)} bytes, ${kb(shipped.gzip)} KB gzipped (-9)** — budget 400 KB. `
    + `**Page JS + CSS: ${kb(pageGz)} KB gzipped** over ${page.length} files (file by file, as fetched) — budget 60 KB.`, "",
    "| section | bytes | gzipped alone |", "|---|---:|---:|");
  for (const s of shipped.sections.filter((s) => s.bytes > 200)) row(s.name, int(s.bytes), int(s.gzip));
  L.push("");
  const code = shipped.hasNames ? shipped : detail;
  if (code?.hasNames) {
    L.push(`Code by owner (function bodies${code === detail ? " of the linked module before wasm-bindgen" : ""}, ${int(code.functionCount)} functions):`, "", "| owner | bytes |", "|---|---:|");
    for (const o of code.owners.slice(0, 16)) row(o.name, int(o.bytes));
    L.push("", "Largest functions:", "", "| bytes | function |", "|---:|---|");
    for (const fn of code.functions.slice(0, 12)) row(int(fn.bytes), `\`${fn.name.slice(0, 110)}\``);
    L.push("");
  }
  if (detail?.data) {
    L.push("Largest data (linked module, from the wasm-ld map `target/bench/parallax-wasm.map`; merged string literals are named by the source tables found in them):", "",
      "| bytes | gzipped alone | what |", "|---:|---:|---|");
    for (const d of detail.data.filter((d) => d.bytes >= 400).slice(0, 14)) row(int(d.bytes), int(d.gzip), d.name.slice(0, 120));
    L.push("");
  }
}
L.push("Page files (gzipped): " + page.sort((a, b) => b.gz - a.gz).map((p) => `${p.f} ${kb(p.gz)}`).join(", ") + " KB.", "");

const docPath = at("docs/BENCHMARKS.md");
const old = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
const notes = old.includes(NOTES) ? old.slice(old.indexOf(NOTES) + NOTES.length) : "\n\n## Notes\n\n(none yet)\n";
writeFileSync(docPath, L.join("\n") + "\n" + NOTES + notes);
console.log(`report: wrote docs/BENCHMARKS.md${charts.map(([n]) => `, docs/${n}`).join("")}`);

// ---- render the charts to PNG, to see that they draw -----------------------------------
if (!process.env.NO_PNG && charts.length) {
  try {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    const pg = await browser.newPage();
    for (const [name, svg] of charts) {
      await pg.setContent(`<body style="margin:0">${svg}</body>`);
      const png = at(`target/bench/${name.replace(/\.svg$/, ".png")}`);
      await pg.locator("svg").screenshot({ path: png });
      console.log(`report: rendered ${path.relative(repo, png)}`);
    }
    await browser.close();
  } catch (e) {
    console.log(`report: PNG rendering skipped (${e.message.split("\n")[0]})`);
  }
}
