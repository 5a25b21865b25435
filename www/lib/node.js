// Node entry of the npm package: the wasm module is loaded synchronously at import time,
// so `import { analyze } from "parallax"` is ready to use.
import { readFileSync } from "node:fs";
import { initSync, analyze as analyzeWasm, version as versionWasm } from "../pkg/parallax.js";

const exports = initSync({ module: readFileSync(new URL("../pkg/parallax_bg.wasm", import.meta.url)) });

/** Already initialised in Node; kept for symmetry with the browser entry. */
export async function init() {}

/** Analyses an Input; see index.d.ts. */
export function analyze(input) {
  return analyzeWasm(input);
}

/** The version of the Rust core. */
export function version() {
  return versionWasm();
}

/** Current size of the wasm linear memory in bytes (it only grows), for diagnostics. */
export function memoryBytes() {
  return exports.memory.buffer.byteLength;
}
