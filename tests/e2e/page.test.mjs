// Browser end-to-end test: serves www/ on 127.0.0.1, drives Debian's Chromium with
// playwright-core, loads the demo, checks the highlights and the comparison, pastes a sixth
// article, feeds hostile articles through el.articles, and saves screenshots.
// Run alone with: node --test tests/e2e/   (after scripts/build.sh)
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useSite, collectErrors, outDir, repo } from "./harness.mjs";

const site = useSite();

async function openDemo() {
  const page = await site.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = collectErrors(page);
  const t0 = Date.now();
  await page.goto(site.base);
  await page.waitForSelector("#px mark[data-kind]", { timeout: 30_000 });
  const firstHighlightMs = Date.now() - t0;
  await page.waitForSelector("parallax-compare[data-state=ready]");
  return { page, errors, firstHighlightMs };
}

test("demo loads with explained highlights and the comparison", async () => {
  const { page, errors, firstHighlightMs } = await openDemo();
  console.log(`# first highlighted render ${firstHighlightMs} ms after navigation`);
  assert.equal(await page.locator("#px .col").count(), 5);
  const counts = await page.evaluate(() => {
    const root = document.querySelector("#px").shadowRoot;
    const by = {};
    for (const m of root.querySelectorAll("mark[data-kind]")) by[m.dataset.kind] = (by[m.dataset.kind] ?? 0) + 1;
    return { marks: root.querySelectorAll("mark[data-kind]").length, sents: root.querySelectorAll(".sent").length, by };
  });
  const report = await page.evaluate(() => document.querySelector("#px").report);
  const cueTotal = report.articles.reduce((n, a) => n + a.sentences.reduce((m, s) => m + s.cues.length, 0), 0);
  const sentTotal = report.articles.reduce((n, a) => n + a.sentences.length, 0);
  assert.equal(counts.sents, sentTotal, "one span per sentence");
  assert.ok(counts.marks > 50 && counts.marks <= cueTotal, JSON.stringify(counts));
  assert.ok(counts.by.hedge > 0 && counts.by.evaluative > 0, JSON.stringify(counts.by));

  // Every highlight shows exactly text.slice(start, end) of its article.
  const mismatches = await page.evaluate(() => {
    const el = document.querySelector("#px");
    const texts = el.report.articles.map((a, i) => a.text ?? el.articles[i].text);
    let bad = [];
    for (const m of el.shadowRoot.querySelectorAll("mark, .sent")) {
      const t = texts[+m.dataset.a].slice(+m.dataset.start, +m.dataset.end);
      if (t !== m.textContent) bad.push([m.textContent, t]);
    }
    return bad.slice(0, 3);
  });
  assert.deepEqual(mismatches, []);

  // A sample of highlighted text: the hedge "may" in "Such incendiary steps may prove …" (001).
  const mayHedges = await page.locator('#px .col[data-index="1"] mark[data-kind=hedge]').allTextContents();
  assert.ok(mayHedges.map((t) => t.toLowerCase()).includes("may"), JSON.stringify(mayHedges));
  assert.equal(await page.locator('#px .col[data-index="1"] h3').first().textContent(),
    "NATO’s outreach to Asia is a very perilous step");

  // The note explains a highlight on hover.
  const mark = page.locator("#px mark[data-kind=hedge]").first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const note = page.locator("#px .note");
  assert.ok(await note.isVisible());
  assert.match(await note.textContent(), /hedge/i);

  // Comparison cards are present.
  for (const card of ["similarity", "reuse", "claims", "voices", "terms"]) {
    assert.equal(await page.locator(`#px [data-card=${card}]`).count(), 1, `card ${card}`);
  }
  await page.mouse.move(2, 2);
  await page.screenshot({ path: path.join(outDir, "page.png") });
  await page.screenshot({ path: path.join(outDir, "page-full.png"), fullPage: true });
  if (process.env.UPDATE_SCREENSHOT) fs.copyFileSync(path.join(outDir, "page.png"), path.join(repo, "docs/screenshot.png"));
  assert.ok(fs.statSync(path.join(outDir, "page.png")).size > 10_000);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a pasted sixth article is analysed", async () => {
  const { page, errors } = await openDemo();
  await page.locator("#add-details > summary").click();
  await page.fill("#paste-text", "Critics said the new bridge is a reckless and dangerous waste. Supporters clearly welcomed the move.");
  await page.fill("#paste-source", "Pasted Daily");
  await page.click("#add-article");
  await page.waitForFunction(() => document.querySelector("#px").report?.articles.length === 6
    && document.querySelector("#px").dataset.state === "ready");
  assert.equal(await page.locator("#px .col").count(), 6);
  assert.match(await page.locator("#px .col").last().textContent(), /Pasted Daily/);
  assert.ok(await page.locator('#px .col[data-index="5"] mark[data-kind]').count() >= 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("hostile articles through el.articles never run script", async () => {
  const { page, errors } = await openDemo();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    + '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><p onmouseover="window.__pwned=1">Hostile text about the plan.</p>';
  await page.evaluate((h) => {
    const el = document.querySelector("#px");
    el.articles = [
      { id: "t", text: h, source: "Text <b>source</b>" },
      { id: "h", html: h, source: "<img src=x onerror=window.__pwned=1>" },
    ];
  }, hostile);
  await page.waitForFunction(() => document.querySelector("#px").report?.articles.length === 2
    && document.querySelector("#px").dataset.state === "ready");
  await page.locator("#px .col").first().hover();
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    elements: document.querySelector("#px").shadowRoot.querySelectorAll(".col img, .col script, .col iframe, .text b, .text p").length,
    textShown: document.querySelector("#px").shadowRoot.querySelector('.col[data-index="0"] .text').textContent,
  }));
  assert.equal(state.pwned, undefined);
  assert.equal(state.elements, 0);
  assert.ok(state.textShown.includes("<script>"), "text input is shown as text");
  assert.deepEqual(errors, []);
  await page.close();
});

