// Content-Security-Policy (issue 5): the demo site works under the strict CSP in its own
// <meta> (no eval; 'wasm-unsafe-eval' only), and <parallax-compare> works inside a host page
// whose own strict CSP arrives as an HTTP header — with no 'unsafe-inline' for styles (the
// widget's stylesheet is a constructable sheet, adoptedStyleSheets) and the Worker and its
// WebAssembly under the same header policy.
// Run alone with: node --test tests/e2e/csp.test.mjs   (after scripts/build.sh)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve, MIME, resolveInside } from "../../www/serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const www = path.join(repo, "www");
const fixtures = path.join(here, "fixtures");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HOST_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'";

let site, host, browser;
const urlOf = (server, p = "/") => `http://127.0.0.1:${server.address().port}${p}`;

/** A host-page server: /host/* from tests/e2e/fixtures, the rest from www/; CSP on every response. */
function hostServer(csp) {
  const server = http.createServer((req, res) => {
    const p = new URL(req.url, "http://x").pathname;
    if (p === "/favicon.ico") { res.writeHead(204, { "Content-Security-Policy": csp }); res.end(); return; }
    const file = p.startsWith("/host/") ? resolveInside(fixtures, p.slice(5)) : resolveInside(www, p);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Security-Policy": csp, "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": csp,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

before(async () => {
  site = await serve(www, 0);
  host = await hostServer(HOST_CSP);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  for (const s of [site, host]) if (s) await new Promise((r) => s.close(r));
});

/**
 * A page that records every CSP violation (securitypolicyviolation, from before any script
 * runs), page error and console error, in the page and its workers.
 */
async function openRecorded(url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e}`));
  page.on("console", (m) => { if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`); });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    }, true);
  });
  await page.goto(url);
  return { page, problems };
}

const violations = (page) => page.evaluate(() => window.__csp);

test("the demo site works under its own strict CSP (meta)", async () => {
  const { page, problems } = await openRecorded(urlOf(site));
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  console.log(`# site CSP: ${meta}`);
  for (const part of ["default-src 'self'", "'wasm-unsafe-eval'", "worker-src 'self'", "object-src 'none'"]) {
    assert.ok(meta.includes(part), `the site's CSP has ${part}`);
  }
  const scriptSrc = meta.split(";").find((d) => d.trim().startsWith("script-src"));
  assert.doesNotMatch(scriptSrc, /'unsafe-eval'|'unsafe-inline'/, "no eval, no inline script");
  await page.waitForSelector("#px[data-state=ready]", { timeout: 60_000 });
  assert.ok(await page.locator("#px mark[data-kind]").count() > 50, "highlights render");
  // the add-article form (pasted HTML) also works under the policy
  await page.locator("#add-details > summary").click();
  await page.fill("#paste-text", "<p onclick=\"window.__pwned=1\">Critics said the reckless plan is a dangerous waste.</p><script>window.__pwned=1</script>");
  await page.click("#add-article");
  await page.waitForFunction(() => document.querySelector("#px").report?.articles.length === 6
    && document.querySelector("#px").dataset.state === "ready");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the widget works in a host page with its own strict CSP header (no 'unsafe-inline')", async () => {
  const { page, problems } = await openRecorded(urlOf(host, "/host/host.html"));
  const res = await page.request.get(urlOf(host, "/host/host.html"));
  assert.equal(res.headers()["content-security-policy"], HOST_CSP);
  for (const id of ["from-src", "from-js"]) {
    await page.waitForSelector(`#${id}[data-state=ready]`, { timeout: 60_000 });
  }
  const state = await page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll("parallax-compare")) {
      const root = el.shadowRoot;
      const mark = root.querySelector("mark[data-kind]");
      out[el.id] = {
        marks: root.querySelectorAll("mark[data-kind]").length,
        cols: root.querySelectorAll(".col").length,
        adopted: root.adoptedStyleSheets.length,
        styleElements: root.querySelectorAll("style").length,
        // styles apply: the columns are laid out and a highlight is coloured
        colDisplay: getComputedStyle(root.querySelector(".col")).display,
        markBg: mark ? getComputedStyle(mark).backgroundColor : null,
        errorHidden: root.querySelector("[role=alert]").hidden,
      };
    }
    out.pwned = window.__pwned;
    return out;
  });
  console.log(`# host page: ${JSON.stringify(state)}`);
  for (const id of ["from-src", "from-js"]) {
    const s = state[id];
    assert.ok(s.marks > 0, `${id}: highlights render`);
    assert.equal(s.cols, 2);
    assert.ok(s.adopted >= 1 && s.styleElements === 0, `${id}: a constructable stylesheet, no <style>`);
    assert.notEqual(s.colDisplay, "inline", `${id}: the widget's styles apply`);
    assert.ok(s.markBg && s.markBg !== "rgba(0, 0, 0, 0)", `${id}: highlights are coloured (${s.markBg})`);
    assert.equal(s.errorHidden, true);
  }
  assert.equal(state.pwned, undefined, "no script from an article ran");
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  // The recorder works, and the policy really forbids inline styles: a style attribute is blocked.
  await page.evaluate(() => { const d = document.createElement("div"); d.setAttribute("style", "color: red"); document.body.append(d); });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.match((await violations(page))[0], /^style-src/);
  await page.close();
});

