// Where the bytes of a .wasm go: a tiny reader of the WebAssembly binary format (no
// dependency). Section sizes; with a name section (a build that keeps names, see
// scripts/bench.sh), per-function code sizes; with a wasm-ld map file, per-symbol data sizes.
//   node tests/bench/wasm-sections.mjs FILE.wasm [MAP LINKED.wasm] [--json]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const SECTIONS = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start",
  "element", "code", "data", "datacount", "tag"];

class Reader {
  constructor(buf, pos = 0) { this.b = buf; this.p = pos; }
  u8() { return this.b[this.p++]; }
  leb() { // unsigned LEB128 (≤ 32 bits here)
    let r = 0, shift = 0, byte;
    do { byte = this.b[this.p++]; r += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return r;
  }
  str() { const n = this.leb(); const s = this.b.toString("utf8", this.p, this.p + n); this.p += n; return s; }
}

/** A readable Rust path: demangles legacy symbols (_ZN…E) and drops hashes and crate
 *  disambiguators (wasm-ld writes names already demangled, with `::h0123…` and `core[abcd…]`). */
export function demangle(name) {
  if (name.startsWith("_ZN")) {
    const r = [];
    let i = 3;
    while (i < name.length && name[i] !== "E") {
      let n = 0;
      while (/[0-9]/.test(name[i])) n = n * 10 + Number(name[i++]);
      if (!n) break;
      r.push(name.slice(i, i + n));
      i += n;
    }
    name = r.join("::")
      .replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ").replace(/\$u27\$/g, "'")
      .replace(/\$RF\$/g, "&").replace(/\$C\$/g, ",").replace(/\$BP\$/g, "*").replace(/\$u7b\$/g, "{")
      .replace(/\$u7d\$/g, "}").replace(/\$u5b\$/g, "[").replace(/\$u5d\$/g, "]").replace(/\.\./g, "::");
  }
  if (name.startsWith("_R")) { // v0 mangling, simplified: the identifiers of the path
    const t = name.replace(/(?<=[A-Z])s[0-9a-zA-Z]*_/g, "");
    const ids = [];
    for (let i = 2; i < t.length;) {
      const m = t.slice(i).match(/^(\d+)_?([A-Za-z_][A-Za-z0-9_]*)/);
      if (m && Number(m[1]) > 0 && m[2].length >= Number(m[1])) { ids.push(m[2].slice(0, Number(m[1]))); i += m[1].length + (m[0].length - m[1].length - m[2].length) + Number(m[1]); } else i++;
    }
    if (ids.length) name = ids.join("::");
  }
  return name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
}

/** Sections, function bodies and names of a wasm binary. */
export function parseWasm(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm binary");
  const r = new Reader(buf, 8);
  const sections = [];
  let imported = 0;
  const bodies = [];
  const names = new Map();
  const dataSegments = [];
  while (r.p < buf.length) {
    const id = r.u8();
    const size = r.leb();
    const start = r.p;
    const end = start + size;
    let name = SECTIONS[id] ?? `unknown-${id}`;
    if (id === 0) name = `custom "${new Reader(buf, start).str()}"`;
    sections.push({ id, name, bytes: buf.subarray(start, end) });
    if (id === 2) { // imports: count imported functions (they take the first function indices)
      const s = new Reader(buf, start);
      for (let n = s.leb(); n > 0; n--) {
        s.str(); s.str();
        const kind = s.u8();
        if (kind === 0) { s.leb(); imported++; } else if (kind === 1) { s.u8(); const f = s.u8(); s.leb(); if (f & 1) s.leb(); }
        else if (kind === 2) { const f = s.u8(); s.leb(); if (f & 1) s.leb(); } else if (kind === 3) { s.u8(); s.u8(); } else s.leb();
      }
    } else if (id === 10) {
      const s = new Reader(buf, start);
      for (let n = s.leb(), i = 0; i < n; i++) { const len = s.leb(); bodies.push({ index: imported + i, size: len }); s.p += len; }
    } else if (id === 11) {
      const s = new Reader(buf, start);
      for (let n = s.leb(); n > 0; n--) {
        const flags = s.leb();
        if (flags === 2) s.leb();
        if (flags !== 1) { while (buf[s.p] !== 0x0b) s.p++; s.p++; } // offset expression (i32.const N end)
        const len = s.leb();
        dataSegments.push(len);
        s.p += len;
      }
    } else if (id === 0 && name === 'custom "name"') {
      const s = new Reader(buf, start);
      s.str();
      while (s.p < end) {
        const sub = s.u8();
        const len = s.leb();
        const next = s.p + len;
        if (sub === 1) for (let n = s.leb(); n > 0; n--) { const idx = s.leb(); names.set(idx, s.str()); }
        s.p = next;
      }
    }
    r.p = end;
  }
  for (const b of bodies) b.name = demangle(names.get(b.index) ?? `func[${b.index}]`);
  return { sections, bodies, dataSegments, hasNames: names.size > 0 };
}

/** Groups a demangled path by the crate or module that owns it (the generic argument's owner
 *  for `<T as Trait>` impls: `<parallax::x::Y as serde::Deserialize>` counts for parallax::x). */
export function owner(name) {
  let n = name.startsWith("<") ? name.slice(1) : name;
  n = n.replace(/^(&|\*const |\*mut |mut |dyn )+/, "");
  const parts = n.split(/::|<| as |>/).filter(Boolean);
  const p0 = parts[0] ?? "";
  if (p0 === "parallax") return parts.slice(0, Math.min(2, parts.length - 1)).join("::") || "parallax";
  if (/^(core|alloc|std)$/.test(p0)) return `${p0}::${parts[1] ?? ""}`;
  if (/^(str|f32|f64|u8|u16|u32|u64|usize|i32|i64|char|bool|\[)/.test(p0)) return "core (primitive methods)";
  if (/^func\[/.test(name)) return "(unnamed)";
  return p0 || "(other)";
}

/** Data pieces from a wasm-ld map file (`--Map=FILE`): the input sections placed in the
 *  output .rodata/.data, with their file offset into the linked .wasm and their size. */
export function mapData(text) {
  const out = [];
  let section = "";
  for (const line of text.split("\n")) {
    const m = line.match(/^\s*([0-9a-f]+|-)\s+([0-9a-f]+)\s+([0-9a-f]+)\s(\s*)(\S.*)$/i);
    if (!m) continue;
    const [, , off, size, indent, what] = m;
    if (indent.length === 0) { section = what.trim(); continue; } // an output section
    if (!/^\.(rodata|data)/.test(section)) continue;
    const inner = what.match(/:\((\.(?:rodata|data|bss)\.?(.*))\)$/);
    if (!inner) { if (what.startsWith("<internal>")) out.push({ section, off: parseInt(off, 16), size: parseInt(size, 16), name: "(linker-generated)" }); continue; }
    const sym = inner[2];
    const name = sym.startsWith(".Lanon") || sym === "" ? null : demangle(sym);
    out.push({ section, off: parseInt(off, 16), size: parseInt(size, 16), name });
  }
  return out;
}

/** Rust source files under `dir`, as [path, text]. */
function rustSources(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p); else if (e.name.endsWith(".rs")) out.push([p, readFileSync(p, "utf8")]);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The string tables of the source (`static NAME: &str = "…"`), with their first bytes. */
function sourceTables(sources) {
  const out = [];
  const unesc = (x) => x.replace(/\\(.)/g, (_, c) => ({ t: "\t", n: "\n", r: "\r", 0: "\0" })[c] ?? c);
  for (const [file, text] of sources) {
    for (const m of text.matchAll(/(?:static|const)\s+(\w+)\s*:\s*&(?:'static\s+)?str\s*=\s*"((?:[^"\\]|\\.){24})/g)) {
      out.push({ label: `${file.replace(/^.*?src\//, "src/")}: ${m[1]}`, head: Buffer.from(unesc(m[2]), "utf8") });
    }
  }
  return out;
}

/** Names a piece of merged constant data by the source string tables found inside it. */
function labelBlob(bytes, tables) {
  const found = tables.filter((t) => bytes.indexOf(t.head) >= 0).map((t) => t.label.replace(/^.*: /, ""));
  if (!found.length) return null;
  return `string tables ${found.join(", ")} (+ other literals)`;
}

export function report(file, mapFile, opts = {}) {
  const buf = readFileSync(file);
  const w = parseWasm(buf);
  const total = buf.length;
  const sections = w.sections.map((s) => ({ name: s.name, bytes: s.bytes.length, gzip: gzipSync(s.bytes, { level: 9 }).length }));
  const byOwner = new Map();
  for (const b of w.bodies) byOwner.set(owner(b.name), (byOwner.get(owner(b.name)) ?? 0) + b.size);
  const owners = [...byOwner].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  const functions = [...w.bodies].sort((a, b) => b.size - a.size).slice(0, 25).map((b) => ({ name: b.name, bytes: b.size }));
  let data = null;
  if (mapFile) {
    // The map describes the linked (pre-wasm-bindgen) module `file` was built from; offsets
    // refer to that module, so `linked` must be the .wasm written with the map.
    const linked = readFileSync(opts.linked ?? file);
    const tables = sourceTables(rustSources(opts.src ?? "src"));
    data = mapData(readFileSync(mapFile, "utf8")).map((d) => {
      const bytes = linked.subarray(d.off, d.off + d.size);
      const name = d.name ?? labelBlob(bytes, tables) ?? `(string/const data: "${bytes.subarray(0, 32).toString("latin1").replace(/[^\x20-\x7e]/g, "·")}…")`;
      return { name, bytes: d.size, gzip: gzipSync(bytes, { level: 9 }).length };
    }).sort((a, b) => b.bytes - a.bytes);
  }
  return { file, total, gzip: gzipSync(buf, { level: 9 }).length, hasNames: w.hasNames, sections, owners,
    functions, functionCount: w.bodies.length, dataSegments: w.dataSegments.length, data };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, map, linked] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const r = report(file, map, { linked });
  if (process.argv.includes("--json")) { console.log(JSON.stringify(r, null, 2)); process.exit(0); }
  console.log(`${file}: ${r.total} bytes, ${r.gzip} gzipped, ${r.functionCount} functions`);
  for (const s of r.sections) console.log(`  ${s.name.padEnd(28)} ${String(s.bytes).padStart(9)} ${String(s.gzip).padStart(9)} gz`);
  if (r.hasNames) {
    console.log("code by owner:");
    for (const o of r.owners.slice(0, 20)) console.log(`  ${o.name.padEnd(40)} ${String(o.bytes).padStart(9)}`);
    console.log("largest functions:");
    for (const f of r.functions) console.log(`  ${String(f.bytes).padStart(7)} ${f.name.slice(0, 110)}`);
  }
  if (r.data) {
    console.log("largest data symbols:");
    for (const d of r.data.slice(0, 20)) console.log(`  ${String(d.bytes).padStart(7)} ${String(d.gzip).padStart(7)} gz  ${d.name.slice(0, 100)}`);
  }
}
