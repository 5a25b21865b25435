#!/usr/bin/env bash
# npm start: install what is missing, build, and serve the demo on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "Parallax demo: http://127.0.0.1:${PORT:-8080}/"
exec node www/serve.mjs "${PORT:-8080}"
