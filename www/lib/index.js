// Browser (and bundler) entry of the npm package: `await init(); analyze(input)`.
import initWasm, { analyze as analyzeWasm, version as versionWasm } from "../pkg/parallax.js";

let ready = null;
let loaded = false;
let exports = null;

/** Loads the wasm module once; see index.d.ts. */
export function init(wasm) {
  ready ??= initWasm(wasm === undefined ? undefined : { module_or_path: wasm }).then((e) => {
    exports = e;
    loaded = true;
  });
  return ready;
}

function notReady() {
  const e = new Error("Parallax is not initialised: await init() before analyze()");
  e.code = "E_NOT_INITIALIZED";
  return e;
}

/** Analyses an Input; see index.d.ts. */
export function analyze(input) {
  if (!loaded) throw notReady();
  return analyzeWasm(input);
}

/** The version of the Rust core. */
export function version() {
  if (!loaded) throw notReady();
  return versionWasm();
}

/** Current size of the wasm linear memory in bytes (it only grows), for diagnostics. */
export function memoryBytes() {
  if (!loaded) throw notReady();
  return exports.memory.buffer.byteLength;
}
