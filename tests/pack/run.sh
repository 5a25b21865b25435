#!/usr/bin/env bash
# Packs the npm package, installs the tarball into a fresh folder and uses it the way a
# user would: import from Node (ESM), and type-check a TypeScript consumer against it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
TGZ=$(npm pack --silent --pack-destination "$TMP")
# (The listing is captured first: `tar | grep -q` would die of SIGPIPE under pipefail.)
LIST=$(tar -tzf "$TMP/$TGZ")
echo "packed $TGZ ($(wc -c < "$TMP/$TGZ") bytes): $(wc -l <<< "$LIST") files"
grep -q 'package/www/pkg/parallax_bg.wasm' <<< "$LIST" || { echo "tarball lacks the .wasm"; exit 1; }
if grep -qE 'corpus|tests/|src/' <<< "$LIST"; then echo "tarball ships files it should not"; exit 1; fi
mkdir "$TMP/app" && cd "$TMP/app"
echo '{"name":"consumer","private":true,"type":"module"}' > package.json
npm install --silent --no-audit --no-fund --offline "$TMP/$TGZ"
cat > use.mjs <<'JS'
import { analyze, version } from "parallax";
import assert from "node:assert/strict";
const r = analyze({ articles: [
  { id: "a", text: "Critics said the reckless plan would fail. The minister defended it." },
  { id: "b", html: "<p>The plan is a <b>welcome</b> step.</p><script>throw 1</script>" },
], targets: ["plan"] });
assert.equal(r.articles.length, 2);
assert.equal(r.articles[1].text, "The plan is a welcome step.");
assert.equal(r.targets[0].label, "plan");
console.log(`parallax ${version()} from the tarball: ok`);
JS
node use.mjs
cat > use.ts <<'TS'
import { analyze, type Report } from "parallax";
const r: Report = analyze({ articles: [{ id: "a", text: "x" }] });
const n: number = r.articles[0].metrics.words;
console.log(n);
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "types": [] }, "files": ["use.ts"] }
JSON
node "$ROOT/node_modules/typescript/bin/tsc" -p tsconfig.json
echo "typescript consumer of the tarball: ok"