test("before the first Report: the articles' plain text is shown (never as HTML), then replaced", async () => {
  const { page, errors } = await openDemo();
  const seen = await page.evaluate(async () => {
    const el = document.createElement("parallax-compare");
    let release;
    const gate = new Promise((r) => { release = r; });
    const real = document.querySelector("#px").client ?? (await import("/lib/client.js")).sharedClient();
    el.client = { analyze: async (input, opts) => { await gate; return real.analyze(input, opts); } };
    document.body.append(el);
    el.articles = [
      { id: "a", source: "Outlet A", title: "Plain", text: "Ministers approved the plan on Monday. Critics called it reckless." },
      { id: "b", source: "Outlet B", html: "<p>Ministers <img src=x onerror=\"window.__pwned=1\">approved the plan.</p>" },
      { id: "c", source: "Outlet C", text: "x".repeat(20_000) },
    ];
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot;
    const before = [...root.querySelectorAll(".col.preview")].map((c) => ({
      busy: c.getAttribute("aria-busy"), source: c.querySelector(".source").textContent,
      text: c.querySelector(".text").textContent, imgs: c.querySelectorAll("img").length }));
    const marksBefore = root.querySelectorAll("mark[data-kind]").length;
    const fontsBefore = root.querySelectorAll(".font-warm span").length;
    release();
    await new Promise((r) => el.addEventListener("parallax-ready", r, { once: true }));
    const after = { previews: root.querySelectorAll(".col.preview").length, cols: root.querySelectorAll(".col").length,
      fonts: root.querySelectorAll(".font-warm").length };
    el.remove();
    return { before, marksBefore, fontsBefore, after, pwned: window.__pwned ?? null };
  });
  assert.equal(seen.before.length, 3);
  assert.deepEqual(seen.before.map((c) => c.source), ["Outlet A", "Outlet B", "Outlet C"]);
  assert.ok(seen.before.every((c) => c.busy === "true" && c.imgs === 0));
  assert.equal(seen.before[0].text, "Ministers approved the plan on Monday. Critics called it reckless.");
  assert.match(seen.before[1].text, /HTML article/);
  assert.ok(seen.before[2].text.length < 5000, "a long article is previewed only in part");
  assert.equal(seen.marksBefore, 0);
  assert.ok(seen.fontsBefore > 20, "the font sampler is laid out with the first analysis");
  assert.deepEqual(seen.after, { previews: 0, cols: 3, fonts: 0 });
  assert.equal(seen.pwned, null);
  assert.deepEqual(errors, []);
  await page.close();
});

test("every font the demo's columns and comparison use is in the font sampler laid out before the first analysis", async () => {
  const { page, errors } = await openDemo();
  const got = await page.evaluate(async () => {
    // [first family, px to 0.01, weight, style]: what Chromium resolves once per renderer
    // through its font service (see fontSampler in widget/styles.js).
    const key = (cs) => `${cs.fontFamily.split(",")[0].trim()} ${(+parseFloat(cs.fontSize).toFixed(2))}px ${cs.fontWeight} ${cs.fontStyle}`;
    const used = new Set();
    const walk = (el) => {
      for (const n of el.childNodes) {
        if (n.nodeType === 3 && n.textContent.trim()) used.add(key(getComputedStyle(n.parentElement)));
        else if (n.nodeType === 1) {
          for (const ps of ["::before", "::after"]) {
            const cs = getComputedStyle(n, ps);
            if (cs.content && !["none", "normal", '""'].includes(cs.content)) used.add(key(cs));
          }
          walk(n);
        }
      }
    };
    const demo = document.querySelector("#px").shadowRoot;
    walk(demo.querySelector(".articles"));
    walk(demo.querySelector(".compare"));
    // The sampler in a fresh element, as the widget adds it before its first analysis.
    const fresh = document.createElement("parallax-compare");
    document.body.append(fresh);
    fresh.shadowRoot.append((await import("/widget/styles.js")).fontSampler());
    const sampled = new Set([...fresh.shadowRoot.querySelectorAll(".font-warm span")].map((s) => key(getComputedStyle(s))));
    fresh.remove();
    return { used: [...used], sampled: [...sampled], leftInDemo: demo.querySelectorAll(".font-warm").length };
  });
  assert.ok(got.used.length > 20, JSON.stringify(got.used));
  assert.deepEqual(got.used.filter((k) => !got.sampled.includes(k)), [], "fonts missing from FONTS in widget/styles.js");
  assert.equal(got.leftInDemo, 0, "the sampler is removed once the Report is shown");
  assert.deepEqual(errors, []);
  await page.close();
});
