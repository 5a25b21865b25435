// Parallax analysis worker (module worker).
//
// Protocol (messages from the page):
//   {id, type: 'analyze', input, window?} -> run one analysis; with `window` (a number) a
//       large Report is sent with flow control: at most `window` 'part' messages that the
//       page has not acknowledged with {id, type: 'ack'} (one per part) are in flight
//   {id, type: 'memory'}           -> {id, ok: true, memory: {wasmBytes}} (diagnostics, tests)
//   {type: 'crash-for-test', mode} -> test hook (tests/e2e/hostile.test.mjs): the NEXT analyze
//       crashes for real inside WebAssembly, as a bug or exhausted memory would: mode 'oom'
//       allocates in the Parallax instance until its allocator aborts (4 GB limit); mode
//       'trap' runs a one-instruction `unreachable` function. No reply.
// Replies:
//   {type: 'progress', id, phase}  phase: 'loading' | 'analysing' | 'rendering'
//   {id, ok: true, report, ms}     ms = wall time of the wasm call
//   {id, ok: false, error: {message, code, fatal?}}
// A large Report is not posted in one message: its structured clone would be deserialised
// by the page in one task (≈ 0.5 s at 10,000 articles, as long for one article of 200,000
// sentences). It comes as
//   {id, type: 'head', report}      the Report with its big arrays and maps empty, then
//   {id, type: 'part', path, items} pieces of at most about PART_WEIGHT values each: `path`
//       names an array (or id-keyed map) of the head, e.g. ['articles'],
//       ['articles', 3, 'sentences'], ['comparison', 'terms']; `items` are appended to it in
//       order (for a map: [key, value] entries), and finally
//   {id, ok: true, ms}              without `report`: the assembled head is the Report.
// Each message is its own task in the page, so the page stays responsive while it arrives.
//
// The worker starts loading and compiling the wasm as soon as it starts (not on the first
// message) and runs one tiny analysis to build the lexicon tables, so that the first real
// analysis does not pay for them.
// A wasm trap (RuntimeError: unreachable, out of memory) leaves the instance unusable:
// the worker reports it with code 'E_WORKER_CRASHED', fatal: true, and closes itself so the
// client starts a fresh one.

let ready = null; // Promise<module> once initialisation started
let wasm = null; // the instance's exports (its memory)
let crashNext = null; // test hook: 'oom' | 'trap'

function load() {
  if (!ready) {
    ready = (async () => {
      // The .wasm is fetched and compiled (streaming) while its JS glue is still loading.
      const compiled = typeof WebAssembly.compileStreaming === 'function'
        ? WebAssembly.compileStreaming(fetch(new URL('../pkg/parallax_bg.wasm', import.meta.url))) : null;
      compiled?.catch(() => {}); // reported below
      let mod;
      try {
        mod = await import('../pkg/parallax.js');
      } catch (e) {
        throw coded(`cannot load the Parallax module (www/pkg): ${msg(e)}`, 'E_WASM_LOAD');
      }
      try {
        wasm = await mod.default(compiled ? { module_or_path: await compiled } : undefined);
      } catch (e) {
        throw coded(`cannot initialise WebAssembly: ${msg(e)}`, 'E_WASM_INIT');
      }
      return mod;
    })();
    ready.catch(() => { ready = null; }); // allow a retry on the next message
  }
  return ready;
}

// Start at once: the page starts the worker early and loads its articles meanwhile.
load().then((mod) => {
  try { mod.analyze({ articles: [{ id: 'warm-up', text: 'Critics said the plan may be a reckless mistake.' }] }); } catch { /* ignore */ }
}, () => { /* reported with the first analysis */ });

const PART_WEIGHT = 20_000; // values (numbers, strings, objects) per 'part' message, roughly

/** A rough count of the values in `v` (how much a structured clone of it costs). */
function weight(v) {
  if (v === null || typeof v !== 'object') return 1;
  let n = 1;
  if (Array.isArray(v)) for (const x of v) n += weight(x);
  else for (const k in v) n += weight(v[k]);
  return n;
}

/** Posts a Report: a small one in one message, a large one in pieces (see the protocol above). */
const flows = new Map(); // id -> {acked, wake}: acknowledged parts of a Report being posted

