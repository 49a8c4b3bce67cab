#!/usr/bin/env bash
# The CDK Terrain (cdktn) flavour: the package `cdktn-cloudflare-api-tokens` (npm and PyPI, module
# cdktn_cloudflare_api_tokens), built from the same src/ as the cdktf package into flavours/cdktn/pkg/ (not in git).
#   bash scripts/flavour/cdktn.sh tools     # install the flavour's framework + bindings generator (flavours/cdktn/package-lock.json)
#   bash scripts/flavour/cdktn.sh generate  # tools, then generate pkg/ with the tests and examples, uncompiled (the end-to-end apps run it)
#   bash scripts/flavour/cdktn.sh compile   # tools, then generate pkg/ (rewritten imports, regenerated bindings) and jsii-compile it
#   bash scripts/flavour/cdktn.sh dist      # compile, then pack it: dist/js/*.tgz, dist/python/*.whl + *.tar.gz next to the cdktf ones
#   bash scripts/flavour/cdktn.sh release   # compile, jsii-diff against the last published cdktn package (else its baseline), pack
#   bash scripts/flavour/cdktn.sh test      # the root's unit test files, rewritten the same way, against the flavour (extra args go to jest)
#   bash scripts/flavour/cdktn.sh python    # the Python suite (test/python, rewritten) against the cdktn wheel in dist/python (run dist
#                                           # first), in a fresh venv with cdktn, constructs and cdktn-provider-cloudflare from PyPI
#   bash scripts/flavour/cdktn.sh e2e       # generate, then the end-to-end scenarios of the examples app, cross-stack secrets and
#                                           # rotation with the cdktn flavour's apps through cdktn-cli 0.24.0 (Node.js 22); args go to jest
#   bash scripts/flavour/cdktn.sh check     # compile, then: assembly parity with the cdktf package's .jsii (compile that first),
#                                           # the examples app synthesized to the same Terraform JSON by both flavours,
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
  generate "$@"
  cd "$PKG"
  "$BIN/jsii" --silence-warnings=reserved-word
  (cd "$ROOT" && "$BIN/ts-node" --transpile-only --project tsconfig.dev.json scripts/lazy-index.ts "$PKG")
  # As the cdktf package's post-compile: the docs' examples compile, and Python gets them translated.
  "$BIN/jsii-rosetta" extract --compile --fail .jsii
}

dist() {
  compile
  pack
}

# For the release (the release task runs it between bump and unbump, so the package has the release's version):
# the public API against the last published cdktn package (else api/cdktn-baseline.json), then packed.
release() {
  compile
  (cd "$ROOT" && PACKAGE_DIR="$PKG" BASELINE=api/cdktn-baseline.json bash scripts/api-compat.sh check)
  pack
}

pack() {
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

python_tests() {
  local wheel version tool
  version="$(node -p "require('$ROOT/package.json').version")"
  wheel="$ROOT/dist/python/cdktn_cloudflare_api_tokens-$version-py3-none-any.whl"
  [[ -f $wheel ]] || { log "no $wheel: build it first (npm run dist:cdktn)"; exit 1; }
  generate --tests
  tool() { node -p "require('$FLAVOUR/package.json').devDependencies['$1']"; }
  local venv="$FLAVOUR/node_modules/.cache/python-test-venv"
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  # cdktn-provider-cloudflare 16.4.0 is the prebuilt Cloudflare binding of cdktn 0.24 on PyPI (the tests' user resources).
  "$venv/bin/python" -m pip install --quiet --no-input --disable-pip-version-check "$wheel" \
    "cdktn==$(tool cdktn)" "constructs==$(tool constructs)" "cdktn-provider-cloudflare==16.4.0" "pytest>=8,<10" "boto3>=1.34,<2"
  "$venv/bin/python" -m pip list --disable-pip-version-check 2>/dev/null | grep -E '^(cdktn|constructs|jsii) ' | sed 's/^/[cdktn flavour]   /'
  export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$(node -p 'process.versions.node.split(".")[0]')"
  export PYTHONDONTWRITEBYTECODE=1
  # test_docs.py checks the cdktf package's install lines and Python examples in the README and docs/ (one set of docs for both).
  NODE_OPTIONS="--require $ROOT/scripts/flavour/cdktf-as-cdktn.js" "$venv/bin/python" -m pytest -p no:cacheprovider \
    --rootdir "$PKG/test/python" -c "$PKG/test/python/pytest.ini" "$PKG/test/python" --ignore "$PKG/test/python/test_docs.py" "$@"
}

e2e() {
  generate --tests
  cd "$ROOT"
  local scenarios=(test/e2e/scenarios/examples.e2e.ts test/e2e/scenarios/cross-stack-secrets.e2e.ts test/e2e/scenarios/rotation.e2e.ts)
  [[ $# -gt 0 ]] && scenarios=("$@")
  E2E_FRAMEWORK=cdktn bash scripts/test-e2e.sh "${scenarios[@]}"
}

check() {
  [[ -f $ROOT/.jsii ]] || { log "no .jsii of the cdktf package: compile it first (npx projen compile)"; exit 1; }
  compile --tests
  cd "$ROOT"
  "$BIN/ts-node" --project tsconfig.dev.json scripts/flavour/assembly-parity.ts .jsii "$PKG/.jsii"
  "$BIN/ts-node" --project tsconfig.dev.json scripts/flavour/synth-parity.ts
  PACKAGE_DIR="$PKG" BASELINE=api/cdktn-baseline.json bash scripts/api-compat.sh check
}

command="${1:-}"
shift || true
case "$command" in
  tools) tools ;;
  generate) generate --tests ;;
  compile) compile ;;
  dist) dist ;;
  release) release ;;
  test) unit_tests "$@" ;;
  python) python_tests "$@" ;;
  e2e) e2e "$@" ;;
  check) check ;;
  baseline) compile && cd "$ROOT" && PACKAGE_DIR="$PKG" BASELINE=api/cdktn-baseline.json bash scripts/api-compat.sh baseline ;;
  *) sed -n '2,18p' "$0" >&2; exit 2 ;;
esac
