// Hostile input through the wasm build in Node (issue 5): every case is a JS Error with a
// `code` or a sane Report — never a trap (RuntimeError) across the wasm boundary — and the
// wasm build gives exactly the native CLI's Report for the same input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../../www/lib/node.js";

const corpus = new URL("../../www/corpus/", import.meta.url);
const demo = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ id: f, text: readFileSync(new URL(f, corpus), "utf8") }));

/** The error thrown by fn: must be an Error with a string code, never a wasm trap. */
function errorOf(fn) {
  try { fn(); } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `a wasm trap: ${e}`);
    assert.ok(e instanceof Error, `throws an Error: ${e}`);
    assert.match(e.code, /^E_[A-Z_]+$/);
    assert.ok(e.message.length > 0);
    return e;
  }
  return assert.fail("expected an error");
}

/** Every span of every article inside its text and not splitting a surrogate pair. */
function assertSane(report, input) {
  assert.equal(report.articles.length, input.articles.length);
  report.articles.forEach((a, i) => {
    const text = a.text ?? input.articles[i].text;
    // offset i splits a surrogate pair when a high surrogate is followed by a low one there
    const splits = (i) => i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);
    const inside = (s, e) => s <= e && e <= text.length && !splits(s) && !splits(e);
    let last = 0;
    for (const s of a.sentences) {
      assert.ok(inside(s.start, s.end) && s.start >= last && s.start < s.end, `sentence ${s.start}..${s.end}`);
      last = s.end;
      for (const c of s.cues) assert.ok(c.start >= s.start && c.end <= s.end && inside(c.start, c.end));
    }
  });
}

test("malformed inputs are coded errors, never traps", () => {
  const bad = [
    [undefined, "E_INVALID_INPUT"], [[], "E_INVALID_INPUT"], ["text", "E_INVALID_INPUT"],
    [{ articles: [null] }, "E_INVALID_INPUT"], [{ articles: [42] }, "E_INVALID_INPUT"],
    [{ articles: [{ id: 7, text: "x" }] }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: 7 }] }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: ["x"] }] }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: "x" }], targets: "NATO" }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: "x" }], targets: [null] }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: "x" }], options: { maxTargets: -1 } }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: "x" }], options: { maxTargets: 1.5 } }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "a", text: "x" }], options: { skipComparison: "yes" } }, "E_INVALID_INPUT"],
    [{ articles: [{ id: "", text: "x" }] }, "E_BAD_ID"],
    [{ articles: [{ id: " \t", text: "x" }] }, "E_BAD_ID"],
    [{ articles: [{ id: "a", text: "x" }, { id: "a", html: "<p>y</p>" }] }, "E_BAD_ID"],
    [{ articles: [{ id: "a", text: null, html: null }] }, "E_TEXT_OR_HTML"],
    [{ articles: [{ id: "a", text: "", html: "" }] }, "E_TEXT_OR_HTML"],
  ];
  for (const [input, code] of bad) {
    assert.equal(errorOf(() => analyze(input)).code, code, JSON.stringify(input));
  }
  // A getter that throws while the input is read: the caller's own exception comes back
  // unchanged, and the instance keeps working.
  const boom = new Error("boom");
  for (const input of [{ get articles() { throw boom; } }, { articles: [{ id: "a", get text() { throw boom; } }] }]) {
    assert.throws(() => analyze(input), (e) => e === boom);
  }
  assert.equal(analyze({ articles: [{ id: "a", text: "Still works." }] }).articles[0].sentences.length, 1);
});

test("odd but valid options and targets give a sane report", () => {
  const articles = demo.slice(0, 2);
  for (const options of [{ maxTargets: 0 }, { maxTargets: 4294967295 }, { skipComparison: true }, { unknown: 1 }]) {
    const input = { articles, options };
    assertSane(analyze(input), input);
  }
  for (const targets of [[""], ["   "], ["\uD800"], ["a".repeat(100_000)], Array.from({ length: 500 }, (_, i) => `t${i}`), ["NATO", "NATO", "nato"]]) {
    const input = { articles, targets };
    const r = analyze(input);
    assertSane(r, input);
    assert.ok(r.targets.length <= targets.length || targets.every((t) => !t.trim()));
  }
});

test("ids that are JS object keys stay data; \"__proto__\" is refused", () => {
  const ids = ["constructor", "hasOwnProperty", "toString", "valueOf", "\uD800", "é\u0000\u202E", "x".repeat(10_000)];
  const text = "The council said the new bridge plan is a reckless waste. Critics agreed the plan is reckless.";
  const input = { articles: ids.map((id) => ({ id, text, source: id })) };
  const r = analyze(input);
  assertSane(r, input);
  assert.deepEqual(r.articles.map((a) => a.id), ids.map((id) => id.replace(/[\uD800-\uDFFF]/g, "\uFFFD")));
  for (const key of ["unique", "terms"]) {
    assert.equal(Object.getPrototypeOf(r.comparison[key]), Object.prototype, `comparison.${key} keeps its prototype`);
    assert.deepEqual(Object.keys(r.comparison[key]).sort(), r.articles.map((a) => a.id).sort());
  }
  // Report maps are keyed by id, and setting "__proto__" on a JS object replaces its prototype.
  const e = errorOf(() => analyze({ articles: [{ id: "__proto__", text }, { id: "b", text }] }));
  assert.equal(e.code, "E_BAD_ID");
  assert.equal(e.article, "__proto__");
});

