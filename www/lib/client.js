// ParallaxClient: runs analyses in a module Web Worker (www/lib/worker.js).
//
//   const client = new ParallaxClient();
//   const report = await client.analyze(input, { onProgress, signal });
//
// Errors are `Error`s with a string `.code`:
//   E_INPUT          the input is not {articles: [...]}
//   E_TOO_LARGE      the input is larger than `maxChars` (default 50 MB of text)
//   E_ABORTED        the AbortSignal fired (the worker is terminated and restarted)
//   E_WORKER_CRASHED the worker died (wasm trap, out of memory, failed to start)
//   E_WORKER_BLOCKED the page's policy does not let the worker start (Trusted Types without
//                    the 'parallax' policy allowed, a cross-origin worker URL)
//   E_WASM_LOAD / E_WASM_INIT   the wasm package could not be loaded
//   anything else    the code thrown by the wasm `analyze` (bad input etc.)

export const DEFAULT_MAX_CHARS = 50 * 1024 * 1024;
const WINDOW = 4; // pieces of a large Report in flight at once (worker.js flow control)

export function codedError(message, code, extra) {
  const e = new Error(message);
  e.code = code;
  if (extra) Object.assign(e, extra);
  return e;
}

/** Total size of an input's text, in UTF-16 code units (≈ bytes for ASCII). */
export function inputSize(input) {
  let n = 0;
  for (const a of input.articles) {
    if (!a || typeof a !== 'object') continue;
    if (typeof a.text === 'string') n += a.text.length;
    if (typeof a.html === 'string') n += a.html.length;
  }
  if (Array.isArray(input.targets)) for (const t of input.targets) n += String(t).length;
  return n;
}

// Trusted Types (`require-trusted-types-for 'script'`): `new Worker(url)` then needs a
// TrustedScriptURL. The client first starts the worker the plain way (the literal form that
// bundlers recognise; a host's `default` policy may allow it); when that throws a TypeError
// it creates a policy named 'parallax' that passes only the worker URLs this module starts,
// and uses it from then on. The policy object never leaves this module.
const OWN_WORKER = new URL('./worker.js', import.meta.url).href;
const trustedWorkers = new Set([OWN_WORKER]);
let policy; // undefined: not created yet; null: no Trusted Types, or the page forbids 'parallax'
let needsPolicy = false;

function trustedScriptUrl(href) {
  if (policy === undefined) {
    try {
      policy = globalThis.trustedTypes?.createPolicy('parallax', {
        createScriptURL: (url) => {
          if (trustedWorkers.has(url)) return url;
          throw new TypeError(`the parallax policy only allows its analysis worker, not ${url}`);
        },
      }) ?? null;
    } catch {
      policy = null; // a CSP `trusted-types` directive without 'parallax'
    }
  }
  return policy ? policy.createScriptURL(href) : null;
}

export class ParallaxClient {
  /**
   * @param {{workerUrl?: URL|string, maxChars?: number}} [opts]
   */
  constructor(opts = {}) {
    this.workerUrl = opts.workerUrl || null; // default: ./worker.js next to this module
    this.maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    this.worker = null;
    this.pending = new Map(); // id -> {input, resolve, reject, onProgress, cleanup}
    this.nextId = 1;
    this.restarts = 0;
  }

  /** Starts the worker now (optional; `analyze` starts it on demand). */
  warm() {
    try { this._ensure(); } catch { /* reported by the first analysis */ }
    return this;
  }

  _ensure() {
    if (this.worker) return this.worker;
    const opts = { type: 'module', name: 'parallax' };
    let w;
    try {
      if (needsPolicy) throw new TypeError('Trusted Types');
      // The literal `new Worker(new URL(...), {type: 'module'})` form lets bundlers find the worker.
      w = this.workerUrl
        ? new Worker(this.workerUrl, opts)
        : new Worker(new URL('./worker.js', import.meta.url), opts);
    } catch (e) {
      w = this._startTrusted(e, opts);
    }
    w.addEventListener('message', (e) => this._onMessage(w, e.data));
    w.addEventListener('error', (e) => {
      e.preventDefault?.();
      this._crash(w, `the analysis worker failed: ${e.message || 'error'}`);
    });
    w.addEventListener('messageerror', () => this._crash(w, 'the analysis worker sent an unreadable message'));
    this.worker = w;
    return w;
  }

  /** Starts the worker through the 'parallax' Trusted Types policy after `e` blocked it. */
  _startTrusted(e, opts) {
    const blocked = (why) => codedError(`the analysis worker cannot start: ${why}`, 'E_WORKER_BLOCKED');
    if (!(e instanceof TypeError) || !globalThis.trustedTypes) throw blocked(e && e.message ? e.message : String(e));
    const href = this.workerUrl ? new URL(String(this.workerUrl), globalThis.document?.baseURI ?? globalThis.location?.href).href : OWN_WORKER;
    trustedWorkers.add(href);
    const url = trustedScriptUrl(href);
    if (!url) {
      throw blocked('the page requires Trusted Types and does not allow a policy named "parallax" '
        + '(add it to the trusted-types directive, or let a default policy allow the worker URL)');
    }
    const w = new Worker(url, opts);
    needsPolicy = true;
    return w;
  }

