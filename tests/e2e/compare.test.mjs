// Browser end-to-end test of the comparison views on the demo: section navigation, coverage
// matrix (claims × articles, omissions, claim → sentences), reuse side by side (span → partner),
// stance grid evidence, and the JSON / CSV exports (downloads read back). Saves screenshots.
// Run alone with: node --test tests/e2e/compare.test.mjs   (after scripts/build.sh)
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useSite, collectErrors, outDir } from "./harness.mjs";

const site = useSite();

async function openDemo() {
  const page = await site.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors = collectErrors(page);
  await page.goto(site.base);
  await page.waitForSelector("parallax-compare[data-state=ready]", { timeout: 30_000 });
  return { page, errors };
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let f = "";
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ",") { row.push(f); f = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(f); rows.push(row); row = []; f = ""; i++; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

/** Applies a change to the current report and re-renders it through a stub client. */
async function rerender(page, fnSource) {
  await page.evaluate(async (src) => {
    const el = document.querySelector("#px");
    const report = structuredClone(el.report);
    new Function("report", src)(report);
    el.client = { analyze: async () => ({ report, ms: 1 }) };
    await el.refresh();
  }, fnSource);
}

const hitColumns = (page) => page.evaluate(() => [...new Set([...document.querySelector("#px").shadowRoot
  .querySelectorAll(".sent.hit")].map((s) => s.closest(".col").dataset.index))]);

test("coverage matrix: one row per claim, omissions, a claim click jumps to its sentences", async () => {
  const { page, errors } = await openDemo();
  const report = await page.evaluate(() => document.querySelector("#px").report);
  const claims = report.comparison.claims;
  assert.ok(claims.length >= 1, "the demo has claims");
  const card = page.locator("#px [data-card=claims]");
  assert.equal(await card.locator("table.coverage tbody tr").count(), Math.min(40, claims.length));
  assert.equal(await card.locator("table.coverage thead th.cv-col").count(), report.articles.length);

  // Every cell agrees with the claim's members; rows are sorted by sources.
  const rows = await card.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => ({
    id: tr.dataset.claim, sources: +tr.dataset.sources,
    states: [...tr.querySelectorAll("td.cv")].map((td) => td.dataset.state),
  })));
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].sources >= rows[i].sources, "sorted by sources");
  for (const r of rows) {
    const c = claims.find((x) => x.id === r.id);
    const carried = new Set(c.members.map((m) => m.article));
    report.articles.forEach((a, ai) => assert.equal(r.states[ai] === "has", carried.has(a.id), `${r.id} × ${a.id}`));
  }

  // Omissions: recomputed from the report (outlet = source; ≥ half of outlets and ≥ 2 carry it).
  const outlets = [...new Set(report.articles.map((a) => a.source || a.id))];
  for (const o of outlets) {
    const expected = claims.filter((c) => {
      const carriers = new Set(c.members.map((m) => report.articles.find((a) => a.id === m.article)).map((a) => a.source || a.id));
      return carriers.size >= 2 && carriers.size * 2 >= outlets.length && !carriers.has(o);
    }).length;
    const li = card.locator(`li[data-omits="${o}"]`);
    assert.equal(await li.count(), 1, `omissions of ${o}`);
    assert.equal(await li.locator("button.omit").count(), Math.min(8, expected), `omissions of ${o}`);
  }

  // Hovering a cell shows its member sentence.
  const dot = card.locator("td.cv[data-state=has] button").first();
  await dot.scrollIntoViewIfNeeded();
  await dot.hover();
  const note = page.locator("#px .note");
  assert.ok(await note.isVisible());
  assert.match(await note.textContent(), /\w.{40,}\(§\d+\)/, "the member sentence and its number");
  await page.screenshot({ path: path.join(outDir, "compare-coverage.png") });

  // Clicking the claim carried by the most articles highlights its sentences in ≥ 2 articles.
  const widest = rows.reduce((b, r) => (r.states.filter((s) => s === "has").length > b.states.filter((s) => s === "has").length ? r : b));
  await card.locator(`tr[data-claim="${widest.id}"] th button`).click();
  const cols = await hitColumns(page);
  assert.ok(cols.length >= 2, `claim highlighted in ${cols.length} articles`);
  assert.deepEqual(cols.map(Number).sort(), widest.states.map((s, i) => (s === "has" ? i : -1)).filter((i) => i >= 0));

  // Keyboard: the matrix is one tab stop; arrows move along a row; Enter on a cell jumps.
  await card.locator("tbody th button").first().focus();
  await page.keyboard.press("ArrowRight");
  const focused = await page.evaluate(() => document.querySelector("#px").shadowRoot.activeElement?.className);
  assert.match(String(focused), /dot-btn|claim-label/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("reuse view: two articles side by side, a span click highlights its partner", async () => {
  const { page, errors } = await openDemo();
  const report = await page.evaluate(() => document.querySelector("#px").report);
  const top = [...report.comparison.reuse].sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB))[0];
  assert.ok(top && top.spans.length, "the demo has a reuse pair");
  const card = page.locator("#px [data-card=reuse]");
  assert.equal(await card.locator(".rpane").count(), 2);
  assert.equal(await card.locator(".rpane[data-side=a] [data-share=a]").textContent(), `${+(top.shareA * 100).toFixed(1)}%`);
  assert.equal(await card.locator(".rpane[data-side=b] [data-share=b]").textContent(), `${+(top.shareB * 100).toFixed(1)}%`);
  assert.equal(await card.locator(".rpane[data-side=a] mark[data-reuse-span]").count(), top.spans.length);

  // Every span shows exactly the reported characters on both sides.
  const texts = await page.evaluate(() => {
    const el = document.querySelector("#px");
    return el.report.articles.map((a, i) => a.text ?? el.articles[i].text);
  });
  const ia = report.articles.findIndex((a) => a.id === top.a);
  const ib = report.articles.findIndex((a) => a.id === top.b);
  const k = top.spans.length - 1;
  const s = top.spans[k];
  assert.equal(await card.locator(`.rpane[data-side=a] mark[data-reuse-span="${k}"]`).textContent(), texts[ia].slice(s.aStart, s.aEnd));
  assert.equal(await card.locator(`.rpane[data-side=b] mark[data-reuse-span="${k}"]`).textContent(), texts[ib].slice(s.bStart, s.bEnd));

  await card.locator(`.rpane[data-side=a] mark[data-reuse-span="${k}"]`).click();
  const partner = card.locator(`.rpane[data-side=b] mark[data-reuse-span="${k}"]`);
  assert.match(await partner.getAttribute("class"), /\bon\b/);
  assert.equal(await page.evaluate(() => document.querySelector("#px").shadowRoot.activeElement?.closest(".rpane")?.dataset.side), "b");
  // The partner is scrolled into its pane's view.
  const inView = await partner.evaluate((m) => {
    const box = m.closest(".rtext").getBoundingClientRect();
    const r = m.getClientRects()[0];
    return r.top >= box.top - 1 && r.top < box.bottom;
  });
  assert.ok(inView, "partner span visible in its pane");
  // And back, with the keyboard.
  await partner.press("Enter");
  assert.match(await card.locator(`.rpane[data-side=a] mark[data-reuse-span="${k}"]`).getAttribute("class"), /\bon\b/);
  await card.screenshot({ path: path.join(outDir, "compare-reuse.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("exports: the Report as JSON and the coverage matrix as CSV", async () => {
  const { page, errors } = await openDemo();
  const report = await page.evaluate(() => document.querySelector("#px").report);
  const names = await page.locator("#px [data-card=claims] thead th.cv-col").evaluateAll((ths) => ths.map((t) => t.title));

  const [csvDl] = await Promise.all([page.waitForEvent("download"), page.locator("#px [data-export=csv]").click()]);
  assert.equal(csvDl.suggestedFilename(), "parallax-coverage.csv");
  const csv = fs.readFileSync(await csvDl.path(), "utf8").replace(/^\uFEFF/, "");
  assert.ok(csv.endsWith("\r\n"));
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], ["claim", ...names, "sources"]);
  assert.equal(rows.length - 1, report.comparison.claims.length);
  for (const r of rows.slice(1)) {
    const c = report.comparison.claims.find((x) => x.label === r[0]);
    assert.ok(c, `row label is a claim label: ${r[0]}`);
    const carried = new Set(c.members.map((m) => m.article));
    assert.deepEqual(r.slice(1, -1), report.articles.map((a) => (carried.has(a.id) ? "1" : "0")));
    assert.equal(r[r.length - 1], String(c.sources));
  }

  const [jsonDl] = await Promise.all([page.waitForEvent("download"), page.locator("#px [data-export=json]").click()]);
  assert.equal(jsonDl.suggestedFilename(), "parallax-report.json");
  assert.deepEqual(JSON.parse(fs.readFileSync(await jsonDl.path(), "utf8")), JSON.parse(JSON.stringify(report))); // (-0 → 0)

  // Quoting: a label with quotes, commas and a line break survives the round trip.
  await rerender(page, `report.comparison.claims[0].label = 'He said "yes, now",\\nthen = left';`);
  const csv2 = await page.evaluate(() => document.querySelector("#px").coverageCsv());
  assert.ok(parseCsv(csv2).some((r) => r[0] === 'He said "yes, now",\nthen = left'), csv2.slice(0, 300));
  assert.deepEqual(errors, []);
  await page.close();
});

