// Throughput of Parallax (wasm in Node) against the JS libraries a web developer would pick
// instead, in ONE Node process, on the same news corpus:
//   Parallax   full per-article analysis (ingest, segmentation, cues, holders, targets, stance,
//              Report as JS objects) — each article analysed alone ({skipComparison:true});
//              also all articles in one call, and one call with the comparison
//   wink-nlp   wink-eng-lite-web-model: readDoc + sentences + tokens + sentiment per sentence
//   compromise nlp(text) (tokenise + tag) + sentences + terms
//   vader      vader-sentiment polarity_scores per sentence (sentences split on [.!?] + space)
// Corpus: the first articles of target/bench/synthetic-1000.json (written by
// `cargo run --release --example scale`) until ≥ 2 MiB of article bodies (PEERS_MIB to change).
// Those articles are assembled from the real sentences of the five demo articles
// (tests/bench/corpus.rs, fixed seed), so the corpus is reproducible byte for byte.
// Runs are interleaved (run r of every library, then run r+1) after one warm-up run each;
// the figures are medians of RUNS (default 5, at least 5). Words = whitespace-separated
// tokens of the corpus, the same count for every library.
// PARALLAX_WWW=DIR measures a copy of www/ (scripts/bench.sh snapshots the build it made).
// PEERS_ONLY=parallax,wink-nlp times only those rows (quick before/after comparisons; the
// first name must be a parallax row, the ratios are against it).
// Writes target/bench/peers.json. Run: node --expose-gc tests/bench/peers.mjs
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import nlp from "compromise";
import vader from "vader-sentiment";