test("without 'wasm-unsafe-eval' the widget reports a clear error instead of breaking the page", async () => {
  const strict = await hostServer("default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'");
  try {
    const { page, problems } = await openRecorded(urlOf(strict, "/host/host.html"));
    const ev = await page.waitForFunction(() => {
      const el = document.querySelector("#from-js");
      return el.dataset.state === "error" && el.shadowRoot.querySelector("[role=alert]").textContent;
    }, null, { timeout: 60_000 });
    const text = await ev.jsonValue();
    console.log(`# no 'wasm-unsafe-eval': ${text}`);
    assert.match(text, /E_WASM_INIT|E_WORKER_CRASHED|E_WASM_LOAD/);
    // The browser reports the blocked compilation; nothing else goes wrong.
    assert.ok(problems.every((p) => /Content.Security.Policy|WebAssembly|wasm/i.test(p)), problems.join("\n"));
    await page.close();
  } finally {
    await new Promise((r) => strict.close(r));
  }
});

// Trusted Types: `new Worker(url)` needs a TrustedScriptURL. The client tries the plain form
// once (a host's default policy may allow it; the browser reports that one attempt), then
// starts the worker through its own policy 'parallax', which passes only the worker's URL.
const TT_CSP = `${HOST_CSP}; require-trusted-types-for 'script'`;

test("Trusted Types: with the 'parallax' policy allowed, the widget works", async () => {
  const tt = await hostServer(`${TT_CSP}; trusted-types parallax`);
  try {
    const { page, problems } = await openRecorded(urlOf(tt, "/host/host.html"));
    for (const id of ["from-src", "from-js"]) await page.waitForSelector(`#${id}[data-state=ready]`, { timeout: 60_000 });
    const marks = await page.evaluate(() => [...document.querySelectorAll("parallax-compare")]
      .map((el) => el.shadowRoot.querySelectorAll("mark[data-kind]").length));
    const seen = await violations(page);
    console.log(`# Trusted Types, policy allowed: highlights ${JSON.stringify(marks)}; violations: ${JSON.stringify(seen)}`);
    assert.ok(marks.every((n) => n > 0), "both widgets show highlights");
    // The only report is the one plain `new Worker` attempt; everything else goes through the policy.
    assert.ok(seen.length <= 1 && seen.every((v) => v.startsWith("require-trusted-types-for")), seen.join("\n"));
    assert.ok(problems.every((p) => /TrustedScriptURL|Trusted Type/i.test(p)), problems.join("\n"));
    // The policy passes nothing but the worker: a script URL of the host's choice is refused.
    const other = await page.evaluate(() => {
      try { new Worker("/host/host.js", { type: "module" }); return "started"; } catch (e) { return e.name; }
    });
    assert.equal(other, "TypeError");
    await page.close();
  } finally {
    await new Promise((r) => tt.close(r));
  }
});

test("Trusted Types: without an allowed policy, a clear E_WORKER_BLOCKED error", async () => {
  const tt = await hostServer(`${TT_CSP}; trusted-types 'none'`);
  try {
    const { page, problems } = await openRecorded(urlOf(tt, "/host/host.html"));
    const ev = await page.waitForFunction(() => {
      const el = document.querySelector("#from-js");
      return el.dataset.state === "error" && el.shadowRoot.querySelector("[role=alert]").textContent;
    }, null, { timeout: 60_000 });
    const text = await ev.jsonValue();
    console.log(`# Trusted Types, no policy allowed: ${text}`);
    assert.match(text, /E_WORKER_BLOCKED/);
    assert.match(text, /Trusted Types/);
    assert.doesNotMatch(text, /E_INPUT/);
    assert.ok(problems.every((p) => /TrustedScriptURL|Trusted ?Type|parallax/i.test(p)), problems.join("\n"));
    await page.close();
  } finally {
    await new Promise((r) => tt.close(r));
  }
});