async function postReport(id, report, ms, inFlight) {
  const parts = [];
  let size = 0;
  // Appends the items of `list` to `path` in pieces; `big(x)` = whether x must be split too.
  const split = (path, list, big) => {
    let items = [];
    let w = 0;
    const flush = () => { if (items.length) { parts.push({ id, type: 'part', path, items }); items = []; w = 0; } };
    list.forEach((x, i) => {
      const sub = big && big(x, i);
      const xw = sub ? 1 : weight(x);
      if (w + xw > PART_WEIGHT) flush();
      items.push(sub ? sub.head : x);
      w += xw;
      size += xw;
      if (sub) { flush(); sub.rest(); }
    });
    flush();
  };
  const arts = report.articles || [];
  const c = report.comparison;
  const skeleton = { ...report, articles: [] };
  split(['articles'], arts, (a, i) => {
    if ((a.sentences || []).length < 2000) return null;
    return { head: { ...a, sentences: [] }, rest: () => split(['articles', i, 'sentences'], a.sentences) };
  });
  if (c && typeof c === 'object') {
    skeleton.comparison = { ...c };
    for (const k of ['similarity', 'reuse', 'claims', 'voices']) {
      if (Array.isArray(c[k])) { skeleton.comparison[k] = []; split(['comparison', k], c[k]); }
    }
    for (const k of ['unique', 'terms']) {
      if (c[k] && typeof c[k] === 'object') { skeleton.comparison[k] = {}; split(['comparison', k], Object.entries(c[k])); }
    }
  }
  if (size <= PART_WEIGHT) { self.postMessage({ id, ok: true, report, ms }); return; }
  self.postMessage({ id, type: 'head', report: skeleton });
  if (!(inFlight > 0)) {
    for (const p of parts) self.postMessage(p);
  } else {
    // At most `inFlight` parts the page has not acknowledged yet: a flood of messages would
    // keep the page's timers and frames waiting behind them.
    const flow = { acked: 0, wake: null };
    flows.set(id, flow);
    try {
      for (let i = 0; i < parts.length; i++) {
        while (i - flow.acked >= inFlight) await new Promise((r) => { flow.wake = r; });
        self.postMessage(parts[i]);
      }
    } finally {
      flows.delete(id);
    }
  }
  self.postMessage({ id, ok: true, ms });
}

function msg(e) {
  if (e && typeof e === 'object' && 'message' in e) return String(e.message);
  return String(e);
}

function coded(message, code) {
  const e = new Error(message);
  e.code = code;
  return e;
}

function isFatal(e) {
  if (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) return true;
  if (e instanceof RangeError && /memory|allocation/i.test(String(e.message))) return true;
  return false;
}

function errorOf(e) {
  if (isFatal(e)) {
    return { message: `analysis crashed: ${msg(e)}`, code: 'E_WORKER_CRASHED', fatal: true };
  }
  const code = e && typeof e === 'object' && typeof e.code === 'string' ? e.code : 'E_ANALYZE';
  return { message: msg(e) || 'analysis failed', code };
}

/** Test hook: a real wasm trap — `unreachable`, or Parallax's allocator out of memory. */
function crashForTest() {
  const mode = crashNext;
  crashNext = null;
  if (mode === 'trap') {
    // (module (func (export "trap") unreachable))
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
      7, 8, 1, 4, 116, 114, 97, 112, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.trap();
  }
  // 256 MB blocks, never freed, until the instance's memory cannot grow: the Rust allocator
  // then aborts (RuntimeError: unreachable), exactly as an analysis running out of memory.
  for (let i = 0; i < 64; i++) wasm.__wbindgen_malloc(1 << 28, 8);
}

self.addEventListener('message', async (event) => {
  const data = event.data || {};
  const { id } = data;
  if (data.type === 'ack') { // the page has taken one part of Report `id`
    const flow = flows.get(id);
    if (flow) { flow.acked++; flow.wake?.(); flow.wake = null; }
    return;
  }
  if (data.type === 'crash-for-test') { crashNext = data.mode === 'trap' ? 'trap' : 'oom'; return; }
  if (data.type === 'memory') {
    self.postMessage({ id, ok: true, memory: { wasmBytes: wasm ? wasm.memory.buffer.byteLength : 0 } });
    return;
  }
  if (data.type !== 'analyze') {
    self.postMessage({ id, ok: false, error: { message: `unknown message type ${data.type}`, code: 'E_PROTOCOL' } });
    return;
  }
  try {
    self.postMessage({ type: 'progress', id, phase: 'loading' });
    const mod = await load();
    self.postMessage({ type: 'progress', id, phase: 'analysing' });
    const t0 = performance.now();
    if (crashNext) crashForTest();
    let report = mod.analyze(data.input);
    const ms = performance.now() - t0;
    if (typeof report === 'string') report = JSON.parse(report); // a binding that returns JSON text
    self.postMessage({ type: 'progress', id, phase: 'rendering' });
    await postReport(id, report, ms, data.window);
  } catch (e) {
    const error = errorOf(e);
    self.postMessage({ id, ok: false, error });
    if (error.fatal) self.close();
  }
});
