// The JS API over the wasm build (Node entry): report shape, UTF-16 offsets as JS sees
// them, errors with codes, hostile strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { analyze, version, init } from "../../www/lib/node.js";

const corpus = new URL("../../www/corpus/", import.meta.url);
const demo = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ id: f, text: readFileSync(new URL(f, corpus), "utf8") }));

function codeOf(fn) {
  try { fn(); } catch (e) { assert.ok(e instanceof Error, "throws an Error"); return e.code; }
  assert.fail("expected an error");
}

test("analyses the demo corpus into the contract's shape", async () => {
  await init();
  assert.match(version(), /^\d+\.\d+\.\d+/);
  const r = analyze({ articles: demo });
  assert.equal(r.version, 1);
  assert.equal(r.articles.length, 5);
  assert.ok(r.targets.length > 0 && r.targets.every((t) => /^t\d+$/.test(t.id) && t.auto === true));
  assert.equal(r.comparison.similarity.length, 5);
  assert.ok(!(r.comparison.unique instanceof Map), "plain objects, not Maps");
  for (const a of r.articles) {
    for (const key of ["id", "source", "title", "removed", "sentences", "quotes", "stance", "metrics"]) {
      assert.ok(key in a, `article has ${key}`);
    }
    assert.ok(a.metrics.words > 100 && "quoteShare" in a.metrics);
  }
});

test("offsets are JS string offsets (text.slice)", () => {
  const text = "Ça “commence” 😀 ici. The reckless plan may fail, critics said 🙃. 北京 said nothing.";
  const r = analyze({ articles: [{ id: "u", text }], targets: ["plan"] });
  const sents = r.articles[0].sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ["Ça “commence” 😀 ici.", "The reckless plan may fail, critics said 🙃.", "北京 said nothing."]);
  for (const s of r.articles[0].sentences) {
    for (const c of s.cues) assert.ok(c.note.includes(`“${text.slice(c.start, c.end)}”`), c.note);
  }
});

test("demo cue notes quote exactly the highlighted text", () => {
  const r = analyze({ articles: demo });
  let n = 0;
  r.articles.forEach((a, i) => {
    for (const s of a.sentences) for (const c of s.cues) {
      assert.ok(c.note.includes(`“${demo[i].text.slice(c.start, c.end)}”`), c.note);
      n++;
    }
  });
  assert.ok(n > 50, `cues found: ${n}`);
});

test("errors are JS Errors with codes", () => {
  assert.equal(codeOf(() => analyze({ articles: [] })), "E_NO_ARTICLES");
  assert.equal(codeOf(() => analyze({ articles: [{ id: "a", text: "x", html: "<p>y</p>" }] })), "E_TEXT_OR_HTML");
  assert.equal(codeOf(() => analyze({ articles: [{ id: "a" }] })), "E_TEXT_OR_HTML");
  assert.equal(codeOf(() => analyze({ articles: [{ id: "a", text: "x" }, { id: "a", text: "y" }] })), "E_BAD_ID");
  assert.equal(codeOf(() => analyze(42)), "E_INVALID_INPUT");
  assert.equal(codeOf(() => analyze({ articles: "nope" })), "E_INVALID_INPUT");
  assert.equal(codeOf(() => analyze(null)), "E_INVALID_INPUT");
  try { analyze({ articles: [{ id: "bad", text: "x", html: "y" }] }); } catch (e) { assert.equal(e.article, "bad"); }
});

test("hostile strings give a sane report", () => {
  const lone = "Lone \uD800 surrogate and \uDC00 here. Then text.";
  const r = analyze({ articles: [{ id: "s", text: lone }] });
  const s = r.articles[0].sentences;
  assert.equal(s.length, 2);
  assert.equal(lone.slice(s[1].start, s[1].end), "Then text.");
  const weird = "\u202Eevil\u202C \u200Bzero\u200B width. \u0000 nul \u0007 bell. مرحبا بالعالم.";
  assert.ok(analyze({ articles: [{ id: "w", text: weird }] }).articles[0].sentences.length >= 1);
  for (const text of ["", "   \n\t  ", "....!!!???", "a".repeat(200000)]) {
    const rep = analyze({ articles: [{ id: "e", text }] });
    assert.equal(rep.articles.length, 1);
  }
  const html = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script><p>Hello there.</p>';
  const h = analyze({ articles: [{ id: "h", html }] });
  assert.equal(h.articles[0].text, "Hello there.");
  assert.equal(globalThis.__pwned, undefined);
});

test("non-English text is detected and not highlighted", () => {
  const text = "Der Bundestag hat am Dienstag über die neue Regelung abgestimmt. Die Opposition kritisierte das Vorhaben scharf und sprach von einem gefährlichen Fehler.";
  const a = analyze({ articles: [{ id: "de", text }] }).articles[0];
  assert.equal(a.language, "other");
  assert.ok(a.sentences.every((s) => s.cues.length === 0));
});

test("repeated report strings are shared per call only: values intact, wasm memory flat", async () => {
  const { memoryBytes } = await import("../../www/lib/node.js");
  // Every call names 1,500 speakers never seen before: if the strings shared in one
  // call stayed in a cache, wasm memory would grow by hundreds of KB a call.
  const name = (n) => { let s = ""; do { s += String.fromCharCode(97 + (n % 26)); n = Math.floor(n / 26); } while (n); return "K" + s + "ski"; };
  const input = (call) => ({
    targets: ["plan"],
    articles: Array.from({ length: 30 }, (_, a) => ({
      id: `a${a}`,
      text: Array.from({ length: 50 }, (_, i) => `“The plan is reckless,” said Anna ${name(call * 1500 + a * 50 + i)}.`).join(" "),
    })),
  });
  const sizes = [];
  for (let call = 0; call < 40; call++) {
    const r = analyze(input(call));
    const holders = new Set(r.articles.flatMap((a) => a.sentences.flatMap((s) => s.stance.map((x) => x.holder))));
    assert.ok(holders.has(`Anna ${name(call * 1500)}`), [...holders].slice(0, 3).join(", "));
    assert.ok(r.articles[0].sentences.every((s) => s.cues.every((c) => c.note.includes("“"))));
    sizes.push(memoryBytes());
  }
  // The allocator settles within a few calls; then at most one more 64 KiB page.
  assert.ok(sizes[39] - sizes[19] <= 65536, `wasm memory grew: ${sizes.join(" ")}`);
});

test("a repeated cue note is one JS string, not one per cue (JS heap)", async () => {
  const v8 = await import("node:v8");
  const vm = await import("node:vm");
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  const text = "Critics said the reckless and disastrous plan would surely fail, and the outrageous scheme was a shameful blunder. ".repeat(2000);
  gc();
  const before = process.memoryUsage().heapUsed;
  const r = analyze({ articles: [{ id: "a", text }], targets: ["plan"] });
  gc();
  const perCue = (process.memoryUsage().heapUsed - before) / r.articles[0].sentences.reduce((n, s) => n + s.cues.length, 0);
  // Measured 2026-11-28 (Node 20): 247 bytes a cue (its object, its share of the sentence
  // objects) with the notes shared; 472 with a JS string per note (≈ 78 UTF-16 units each).
  assert.ok(perCue < 350, `JS heap per cue: ${perCue.toFixed(0)} bytes`);
  assert.ok(r.articles[0].sentences.every((s) => s.cues.every((c) => c.note.includes("“"))));
});
