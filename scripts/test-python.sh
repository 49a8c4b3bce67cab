#!/usr/bin/env bash
# Python bindings test (`npm run test:python`):
#   1. build   jsii compile + jsii-pacmak --target python -> dist/python/*.whl and *.tar.gz
#              (skipped when dist/python already holds a wheel built from the same sources)
#   2. venv    a fresh virtual environment (node_modules/.cache/python-test-venv/) with the built wheel, cdktf, constructs,
#              the Cloudflare provider bindings and pytest (+ boto3 for the presigned-URL doc snippet)
#   3. pytest  test/python/ against that venv; extra arguments go to pytest
#
# Options (before any pytest arguments):
#   --rebuild     always rebuild the wheel
#   --no-build    never build; use the wheel in dist/python as it is
#   --keep-venv   reuse the venv when it already has the same requirements (faster local loops)
#   --venv-only   stop after step 2 (the benchmarks use this venv)
#   --measure     afterwards, time `python -c "import ...; synth one AccountApiToken"` 5 times (median)
# Environment: PYTHON (interpreter for the venv, default python3), PYTHON_TEST_VENV (venv directory),
#   PYTHON_TEST_TIMEOUT (seconds per step, default 900).
#
# The venv lives under node_modules/ because `npm pack` (run by jsii-pacmak and `projen package:js`) packs
# every file of the work tree that .npmignore does not exclude, and node_modules/ is always excluded: a
# venv at the root would end up (55 MB of it) inside the npm package and the wheel.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
VENV="${PYTHON_TEST_VENV:-$ROOT/node_modules/.cache/python-test-venv}"
STEP_TIMEOUT="${PYTHON_TEST_TIMEOUT:-900}"
DIST="$ROOT/dist/python"
STAMP="$DIST/.source-fingerprint"

# The wheel is tested against the exact versions the TypeScript side develops with (.projenrc.ts pins them once).
dev_dependency() { node -p "require('./package.json').devDependencies['$1']"; }
CDKTF_VERSION="$(dev_dependency cdktf)"
CONSTRUCTS_VERSION="$(dev_dependency constructs)"
PROVIDER_CLOUDFLARE_VERSION="$(dev_dependency @cdktf/provider-cloudflare)"
PYTEST_SPEC="pytest>=8,<10"
BOTO3_SPEC="boto3>=1.34,<2"

build_mode="auto"
keep_venv=0
venv_only=0
measure=0
pytest_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rebuild) build_mode="always" ;;
    --no-build) build_mode="never" ;;
    --keep-venv) keep_venv=1 ;;
    --venv-only) venv_only=1 ;;
    --measure) measure=1 ;;
    --) shift; pytest_args+=("$@"); break ;;
    *) pytest_args+=("$1") ;;
  esac
  shift
done

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[test-python] %s\n' "$*"; }
fail() { printf '[test-python] FAILED: %s\n' "$*" >&2; exit 1; }
# run_step NAME CMD...: bounded by STEP_TIMEOUT; a timeout or error fails the script.
run_step() {
  local name="$1"; shift
  local rc=0
  timeout --kill-after=30 "$STEP_TIMEOUT" "$@" || rc=$?
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then fail "$name timed out after ${STEP_TIMEOUT}s"; fi
  if [[ $rc -ne 0 ]]; then fail "$name exited with $rc"; fi
}

t_total=$(now)
build_time="skipped"
venv_time="-"
pytest_time="-"
summary() {
  log "timing: build ${build_time} | venv ${venv_time} | pytest ${pytest_time} | total $(elapsed "$t_total")s"
}
trap summary EXIT

command -v node >/dev/null || fail "node is not on PATH"
command -v "$PYTHON" >/dev/null || fail "$PYTHON is not on PATH (set PYTHON)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' || fail "$PYTHON is older than 3.10 (the wheel needs 3.10+)"
[[ -d node_modules/jsii-pacmak ]] || fail "node_modules is missing: run 'npm ci' first"

# Node 20 is past jsii's end of support; the warning box would otherwise print once per Python process.
node_major="$(node -p 'process.versions.node.split(".")[0]')"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-$node_major}"
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION="${JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION:-1}"

# ---- 1. build ---------------------------------------------------------------------------------
# Everything that goes into the wheel: the library sources, package.json (name, version, deps, jsii
# targets), the README and LICENSE (package metadata), and the toolchain versions.
fingerprint() {
  {
    find src rosetta -type f -name '*.ts*' | LC_ALL=C sort | xargs sha256sum
    sha256sum package.json README.md LICENSE 2>/dev/null || true
    node -p 'require("jsii/package.json").version + " " + require("jsii-pacmak/package.json").version'
  } | sha256sum | cut -d' ' -f1
}

# Nothing built yet (a fresh clone) is not an error: it means "build".
dist_file() { [[ -d $DIST ]] || return 0; find "$DIST" -maxdepth 1 -name "cdktf_cloudflare_api_tokens-*.$1" | head -n 1; }
wheel_path() { dist_file whl; }

# A wheel built by someone else (`npx projen package-all`, as in CI) has no fingerprint file: adopt it when
# it is newer than the .jsii assembly, and the assembly is newer than every source file.
built_after_sources() {
  local wheel="$1"
  [[ -f .jsii && "$wheel" -nt .jsii ]] || return 1
  [[ -z "$(find src package.json -newer .jsii -type f -print -quit)" ]]
}

