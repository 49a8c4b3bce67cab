#!/usr/bin/env bash
# The CDK Terrain (cdktn) flavour: the package `cdktn-cloudflare-api-tokens` (npm and PyPI, module
# cdktn_cloudflare_api_tokens), built from the same src/ as the cdktf package into flavours/cdktn/pkg/ (not in git).
#   bash scripts/flavour/cdktn.sh tools     # install the flavour's framework + bindings generator (flavours/cdktn/package-lock.json)
#   bash scripts/flavour/cdktn.sh compile   # tools, then generate pkg/ (rewritten imports, regenerated bindings) and jsii-compile it
#   bash scripts/flavour/cdktn.sh dist      # compile, then pack it: dist/js/*.tgz, dist/python/*.whl + *.tar.gz next to the cdktf ones
#   bash scripts/flavour/cdktn.sh test      # the root's unit test files, rewritten the same way, against the flavour (extra args go to jest)
#   bash scripts/flavour/cdktn.sh check     # compile, then: assembly parity with the cdktf package's .jsii (compile that first),
#                                           # and jsii-diff against the flavour's own baseline api/cdktn-baseline.json
#   bash scripts/flavour/cdktn.sh baseline  # compile, then accept its public API as api/cdktn-baseline.json
# The jsii tools (jsii, jsii-rosetta, jsii-pacmak) are the root project's, so both flavours build with the same ones.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FLAVOUR="$ROOT/flavours/cdktn"
PKG="$FLAVOUR/pkg"
BIN="$ROOT/node_modules/.bin"
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

log() { printf '[cdktn flavour] %s\n' "$*"; }

tools() {
  local stamp="$FLAVOUR/node_modules/.installed-lock"
  if [[ -f $stamp ]] && cmp -s "$stamp" "$FLAVOUR/package-lock.json"; then return; fi
  log "installing the flavour's tools (npm ci in flavours/cdktn)"
  (cd "$FLAVOUR" && npm ci --no-audit --no-fund)
  cp "$FLAVOUR/package-lock.json" "$stamp"
}

generate() {
  tools
  (cd "$ROOT" && "$BIN/ts-node" --project tsconfig.dev.json scripts/flavour/generate-cdktn-package.ts "$@")
}

compile() {
  generate
  cd "$PKG"
  "$BIN/jsii" --silence-warnings=reserved-word
  # As the cdktf package's post-compile: the docs' examples compile, and Python gets them translated.
  "$BIN/jsii-rosetta" extract --compile --fail .jsii
}

dist() {
  compile
  cd "$PKG"
  rm -rf dist
  "$BIN/jsii-pacmak" -v --target js --target python
  mkdir -p "$ROOT/dist/js" "$ROOT/dist/python"
  cp dist/js/*.tgz "$ROOT/dist/js/"
  cp dist/python/*.whl dist/python/*.tar.gz "$ROOT/dist/python/"
  log "packed: $(cd dist && ls js/*.tgz python/*.whl python/*.tar.gz | tr '\n' ' ')(copied to dist/)"
}

unit_tests() {
  generate --tests
  cd "$ROOT"
  "$BIN/jest" --ci --config "$PKG/jest.config.json" "$@"
}

check() {
  [[ -f $ROOT/.jsii ]] || { log "no .jsii of the cdktf package: compile it first (npx projen compile)"; exit 1; }
  compile
  cd "$ROOT"
  "$BIN/ts-node" --project tsconfig.dev.json scripts/flavour/assembly-parity.ts .jsii "$PKG/.jsii"
  PACKAGE_DIR="$PKG" BASELINE=api/cdktn-baseline.json bash scripts/api-compat.sh check
}

command="${1:-}"
shift || true
case "$command" in
  tools) tools ;;
  compile) compile ;;
  dist) dist ;;
  test) unit_tests "$@" ;;
  check) check ;;
  baseline) compile && cd "$ROOT" && PACKAGE_DIR="$PKG" BASELINE=api/cdktn-baseline.json bash scripts/api-compat.sh baseline ;;
  *) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac
