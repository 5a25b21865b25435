// Parallax analysis worker (module worker).
//
// Protocol (messages from the page):
//   {id, type: 'analyze', input}   -> run one analysis
//   {id, type: 'memory'}           -> {id, ok: true, memory: {wasmBytes}} (diagnostics, tests)
//   {type: 'crash-for-test', mode} -> test hook (tests/e2e/hostile.test.mjs): the NEXT analyze
//       crashes for real inside WebAssembly, as a bug or exhausted memory would: mode 'oom'
//       allocates in the Parallax instance until its allocator aborts (4 GB limit); mode
//       'trap' runs a one-instruction `unreachable` function. No reply.
// Replies:
//   {type: 'progress', id, phase}  phase: 'loading' | 'analysing' | 'rendering'
//   {id, ok: true, report, ms}     ms = wall time of the wasm call
//   {id, ok: false, error: {message, code, fatal?}}
// A wasm trap (RuntimeError: unreachable, out of memory) leaves the instance unusable:
// the worker reports it with code 'E_WORKER_CRASHED', fatal: true, and closes itself so the
// client starts a fresh one.

let ready = null; // Promise<module> once initialisation started
let wasm = null; // the instance's exports (its memory)
let crashNext = null; // test hook: 'oom' | 'trap'

function load() {
  if (!ready) {
    ready = (async () => {
      let mod;
      try {
        mod = await import('../pkg/parallax.js');
      } catch (e) {
        throw coded(`cannot load the Parallax module (www/pkg): ${msg(e)}`, 'E_WASM_LOAD');
      }
      try {
        wasm = await mod.default();
      } catch (e) {
        throw coded(`cannot initialise WebAssembly: ${msg(e)}`, 'E_WASM_INIT');
      }
      return mod;
    })();
    ready.catch(() => { ready = null; }); // allow a retry on the next message
  }
  return ready;
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
    const report = mod.analyze(data.input);
    const ms = performance.now() - t0;
    self.postMessage({ type: 'progress', id, phase: 'rendering' });
    self.postMessage({ id, ok: true, report, ms });
  } catch (e) {
    const error = errorOf(e);
    self.postMessage({ id, ok: false, error });
    if (error.fatal) self.close();
  }
});
