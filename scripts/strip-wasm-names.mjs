// Drops the "name" custom section (function names, ~29 KB gzipped) from a built .wasm.
// Done after wasm-bindgen, which needs the module's target_features section that
// `strip = true` in Cargo.toml would also remove. Usage: node scripts/strip-wasm-names.mjs FILE
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const b = readFileSync(file);
if (b.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);
const leb = (at) => { // unsigned LEB128 -> [value, next offset]
  let v = 0, shift = 0, byte;
  do { byte = b[at++]; v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [v, at];
};
const keep = [b.subarray(0, 8)];
let at = 8, dropped = 0;
while (at < b.length) {
  const start = at;
  const id = b[at];
  const [size, body] = leb(at + 1);
  const end = body + size;
  let name = "";
  if (id === 0) {
    const [len, s] = leb(body);
    name = b.subarray(s, s + len).toString("utf8");
  }
  if (id === 0 && name === "name") dropped += end - start;
  else keep.push(b.subarray(start, end));
  at = end;
}
writeFileSync(file, Buffer.concat(keep));
console.log(`strip-wasm-names: ${file}: removed ${dropped} bytes`);