test("stance grid: every outlet × target, evidence is the strongest author sentence", async () => {
  const { page, errors } = await openDemo();
  // Make the evidence deterministic: in article 1, target 0, an author sentence at −0.9 beats
  // one at +0.5, and a quoted +0.95 (holder China) does not count.
  await rerender(page, `
    const a = report.articles[1]; const t = report.targets[0].id;
    const mentioning = a.sentences.map((s, i) => i).filter((i) => a.sentences[i].stance.some((x) => x.target === t));
    for (const s of a.sentences) for (const x of s.stance) if (x.target === t) { x.score = 0; x.label = "none"; x.holder = "author"; }
    const set = (i, score, holder) => { const x = a.sentences[i].stance.find((x) => x.target === t);
      Object.assign(x, { score, holder, label: score > 0 ? "favor" : "against" }); };
    set(mentioning[0], 0.5, "author"); set(mentioning[1], -0.9, "author"); set(mentioning[2], 0.95, "China");
    window.__expect = { article: a.id, sentence: mentioning[1] };`);
  const report = await page.evaluate(() => document.querySelector("#px").report);
  const grid = page.locator("#px [data-card=stance] table.stance-grid");
  assert.equal(await grid.locator("tbody tr").count(), report.articles.length);
  assert.equal(await grid.locator("td.sg").count(), report.articles.length * report.targets.length);
  const expect = await page.evaluate(() => window.__expect);
  const ev = grid.locator(`tbody tr[data-article="${expect.article}"] td.sg[data-target="${report.targets[0].id}"] button.ev`);
  assert.equal(await ev.getAttribute("data-evidence"), `${expect.article}|${expect.sentence}`);
  assert.match(await ev.textContent(), /−0\.90/);
  await ev.click();
  const hit = await page.evaluate(() => [...document.querySelector("#px").shadowRoot.querySelectorAll(".sent.hit")]
    .map((s) => `${s.dataset.a}|${s.dataset.i}`));
  assert.deepEqual(hit, [`1|${expect.sentence}`]);
  const stanceCard = page.locator("#px [data-card=stance]");
  await stanceCard.scrollIntoViewIfNeeded();
  await stanceCard.screenshot({ path: path.join(outDir, "compare-stance.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("section navigation works with the keyboard and keeps every view reachable", async () => {
  const { page, errors } = await openDemo();
  const nav = page.locator("#px nav.secnav");
  assert.deepEqual(await nav.locator("button[data-nav]").evaluateAll((b) => b.map((x) => x.dataset.nav)),
    ["articles", "coverage", "reuse", "similarity", "voices", "terms", "stance"]);
  for (const card of ["similarity", "reuse", "claims", "voices", "terms", "stance", "unique"]) {
    assert.equal(await page.locator(`#px [data-card=${card}]`).count(), 1, `card ${card}`);
  }
  await nav.locator("button[data-nav=articles]").focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.querySelector("#px").shadowRoot.activeElement?.dataset.nav), "stance");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(900);
  assert.equal(await page.evaluate(() => document.querySelector("#px").shadowRoot.activeElement?.id), "px-h-stance");
  assert.equal(await nav.locator("button[aria-current]").getAttribute("data-nav"), "stance");
  const box = await page.locator("#px [data-card=stance]").boundingBox();
  assert.ok(box.y >= 0 && box.y < 450, `stance card scrolled into view (y=${box.y})`);
  await page.screenshot({ path: path.join(outDir, "compare-nav.png") });
  await page.screenshot({ path: path.join(outDir, "compare-full.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
