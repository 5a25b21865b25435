// Hostile and bad input in the browser (issue 5): a crashed or out-of-memory wasm instance,
// memory over 1,000 analyses, 10,000 articles, a 20 MB article, non-English text, and
// lone surrogates / bidi / zero-width characters — through the demo page's
// <parallax-compare id="px">. Figures are printed as `# …` lines.
// Run alone with: node --test tests/e2e/hostile.test.mjs   (after scripts/build.sh)
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, collectErrors } from "./harness.mjs";

const MB = 1024 * 1024;

const site = useSite({ extraArgs: ["--enable-precise-memory-info", "--js-flags=--expose-gc"] });

/** The demo page, analysed; `errors` collects page errors and console errors. */
async function openDemo() {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = collectErrors(page);
  await page.goto(site.base);
  await page.waitForSelector("parallax-compare#px[data-state=ready]", { timeout: 60_000 });
  // Every parallax-ready / parallax-error lands in window.__events.
  await page.evaluate(() => {
    window.__events = [];
    const el = document.querySelector("#px");
    for (const t of ["parallax-ready", "parallax-error"]) {
      el.addEventListener(t, (e) => window.__events.push({ type: t, code: e.detail.code, message: e.detail.message }));
    }
  });
  return { page, errors };
}

/** Sets el.articles and waits for the next parallax-ready or parallax-error. */
async function analyse(page, articles, timeout = 60_000) {
  const n = await page.evaluate((list) => {
    window.__events = [];
    document.querySelector("#px").articles = list;
    return list.length;
  }, articles);
  await page.waitForFunction(() => window.__events.length > 0, null, { timeout });
  const ev = await page.evaluate(() => window.__events[0]);
  return { n, ...ev };
}

const alertText = (page) => page.evaluate(() => {
  const a = document.querySelector("#px").shadowRoot.querySelector("[role=alert]");
  return a && !a.hidden ? a.textContent : null;
});

/**
 * Starts a main-thread watchdog in the page (a 10 ms timer and requestAnimationFrame) and
 * returns a function that stops it and yields {ticks, frames, maxGapMs}.
 */