const root = new URL("../../", import.meta.url);
const www = process.env.PARALLAX_WWW ? pathToFileURL(process.env.PARALLAX_WWW.replace(/\/?$/, "/")) : new URL("www/", root);
const { analyze } = await import(new URL("lib/node.js", www));
const wasmSha = createHash("sha256").update(readFileSync(new URL("pkg/parallax_bg.wasm", www))).digest("hex").slice(0, 12);
const RUNS = Math.max(5, Number(process.env.RUNS ?? 5));
const MIB = Number(process.env.PEERS_MIB ?? 2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// ---- corpus -------------------------------------------------------------------------
const src = new URL("target/bench/synthetic-1000.json", root);
if (!existsSync(src)) {
  console.error("peers: target/bench/synthetic-1000.json is missing; run `cargo run --release --example scale` first");
  process.exit(1);
}
const all = JSON.parse(readFileSync(src, "utf8")).articles;
const articles = [];
let bytes = 0;
for (const a of all) {
  if (bytes >= MIB * 1024 * 1024) break;
  articles.push({ id: a.id, text: a.text, source: a.source });
  bytes += Buffer.byteLength(a.text);
}
if (bytes < MIB * 1024 * 1024) console.warn(`peers: corpus only ${bytes} bytes (< ${MIB} MiB)`);
const texts = articles.map((a) => a.text);
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

// ---- the contenders: each processes every article and returns a checksum -------------
const wink = winkNLP(winkModel);
const its = wink.its;
const simpleSentences = (t) => t.split(/(?<=[.!?]["'”’]?)\s+/).filter((s) => s.trim());

const libs = {
  "parallax": () => {
    let n = 0;
    for (const a of articles) {
      const r = analyze({ articles: [a], options: { skipComparison: true } });
      n += r.articles[0].sentences.length;
    }
    return n;
  },
  "parallax (one call)": () => {
    const r = analyze({ articles, options: { skipComparison: true } });
    return r.articles.reduce((n, a) => n + a.sentences.length, 0);
  },
  "parallax + comparison": () => {
    const r = analyze({ articles });
    return r.articles.reduce((n, a) => n + a.sentences.length, 0);
  },
  "wink-nlp": () => {
    let n = 0;
    for (const t of texts) {
      const doc = wink.readDoc(t);
      const sents = doc.sentences().out();
      const toks = doc.tokens().out();
      const sent = doc.sentences().out(its.sentiment);
      n += sents.length + (toks.length > 0 ? 0 : 1) + (sent.length === sents.length ? 0 : 1);
    }
    return n;
  },
  "compromise": () => {
    let n = 0;
    for (const t of texts) {
      const doc = nlp(t);
      const sents = doc.sentences().out("array");
      const terms = doc.terms().out("array");
      n += sents.length + (terms.length > 0 ? 0 : 1);
    }
    return n;
  },
  "vader-sentiment": () => {
    let n = 0;
    const sia = vader.SentimentIntensityAnalyzer;
    for (const t of texts) {
      for (const s of simpleSentences(t)) {
        const p = sia.polarity_scores(s);
        n += Number.isFinite(p.compound) ? 1 : 0;
      }
    }
    return n;
  },
};

if (process.env.PEERS_ONLY) {
  const keep = new Set(process.env.PEERS_ONLY.split(","));
  for (const k of Object.keys(libs)) if (!keep.has(k)) delete libs[k];
}

// Read from node_modules directly: some packages' "exports" hide their package.json.
const version = (name) => { try { return JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root))).version; } catch { return null; } };
const own = JSON.parse(readFileSync(new URL("package.json", root))).version;
const versions = {
  "parallax": own, "parallax (one call)": own, "parallax + comparison": own,
  "wink-nlp": `${version("wink-nlp")} + wink-eng-lite-web-model ${version("wink-eng-lite-web-model")}`,
  "compromise": version("compromise"), "vader-sentiment": version("vader-sentiment"),
};

console.log(`peers: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${words} words; `
  + `Node ${process.version}; median of ${RUNS} interleaved runs after 1 warm-up`);
const times = Object.fromEntries(Object.keys(libs).map((k) => [k, []]));
const checks = {};
for (const [k, f] of Object.entries(libs)) checks[k] = f(); // warm-up
for (let r = 0; r < RUNS; r++) {
  for (const [k, f] of Object.entries(libs)) {
    globalThis.gc?.();
    const t = performance.now();
    const c = f();
    times[k].push(performance.now() - t);
    if (c !== checks[k]) throw new Error(`${k}: result changed between runs`);
  }
  process.stdout.write(`  run ${r + 1}/${RUNS} done\r`);
}

const rows = Object.keys(libs).map((k) => {
  const ms = median(times[k]);
  return { name: k, version: versions[k], medianMs: ms, minMs: Math.min(...times[k]), maxMs: Math.max(...times[k]),
    runsMs: times[k], mbPerS: bytes / 1e6 / (ms / 1000), wordsPerS: words / (ms / 1000), sentences: checks[k] };
});
const px = rows[0];
for (const r of rows) r.parallaxRatio = px.mbPerS / r.mbPerS;

const pad = (s, n) => String(s).padStart(n);
console.log(`${"library".padEnd(24)}${pad("median ms", 11)}${pad("MB/s", 9)}${pad("words/s", 12)}${pad("Parallax ×", 12)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(24)}${pad(r.medianMs.toFixed(0), 11)}${pad(r.mbPerS.toFixed(2), 9)}`
    + `${pad(Math.round(r.wordsPerS).toLocaleString("en"), 12)}${pad(r.parallaxRatio.toFixed(2), 12)}`);
}
const wr = rows.find((r) => r.name === "wink-nlp")?.parallaxRatio ?? NaN;
console.log(`target: Parallax ≥ 3× wink-nlp → ${wr.toFixed(2)}× ${wr >= 3 ? "MET" : "MISSED"}`);

if (process.env.PEERS_ONLY) process.exit(0); // a partial run does not replace peers.json
mkdirSync(new URL("target/bench/", root), { recursive: true });
writeFileSync(new URL("target/bench/peers.json", root), JSON.stringify({
  node: process.version, runs: RUNS, wasmSha,
  corpus: { source: "target/bench/synthetic-1000.json", articles: articles.length, bytes, words, mib: MIB },
  rows,
}, null, 2) + "\n");
