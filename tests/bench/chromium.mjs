// Benchmark of Parallax in headless Chromium (Debian's /usr/bin/chromium via playwright-core),
// serving www/ on 127.0.0.1:
//  (a) the demo page: time from navigation to the first highlighted render (the first frame in
//      which a `mark[data-kind]` exists in the #px shadow root), and to data-state=ready;
//      median of LOADS (default 5) fresh page loads, each in a new browser context (no cache);
//  (b) the five demo articles analysed and compared in wasm on the page's main thread after
//      init() (import /lib/index.js): median of 50 runs after 10 warm-up runs;
//  (c) 1,000 synthetic articles (target/bench/synthetic-1000.json, from
//      `cargo run --release --example scale`) analysed and compared in a fresh page: time
//      (median of up to 3 runs, fewer past 60 s), the wasm linear memory after the runs (it only
//      grows, so it is the peak) and the JS heap (performance.memory, precise) right after the first
//      call (the input, its Report and the call's garbage), with the largest value after the
//      repeated calls beside it (it may also count the previous Report, not yet collected).
// PARALLAX_WWW=DIR measures a copy of www/ (scripts/bench.sh snapshots the build it made).
// ONLY=first (or demo, thousand; comma-separated) runs only those parts; LOADS=N more loads.
// Writes target/bench/chromium.json (a partial run: target/bench/chromium-partial.json). Run: node tests/bench/chromium.mjs (after scripts/build.sh)
import { existsSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../www/serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LOADS = Math.max(5, Number(process.env.LOADS ?? 5));
const ONLY = new Set((process.env.ONLY ?? "first,demo,thousand").split(",").map((x) => x.trim()));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const www = process.env.PARALLAX_WWW ?? path.join(repo, "www");
const server = await serve(www, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
});
const wasmSha = createHash("sha256").update(readFileSync(path.join(www, "pkg/parallax_bg.wasm"))).digest("hex").slice(0, 12);
const result = { chromium: browser.version(), loads: LOADS, wasmSha };
/** A page of the served origin with nothing on it (so the demo's own analysis does not run). */
async function blankPage() {
  const page = await browser.newPage();
  await page.route("**/__bench/blank.html", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>bench</title>" }));
  await page.goto(`${base}__bench/blank.html`);
  return page;
}

try {
  // (a) first highlighted render after navigation
  // Checked once per animation frame from the first script on: performance.now() counts from
  // the navigation start (timeOrigin), so this is navigation → first frame showing a highlight.
  // That time is taken in the frame's requestAnimationFrame callback, i.e. before the frame's
  // style, layout and paint; `painted` is taken in a task posted from that callback, after them
  // (the highlight is then on its way to the screen).
  const probe = () => {
    const t = { firstMark: null, painted: null, ready: null };
    window.__pxTimes = t;
    const tick = () => {
      const el = document.querySelector("#px");
      if (t.firstMark === null && el?.shadowRoot?.querySelector("mark[data-kind]")) {
        t.firstMark = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { t.painted = performance.now(); };
        ch.port2.postMessage(0);
      }
      if (t.ready === null && el?.dataset.state === "ready") t.ready = performance.now();
      if (t.firstMark === null || t.ready === null) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  const firstMark = [], painted = [], ready = [], wall = [], fcp = [], dcl = [];
  for (let i = 0; i < (ONLY.has("first") ? LOADS : 0); i++) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript(probe);
    const t0 = performance.now();
    await page.goto(base);
    await page.waitForSelector("#px mark[data-kind]", { timeout: 60_000 });
    wall.push(performance.now() - t0);
    await page.waitForFunction(() => window.__pxTimes?.painted != null && window.__pxTimes?.ready !== null, null, { timeout: 60_000 });
    const t = await page.evaluate(() => ({ ...window.__pxTimes,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      dcl: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? null }));
    fcp.push(t.fcp);
    dcl.push(t.dcl);
    firstMark.push(t.firstMark);
    painted.push(t.painted);
    ready.push(t.ready);
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    await ctx.close();
  }
  if (ONLY.has("first")) {
    result.firstRender = { medianMs: median(firstMark), runsMs: firstMark, paintedMedianMs: median(painted), paintedRunsMs: painted, readyMedianMs: median(ready), readyRunsMs: ready,
      wallMedianMs: median(wall), wallRunsMs: wall, fcpMedianMs: median(fcp), domContentLoadedMedianMs: median(dcl) };
    console.log(`chromium ${result.chromium}: demo page first highlighted render ${result.firstRender.medianMs.toFixed(0)} ms after navigation `
      + `(median of ${LOADS} fresh loads: ${firstMark.map((x) => x.toFixed(0)).join(", ")}; that frame laid out and painted ${result.firstRender.paintedMedianMs.toFixed(0)} ms; ready ${result.firstRender.readyMedianMs.toFixed(0)} ms; `
      + `first contentful paint ${result.firstRender.fcpMedianMs.toFixed(0)} ms; playwright goto→selector ${result.firstRender.wallMedianMs.toFixed(0)} ms)`);
  }

  // (b) the five demo articles in wasm on the page, after init()
  if (ONLY.has("demo")) {
    const page = await blankPage();
    result.demo = await page.evaluate(async () => {
      const m = await import("/lib/index.js");
      const t0 = performance.now();
      await m.init();
      const initMs = performance.now() - t0;
      const index = await (await fetch("/corpus/index.json")).json();
      const articles = await Promise.all(index.articles.map(async (a) => ({
        id: a.id, source: a.source, text: await (await fetch(`/corpus/${a.file}`)).text() })));
      const input = { articles };
      const c0 = performance.now();
      m.analyze(input);
      const coldMs = performance.now() - c0;
      for (let i = 0; i < 10; i++) m.analyze(input);
      const times = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        m.analyze(input);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { initMs, coldMs, medianMs: (times[24] + times[25]) / 2, minMs: times[0], maxMs: times[49] };
    });
    console.log(`chromium: five demo articles analysed + compared in wasm in ${result.demo.medianMs.toFixed(2)} ms `
      + `(median of 50; first call ${result.demo.coldMs.toFixed(1)} ms; init ${result.demo.initMs.toFixed(1)} ms)`);
    await page.close();
  }

  // (c) 1,000 synthetic articles in a fresh page
  const file = path.join(repo, "target/bench/synthetic-1000.json");
  if (!ONLY.has("thousand")) {
    // not requested
  } else if (!existsSync(file)) {
    console.log("chromium: 1,000 articles skipped (run cargo run --release --example scale first)");
  } else {
    const page = await blankPage();
    await page.route("**/__bench/synthetic-1000.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: readFileSync(file) }));
    result.thousand = await page.evaluate(async () => {
      const m = await import("/lib/index.js");
      await m.init();
      const input = await (await fetch("/__bench/synthetic-1000.json")).json();
      const bytes = input.articles.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0);
      const heapBefore = performance.memory?.usedJSHeapSize ?? null;
      const wasmBefore = m.memoryBytes();
      const times = [];
      let report = null;
      let maxHeap = 0;
      let firstHeap = null;
      while (times.length < 3 && times.reduce((a, b) => a + b, 0) < 60_000) {
        report = null;
        const t = performance.now();
        report = m.analyze(input);
        times.push(performance.now() - t);
        maxHeap = Math.max(maxHeap, performance.memory?.usedJSHeapSize ?? 0);
        // The first call in this fresh page: the input, its Report and the call's own garbage.
        // Later calls can also count the previous Report, garbage that V8 may not have collected yet.
        firstHeap ??= performance.memory?.usedJSHeapSize ?? 0;
      }
      times.sort((a, b) => a - b);
      return {
        articles: input.articles.length, bytes, runs: times.length, runsMs: times, medianMs: times[times.length >> 1],
        wasmMemoryBytes: m.memoryBytes(), wasmMemoryBeforeBytes: wasmBefore,
        jsHeapBeforeBytes: heapBefore, jsHeapAfterBytes: firstHeap, jsHeapRepeatMaxBytes: maxHeap,
        claims: report.comparison.claims.length, reuse: report.comparison.reuse.length,
      };
    });
    const t = result.thousand;
    t.peakMemoryBytes = t.wasmMemoryBytes + t.jsHeapAfterBytes;
    console.log(`chromium: ${t.articles} articles (${(t.bytes / 1e6).toFixed(1)} MB) analysed + compared in ${(t.medianMs / 1000).toFixed(2)} s `
      + `(median of ${t.runs}); wasm memory ${(t.wasmMemoryBytes / 1e6).toFixed(0)} MB, JS heap ${(t.jsHeapAfterBytes / 1e6).toFixed(0)} MB after the first call `
      + `(${(t.jsHeapRepeatMaxBytes / 1e6).toFixed(0)} MB at most after a repeated one) `
      + `→ ${(t.peakMemoryBytes / 1e6).toFixed(0)} MB (targets < 3 s, < 200 MB: ${t.medianMs < 3000 ? "time met" : "time MISSED"}, `
      + `${t.peakMemoryBytes < 200e6 ? "memory met" : "memory MISSED"})`);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}

mkdirSync(path.join(repo, "target/bench"), { recursive: true });
const partial = ["first", "demo", "thousand"].some((k) => !ONLY.has(k));
writeFileSync(path.join(repo, `target/bench/chromium${partial ? "-partial" : ""}.json`), JSON.stringify(result, null, 2) + "\n");