async function watchMainThread(page) {
  await page.evaluate(() => {
    const w = { ticks: 0, frames: 0, maxGap: 0, last: performance.now(), on: true };
    window.__watch = w;
    w.timer = setInterval(() => {
      const now = performance.now();
      w.maxGap = Math.max(w.maxGap, now - w.last);
      w.last = now;
      w.ticks++;
    }, 10);
    const frame = () => { if (!w.on) return; w.frames++; requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  });
  return () => page.evaluate(() => {
    const w = window.__watch;
    w.on = false;
    clearInterval(w.timer);
    w.maxGap = Math.max(w.maxGap, performance.now() - w.last);
    return { ticks: w.ticks, frames: w.frames, maxGapMs: Math.round(w.maxGap) };
  });
}

for (const mode of ["trap", "oom"]) {
  test(`a crashed wasm instance (${mode}): the page shows an error and the next analysis works`, async () => {
    const { page, errors } = await openDemo();
    const before = await page.evaluate(async () => {
      const { sharedClient } = await import("/lib/client.js"); // the widget's client
      return sharedClient().restarts;
    });
    await page.evaluate(async (m) => {
      const { sharedClient } = await import("/lib/client.js");
      sharedClient().worker.postMessage({ type: "crash-for-test", mode: m });
    }, mode);
    const t0 = Date.now();
    const crashed = await analyse(page, await page.evaluate(() => document.querySelector("#px").articles));
    console.log(`# ${mode}: error after ${Date.now() - t0} ms: ${crashed.code} — ${crashed.message}`);
    assert.equal(crashed.type, "parallax-error");
    assert.equal(crashed.code, "E_WORKER_CRASHED");
    assert.match(crashed.message, mode === "trap" ? /unreachable/ : /unreachable|memory/i);
    assert.equal(await page.getAttribute("#px", "data-state"), "error");
    assert.match(await alertText(page), /Analysis failed.*E_WORKER_CRASHED/s);
    const restarts = await page.evaluate(async () => (await import("/lib/client.js")).sharedClient().restarts);
    assert.equal(restarts, before + 1, "the worker was replaced");

    const again = await analyse(page, await page.evaluate(() => document.querySelector("#px").articles));
    assert.equal(again.type, "parallax-ready", JSON.stringify(again));
    assert.equal(await alertText(page), null, "the error is cleared");
    assert.ok(await page.locator("#px mark[data-kind]").count() > 50);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("a worker that cannot start gives E_WORKER_CRASHED, not a dead page", async () => {
  const { page, errors } = await openDemo();
  const ev = await page.evaluate(async () => {
    const { ParallaxClient } = await import("/lib/client.js");
    const el = document.querySelector("#px");
    const good = el.client;
    el.client = new ParallaxClient({ workerUrl: "/lib/no-such-worker.js" });
    window.__events = [];
    el.articles = el.articles;
    await new Promise((r) => el.addEventListener("parallax-error", r, { once: true }));
    el.client = good;
    return window.__events[0];
  });
  assert.equal(ev.code, "E_WORKER_CRASHED");
  const again = await analyse(page, await page.evaluate(() => document.querySelector("#px").articles));
  assert.equal(again.type, "parallax-ready");
  // the browser itself logs the failed worker script fetch (404); nothing else may fail
  assert.deepEqual(errors.filter((e) => !/404|no-such-worker/.test(e)), []);
  await page.close();
});

test("memory stays flat over 1,000 analyses in one page", async () => {
  const { page, errors } = await openDemo();
  const fig = await page.evaluate(async () => {
    const { sharedClient } = await import("/lib/client.js");
    const client = sharedClient();
    const el = document.querySelector("#px");
    const input = el.input;
    let seq = 0;
    const wasmBytes = () => new Promise((resolve) => {
      const id = `memory-${++seq}`;
      const w = client.worker;
      const on = (e) => { if (e.data?.id === id) { w.removeEventListener("message", on); resolve(e.data.memory.wasmBytes); } };
      w.addEventListener("message", on);
      w.postMessage({ id, type: "memory" });
    });
    const heap = async () => {
      for (let i = 0; i < 3; i++) { window.gc?.(); await new Promise((r) => setTimeout(r, 20)); }
      return performance.memory.usedJSHeapSize;
    };
    const nodes = () => el.shadowRoot.querySelectorAll("*").length;
    for (let i = 0; i < 20; i++) await client.analyze(input); // warm-up
    for (let i = 0; i < 5; i++) await el.refresh();
    const start = { wasm: await wasmBytes(), heap: await heap(), nodes: nodes() };
    const t0 = performance.now();
    const N = 1000;
    const RENDERS = 100; // every 10th analysis also renders through the widget
    for (let i = 0; i < N; i++) {
      if (i % (N / RENDERS) === 0) await el.refresh();
      else await client.analyze(input);
    }
    const ms = performance.now() - t0;
    const end = { wasm: await wasmBytes(), heap: await heap(), nodes: nodes() };
    return { start, end, ms, n: N, renders: RENDERS, restarts: client.restarts };
  });
  const mb = (x) => (x / MB).toFixed(1);
  console.log(`# 1,000 analyses of the demo (${fig.renders} rendered) in ${(fig.ms / 1000).toFixed(1)} s: `
    + `wasm memory ${mb(fig.start.wasm)} → ${mb(fig.end.wasm)} MB, `
    + `JS heap ${mb(fig.start.heap)} → ${mb(fig.end.heap)} MB, shadow DOM nodes ${fig.start.nodes} → ${fig.end.nodes}`);
  assert.equal(fig.restarts, 0, "no worker restart during the run");
  assert.ok(fig.end.wasm - fig.start.wasm < 20 * MB, "wasm memory grew by 20 MB or more");
  assert.ok(fig.end.heap - fig.start.heap < 20 * MB, "JS heap grew by 20 MB or more");
  assert.equal(fig.end.nodes, fig.start.nodes, "the rendered DOM does not accumulate");
  assert.deepEqual(errors, []);
  await page.close();
});

// Main-thread stalls are measured and printed. A stall over HANG_MS fails; the target of no
// stall over STALL_MS is a TODO sub-test (reported, not failing the run) where it is not met
// yet: an article of 200,000 sentences is rendered as DOM all at once (see docs/SECURITY.md).
const STALL_MS = 1000; // longest acceptable main-thread stall
const HANG_MS = 20_000; // a stall this long fails the test outright
const HANG_10K_MS = 5000; // 10,000 articles: the Report (≈ 13 MB of JSON) is cloned and copied on the main thread

test("10,000 articles: a result or a clear error, and the page stays usable", async (t) => {
  const { page, errors } = await openDemo();
  const stop = await watchMainThread(page);
  const t0 = Date.now();
  const articles = await page.evaluate(() => Array.from({ length: 10_000 }, (_, i) => ({
    id: `s${i}`, source: `Outlet ${i % 97}`,
    text: `Story ${i}: the council said the new bridge plan is ${i % 3 ? "a reckless waste" : "a welcome step"}. Critics disagreed.`,
  })));
  const ev = await analyse(page, articles, 240_000);
  const ms = Date.now() - t0;
  const watch = await stop();
  const shown = await page.locator("#px .col").count();
  console.log(`# 10,000 articles: ${ev.type} ${ev.code ?? ""} after ${(ms / 1000).toFixed(1)} s; `
    + `${shown} columns rendered; main thread: ${watch.ticks} timer ticks, ${watch.frames} frames, longest stall ${watch.maxGapMs} ms`);
  if (ev.type === "parallax-error") {
    assert.match(ev.code, /^E_/);
    assert.ok(await alertText(page));
  } else {
    assert.ok(shown > 0 && shown <= 24, `columns rendered: ${shown}`);
  }
  assert.ok(watch.maxGapMs < HANG_10K_MS, `the main thread hung for ${watch.maxGapMs} ms`);
  const ok = await analyse(page, [{ id: "a", text: "Critics said the plan is a reckless mistake." }]);
  assert.equal(ok.type, "parallax-ready", "the page works afterwards");
  assert.deepEqual(errors, []);
  await t.test(`no main-thread stall over ${STALL_MS} ms with 10,000 articles`,
    { todo: "the Report is structured-cloned on the main thread (about 0.5 s idle since the second copy was removed; can exceed 1 s under load)" },
    () => assert.ok(watch.maxGapMs < STALL_MS, `longest stall ${watch.maxGapMs} ms`));
  await page.close();
});

test("an article of 200,000 tiny sentences: a result, and the page stays usable", async (t) => {
  const { page, errors } = await openDemo();
  const stop = await watchMainThread(page);
  const t0 = Date.now();
  const ev = await page.evaluate(async () => {
    window.__events = [];
    document.querySelector("#px").articles = [{ id: "tiny", text: "Ok. ".repeat(200_000) }];
    await new Promise((r) => { const t = setInterval(() => { if (window.__events.length) { clearInterval(t); r(); } }, 50); });
    return window.__events[0];
  });
  const ms = Date.now() - t0;
  const watch = await stop();
  const sents = await page.evaluate(() => document.querySelector("#px").shadowRoot.querySelectorAll(".sent").length);
  console.log(`# 200,000 tiny sentences: ${ev.type} after ${(ms / 1000).toFixed(1)} s, ${sents} sentence spans; `
    + `main thread: longest stall ${watch.maxGapMs} ms`);
  assert.equal(ev.type, "parallax-ready");
  assert.ok(watch.maxGapMs < HANG_MS, `the main thread hung for ${watch.maxGapMs} ms`);
  assert.deepEqual(errors, []);
  await t.test(`no main-thread stall over ${STALL_MS} ms with 200,000 sentences`,
    { todo: "the widget renders every sentence at once" },
    () => assert.ok(watch.maxGapMs < STALL_MS, `longest stall ${watch.maxGapMs} ms`));
  await page.close();
});

test("a 20 MB article (text or HTML): a clear error, and the page never freezes", async () => {
  const { page, errors } = await openDemo();
  for (const kind of ["text", "html"]) {
    await page.evaluate((k) => {
      const body = "The plan is bad, critics said. ".repeat(Math.ceil((20 * 1024 * 1024) / 31));
      window.__big = [{ id: "big", [k]: k === "html" ? `<p>${body}</p>` : body }];
    }, kind);
    const stop = await watchMainThread(page);
    const t0 = Date.now();
    const ev = await page.evaluate(async () => {
      window.__events = [];
      document.querySelector("#px").articles = window.__big;
      await new Promise((r) => { const t = setInterval(() => { if (window.__events.length) { clearInterval(t); r(); } }, 50); });
      window.__big = null;
      return window.__events[0];
    });
    const ms = Date.now() - t0;
    const watch = await stop();
    console.log(`# 20 MB ${kind} article: ${ev.type} ${ev.code ?? ""} after ${(ms / 1000).toFixed(1)} s `
      + `(${ev.message ?? ""}); main thread: longest stall ${watch.maxGapMs} ms, ${watch.frames} frames`);
    assert.equal(ev.type, "parallax-error");
    assert.equal(ev.code, "E_TOO_LARGE");
    assert.match(await alertText(page), /limit.*E_TOO_LARGE/s);
    assert.ok(watch.maxGapMs < STALL_MS, `the main thread stalled for ${watch.maxGapMs} ms`);
  }
  // and the page still works
  const ok = await analyse(page, [{ id: "a", text: "Critics said the plan is a reckless mistake." }]);
  assert.equal(ok.type, "parallax-ready");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a non-English article: the page says the lexicons are English", async () => {
  const { page, errors } = await openDemo();
  const ev = await analyse(page, [
    { id: "de", source: "Berliner Blatt", text: "Der Bundestag hat am Dienstag über die neue Regelung abgestimmt. Die Opposition kritisierte das Vorhaben scharf und sprach von einem gefährlichen Fehler. Die Regierung wies die Kritik zurück." },
    { id: "en", source: "Daily", text: "The parliament voted on Tuesday on the new rule. The opposition sharply criticised the plan and called it a dangerous mistake." },
  ]);
  assert.equal(ev.type, "parallax-ready");
  const cols = await page.evaluate(() => [...document.querySelector("#px").shadowRoot.querySelectorAll(".col")].map((c) => ({
    lang: c.querySelector(".lang")?.textContent ?? null, marks: c.querySelectorAll("mark[data-kind]").length,
  })));
  console.log(`# non-English notice: ${JSON.stringify(cols[0].lang)}`);
  assert.match(cols[0].lang ?? "", /English/);
  assert.equal(cols[0].marks, 0, "no highlights on text the lexicons cannot read");
  assert.equal(cols[1].lang, null);
  assert.ok(cols[1].marks > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("lone surrogates, bidi controls and zero-width characters render without errors", async () => {
  const { page, errors } = await openDemo();
  const texts = [
    "Lone \uD800 high and \uDC00 low surrogates here. The plan is \uD83D a dangerous mistake, critics said. \uDE00 End.",
    "\u202EReversed\u202C text and \u2067isolate\u2069 here. \u200B\u200C\u200D\uFEFF Zero-width joiners are clearly bad. \u061C مرحبا بالعالم. 中文句子。 👩‍👩‍👧 emoji.",
    "\u0000 NUL \u0007 bell \u001B[31m escape. Combining e\u0301\u0301\u0301 marks. \u2028Line\u2029Paragraph separators.",
  ];
  const ev = await analyse(page, texts.map((text, i) => ({ id: `u${i}`, text, source: `\u202E${i}\uD800` })));
  assert.equal(ev.type, "parallax-ready", JSON.stringify(ev));
  const bad = await page.evaluate((list) => {
    const root = document.querySelector("#px").shadowRoot;
    const out = [];
    for (const el of root.querySelectorAll(".sent, mark")) {
      const t = list[+el.dataset.a].slice(+el.dataset.start, +el.dataset.end);
      if (t !== el.textContent) out.push([el.textContent, t]);
    }
    // the whole text of each column is shown, character for character
    root.querySelectorAll(".col .text").forEach((c, i) => { if (c.textContent !== list[i]) out.push(["column", i]); });
    return out;
  }, texts);
  assert.deepEqual(bad, []);
  assert.ok(await page.locator("#px mark[data-kind]").count() > 0);
  assert.deepEqual(errors, []);
  await page.close();
});