need_build=1
current_fp="$(fingerprint)"
existing_wheel="$(wheel_path)"
if [[ "$build_mode" == "never" ]]; then
  need_build=0
elif [[ "$build_mode" == "auto" && -n "$existing_wheel" ]]; then
  if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$current_fp" ]]; then
    need_build=0
    log "build: dist/python is up to date with the sources (fingerprint ${current_fp:0:12}); use --rebuild to force"
  elif [[ ! -f "$STAMP" ]] && built_after_sources "$existing_wheel"; then
    need_build=0
    echo "$current_fp" > "$STAMP"
    log "build: dist/python was built after the last jsii compile of the current sources; using it (--rebuild to force)"
  fi
fi

if [[ $need_build -eq 1 ]]; then
  t=$(now)
  # A venv elsewhere in the work tree (PYTHON_TEST_VENV) would be packed into the build: it is remade below anyway.
  if [[ "$VENV" == "$ROOT"/* && "$VENV" != "$ROOT"/node_modules/* ]]; then rm -rf "$VENV"; fi
  log "build: compile (jsii, then the lazy entry point)"
  run_step "compile" npx --no-install projen compile
  log "build: jsii-rosetta extract (docstring examples in Python)"
  run_step "jsii-rosetta" npx --no-install jsii-rosetta extract --compile --fail .jsii
  log "build: jsii-pacmak --target python"
  rm -f "$DIST"/*.whl "$DIST"/*.tar.gz "$STAMP"
  run_step "jsii-pacmak" npx --no-install jsii-pacmak -v --target python
  echo "$current_fp" > "$STAMP"
  build_time="$(elapsed "$t")s"
  log "build: done in ${build_time}"
fi

WHEEL="$(wheel_path)"
SDIST="$(dist_file tar.gz)"
[[ -n "$WHEEL" ]] || fail "no wheel in dist/python (run without --no-build)"
[[ -n "$SDIST" ]] || fail "no sdist in dist/python (run without --no-build)"
log "wheel: ${WHEEL#"$ROOT"/} ($(stat -c %s "$WHEEL") bytes); sdist: ${SDIST#"$ROOT"/} ($(stat -c %s "$SDIST") bytes)"

# ---- 2. venv ----------------------------------------------------------------------------------
t=$(now)
requirements=(
  "$WHEEL"
  "cdktf==$CDKTF_VERSION"
  "constructs==$CONSTRUCTS_VERSION"
  "cdktf-cdktf-provider-cloudflare==$PROVIDER_CLOUDFLARE_VERSION"
  "$PYTEST_SPEC"
  "$BOTO3_SPEC"
)
venv_key="$( { printf '%s\n' "${requirements[@]}"; sha256sum "$WHEEL"; "$PYTHON" --version; } | sha256sum | cut -d' ' -f1)"
if [[ $keep_venv -eq 1 && -x "$VENV/bin/python" && -f "$VENV/.requirements-key" && "$(cat "$VENV/.requirements-key")" == "$venv_key" ]]; then
  log "venv: reusing ${VENV#"$ROOT"/} (--keep-venv, same requirements)"
else
  log "venv: creating a fresh ${VENV#"$ROOT"/} with $("$PYTHON" --version)"
  rm -rf "$VENV"
  run_step "venv creation" "$PYTHON" -m venv "$VENV"
  run_step "pip install" "$VENV/bin/python" -m pip install --quiet --no-input --disable-pip-version-check "${requirements[@]}"
  echo "$venv_key" > "$VENV/.requirements-key"
fi
"$VENV/bin/python" -m pip list --disable-pip-version-check 2>/dev/null \
  | grep -E '^(cdktf|cdktf-cdktf-provider-cloudflare|cdktf-cloudflare-api-tokens|constructs|jsii|pytest|boto3) ' \
  | sed 's/^/[test-python]   /' || true
venv_time="$(elapsed "$t")s"
if [[ $venv_only -eq 1 ]]; then log "venv ready: ${VENV#"$ROOT"/}"; exit 0; fi

# ---- 3. pytest --------------------------------------------------------------------------------
t=$(now)
log "pytest: test/python"
# No .pytest_cache or __pycache__ in the work tree.
export PYTHONDONTWRITEBYTECODE=1
pytest_rc=0
timeout --kill-after=30 "$STEP_TIMEOUT" "$VENV/bin/python" -m pytest -p no:cacheprovider \
  --rootdir "$ROOT/test/python" -c "$ROOT/test/python/pytest.ini" "$ROOT/test/python" "${pytest_args[@]}" || pytest_rc=$?
pytest_time="$(elapsed "$t")s"
if [[ $pytest_rc -eq 124 || $pytest_rc -eq 137 ]]; then fail "pytest timed out after ${STEP_TIMEOUT}s"; fi
if [[ $pytest_rc -ne 0 ]]; then fail "pytest exited with $pytest_rc"; fi
if [[ $measure -eq 1 ]]; then
  run_step "measure" "$VENV/bin/python" "$ROOT/test/python/measure_import_synth.py" 5
fi
log "OK"
