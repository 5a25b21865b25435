// Parallax analysis worker (module worker).
//
// Protocol (messages from the page):
//   {id, type: 'analyze', input}   -> run one analysis
// Replies:
//   {type: 'progress', id, phase}  phase: 'loading' | 'analysing' | 'rendering'
//   {id, ok: true, report, ms}     ms = wall time of the wasm call
//   {id, ok: false, error: {message, code, fatal?}}
// A wasm trap (RuntimeError: unreachable, out of memory) leaves the instance unusable:
// the worker reports it with code 'E_WORKER_CRASHED', fatal: true, and closes itself so the
// client starts a fresh one.

let ready = null; // Promise<module> once initialisation started

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
        await mod.default();
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

self.addEventListener('message', async (event) => {
  const data = event.data || {};
  const { id } = data;
  if (data.type !== 'analyze') {
    self.postMessage({ id, ok: false, error: { message: `unknown message type ${data.type}`, code: 'E_PROTOCOL' } });
    return;
  }
  try {
    self.postMessage({ type: 'progress', id, phase: 'loading' });
    const mod = await load();
    self.postMessage({ type: 'progress', id, phase: 'analysing' });
    const t0 = performance.now();
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
