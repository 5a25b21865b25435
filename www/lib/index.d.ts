export * from "./types.js";
import type { Input, Report } from "./types.js";

/**
 * Loads the WebAssembly module (once; later calls return the same promise). In browsers the
 * .wasm is fetched next to this package; pass a URL, Response, bytes or a compiled
 * WebAssembly.Module to load it from elsewhere. In Node the module is ready at import time.
 */
export function init(wasm?: URL | string | Response | BufferSource | WebAssembly.Module): Promise<void>;

/**
 * Analyses articles about one story: stance highlighting per article and the comparison.
 * Synchronous once init() has resolved; throws a ParallaxError (with `code`) on bad input.
 */
export function analyze(input: Input): Report;

/** The version of the Rust core. */
export function version(): string;

/** Current size of the wasm linear memory in bytes (it only grows), for diagnostics. */
export function memoryBytes(): number;