test("the issue's hostile cases: errors or sane reports", () => {
  const cases = [
    ["one empty article", [{ id: "e", text: "" }]],
    ["whitespace only", [{ id: "w", text: " \n\t\u00A0\u3000 " }]],
    ["lone surrogates", [{ id: "s", text: "\uDC00 starts. Middle \uD800\uD800 two. Ends \uD83D" }]],
    ["zero-width and bidi", [{ id: "z", text: "\u200B\u200C\u200D\u2060\uFEFF\u202A\u202B\u202D\u202E\u2066\u2067\u2068\u2069 The plan is bad. \u061C" }]],
    ["RTL, CJK, emoji", [{ id: "r", text: "هذه خطة سيئة. 这是一个糟糕的计划。 これは計画です。 The 🇯🇵 plan 👩🏽‍💻 is bad. 😀".repeat(50) }]],
    ["HTML with script, style, iframe, handlers", [{ id: "h", html: "<style>p{}</style><script>globalThis.__pwned=1</script><iframe srcdoc='<script>globalThis.__pwned=1</script>'></iframe><svg onload=globalThis.__pwned=1><p onclick=globalThis.__pwned=1>Text here.</p>" }]],
    ["100,000-deep nested HTML", [{ id: "n", html: `${"<div><span>".repeat(100_000)}Deep text.${"</span></div>".repeat(100_000)}` }]],
    ["unclosed everything", [{ id: "u", html: "<p><b><i><a href='<script>'>text <!-- never closed <script> x" }]],
    ["a 1 MB sentence without punctuation", [{ id: "p", text: "word ".repeat(200_000) }]],
    ["binary-looking text", [{ id: "b", text: String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => i % 256)) }]],
  ];
  for (const [name, articles] of cases) {
    const input = { articles };
    const r = analyze(input);
    assertSane(r, input);
    assert.equal(globalThis.__pwned, undefined, name);
  }
});

test("a million tiny sentences", () => {
  const input = { articles: [{ id: "m", text: "Ok. ".repeat(1_000_000) }] };
  const t0 = Date.now();
  const r = analyze(input);
  console.log(`# 1,000,000 sentences in ${Date.now() - t0} ms (wasm, Node)`);
  assert.equal(r.articles[0].sentences.length, 1_000_000);
  assert.equal(r.articles[0].sentences[999_999].end, 4_000_000 - 1);
});

test("size and count limits are clear errors", () => {
  const big = "The plan is bad, critics said. ".repeat(Math.ceil((20 * 1024 * 1024) / 31));
  assert.equal(errorOf(() => analyze({ articles: [{ id: "t", text: big }] })).code, "E_TOO_LARGE");
  const e = errorOf(() => analyze({ articles: [{ id: "h", html: `<p>${big}</p>` }] }));
  assert.equal(e.code, "E_TOO_LARGE");
  assert.equal(e.article, "h");
  const many = Array.from({ length: 20_001 }, (_, i) => ({ id: `a${i}`, text: "x" }));
  assert.equal(errorOf(() => analyze({ articles: many })).code, "E_TOO_MANY_ARTICLES");
});

const cli = fileURLToPath(new URL("../../target/release/parallax", import.meta.url));
test("the wasm build and the native CLI give the same Report", { skip: !existsSync(cli) && "no target/release/parallax" }, () => {
  const inputs = [
    { articles: demo },
    { articles: [{ id: "u", text: "Lone \uD800 surrogate. \u202EBidi\u202C and zero\u200Bwidth. 中文。 👩‍👩‍👧 The plan is “dangerous,” she said." }, { id: "h", html: "<h1>Title</h1><p>Deep <b>text</b>.</p><script>x</script>" }], targets: ["plan"] },
  ];
  for (const input of inputs) {
    const wasm = analyze(input);
    // JSON cannot carry a lone surrogate; the CLI reads what wasm reads: U+FFFD.
    const json = JSON.stringify(input).replace(/\\ud[89a-f][0-9a-f]{2}/gi, "\\ufffd");
    const native = JSON.parse(execFileSync(cli, ["analyze", "--input", "-", "--json"], { input: json, maxBuffer: 1 << 28 }).toString());
    assert.deepEqual(JSON.parse(JSON.stringify(wasm)), native);
  }
});
