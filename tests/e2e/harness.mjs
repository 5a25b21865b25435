// Shared set-up of the browser tests: serve www/ on 127.0.0.1 (a free port) and launch
// Debian's Chromium through playwright-core with the flags this machine needs.
import { before, after } from "node:test";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../www/serve.mjs";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const outDir = process.env.E2E_OUT_DIR ?? path.join(repo, "e2e-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Headless, no sandbox (root), and nothing that reaches for the network. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches Chromium with CHROMIUM_ARGS plus `extraArgs`. */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Registers before/after hooks that serve www/ and launch the browser; the returned object
 * gets `base` (the site URL) and `browser` once the hooks have run.
 */
export function useSite({ extraArgs = [] } = {}) {
  const site = { base: null, browser: null, server: null };
  before(async () => {
    site.server = await serve(path.join(repo, "www"), 0);
    site.base = `http://127.0.0.1:${site.server.address().port}/`;
    site.browser = await launch(extraArgs);
    fs.mkdirSync(outDir, { recursive: true });
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((r) => (site.server ? site.server.close(r) : r()));
  });
  return site;
}

/** Collects the page's uncaught errors and console errors into the returned array. */
export function collectErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return errors;
}