  _onMessage(w, data) {
    if (w !== this.worker || !data) return;
    if (data.type === 'part') w.postMessage({ id: data.id, type: 'ack' }); // flow control (worker.js), even for a forgotten call
    const p = this.pending.get(data.id);
    if (!p) return;
    if (data.type === 'progress') {
      try { p.onProgress?.(data.phase); } catch (err) { console.error(err); }
      return;
    }
    if (data.type === 'head') { p.head = data.report; return; } // a large Report, in pieces (see worker.js)
    if (data.type === 'part') { if (p.head) assemble(p.head, [data]); return; }
    this.pending.delete(data.id);
    p.cleanup();
    if (data.ok) {
      // The wasm binding serialises with serde-wasm-bindgen's json_compatible settings (plain
      // objects, null for None, numbers), so the structured clone is already plain data: no
      // second deep copy on the main thread (it stalled the page with 10,000 articles).
      // A large Report came in pieces, one task each, already put together in `head`.
      p.resolve({ report: data.report ?? p.head, ms: data.ms });
    } else {
      const err = data.error || {};
      p.reject(codedError(err.message || 'analysis failed', err.code || 'E_ANALYZE'));
      if (err.fatal) this._restart([]);
    }
  }

  /** The worker died: every pending call fails with E_WORKER_CRASHED. */
  _crash(w, message) {
    if (w !== this.worker) return;
    const all = [...this.pending.values()];
    this.pending.clear();
    this._restart([]);
    for (const p of all) {
      p.cleanup();
      p.reject(codedError(message, 'E_WORKER_CRASHED'));
    }
  }

  /** Terminates the worker; re-posts the calls in `keep` to a fresh one. */
  _restart(keep) {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.restarts++;
    if (keep.length) {
      let w;
      try {
        w = this._ensure();
      } catch (e) {
        for (const [id, p] of keep) { this.pending.delete(id); p.cleanup(); p.reject(e); }
        return;
      }
      for (const [id, p] of keep) {
        p.head = null; // pieces from the old worker are void
        w.postMessage({ id, type: 'analyze', input: p.input, window: WINDOW });
      }
    }
  }

  /**
   * Analyses `input` ({articles, targets?, options?}).
   * Resolves with the Report; `detail` with {report, ms} when `opts.detail` is true.
   * @returns {Promise<object>}
   */
  analyze(input, opts = {}) {
    const { onProgress, signal } = opts;
    if (!input || typeof input !== 'object' || !Array.isArray(input.articles)) {
      return Promise.reject(codedError('input must be an object with an "articles" array', 'E_INPUT'));
    }
    if (signal?.aborted) return Promise.reject(abortError());
    const size = inputSize(input);
    if (size > this.maxChars) {
      const mb = (size / 1048576).toFixed(1);
      return Promise.reject(codedError(
        `input too large: ${mb} MB of text (limit ${(this.maxChars / 1048576).toFixed(0)} MB)`, 'E_TOO_LARGE'));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => this._abort(id);
      const cleanup = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        input,
        onProgress,
        cleanup,
        resolve: (r) => resolve(opts.detail ? r : r.report),
        reject,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      let w;
      try {
        w = this._ensure();
      } catch (e) {
        this.pending.delete(id);
        cleanup();
        reject(e.code ? e : codedError(`the analysis worker cannot start: ${e.message}`, 'E_WORKER_BLOCKED'));
        return;
      }
      try {
        w.postMessage({ id, type: 'analyze', input, window: WINDOW });
      } catch (e) {
        // e.g. DataCloneError for inputs that cannot be copied to the worker
        this.pending.delete(id);
        cleanup();
        reject(codedError(`cannot send the input to the worker: ${e.message}`, 'E_INPUT'));
      }
    });
  }

  _abort(id) {
    const p = this.pending.get(id);
    if (!p) return;
    const inFlight = id === Math.min(...this.pending.keys());
    this.pending.delete(id);
    p.cleanup();
    // A running wasm call cannot be interrupted: kill the worker, re-post the other calls.
    // A queued call is simply forgotten (its late reply is ignored).
    if (inFlight) this._restart([...this.pending]);
    p.reject(abortError());
  }

  /** Stops the worker and fails every pending call with E_ABORTED. */
  dispose() {
    const all = [...this.pending.values()];
    this.pending.clear();
    if (this.worker) this.worker.terminate();
    this.worker = null;
    for (const p of all) { p.cleanup(); p.reject(abortError()); }
  }
}

/** Appends each part's items to the array (or id-keyed map) at its path in `report`. */
export function assemble(report, parts) {
  for (const { path, items } of parts) {
    let at = report;
    for (const k of path) at = at[k];
    if (Array.isArray(at)) {
      for (const x of items) at.push(x);
    } else {
      for (const [k, v] of items) Object.defineProperty(at, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return report;
}

function abortError() {
  return codedError('analysis cancelled', 'E_ABORTED', { name: 'AbortError' });
}

let shared = null;
/** One client shared by every widget on the page. */
export function sharedClient() {
  if (!shared) shared = new ParallaxClient();
  return shared;
}
