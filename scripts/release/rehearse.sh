#!/usr/bin/env bash
# `npm run release:local`: the release pipeline of .github/workflows/release.yml against registries on this machine.
#   1. a clone of HEAD (committed work only, with its tags) versioned by projen's `bump` (conventional commits since the
#      last release tag; 0.1.0 when there is none), built, packed for npm and PyPI, `unbump`ed; then
#      scripts/release/check-artifacts.sh, as the workflow runs it before each upload
#   2. Verdaccio and pypiserver started (scripts/release/registries.sh): own process group each, a free 127.0.0.1 port,
#      storage in a throw-away folder
#   3. the `Release` steps of the workflow's release_npm and release_pypi jobs, read from release.yml and run as they
#      are (publib-npm, publib-pypi), with the registries' throw-away accounts in place of the NPM_TOKEN and
#      TWINE_USERNAME/TWINE_PASSWORD secrets
#   4. with --prove: scripts/release/prove.sh (install from the registries, synth, refusals) while they run
#   5. the registries stopped (also on failure or Ctrl-C) and the folder removed; nothing is left running
# Options: --full   build with the workflow's own `npx projen release` (adds the unit tests and lint: slower)
#          --prove  step 4 (CI runs this)
# Needs: node, npm, python3 (not a venv: publib-pypi installs twine with `pip install --user`), git, curl, network
# access to the npm registry and PyPI (the tools, the public dependencies).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

full=0
prove=0
for arg in "$@"; do
  case "$arg" in
    --full) full=1 ;;
    --prove) prove=1 ;;
    *) sed -n '2,17p' "$0" >&2; exit 2 ;;
  esac
done

# `npm run` exports npm_config_* (registry, userconfig, ...): they would override the registries set below.
while read -r name; do unset "$name"; done < <(env | grep -io '^npm_config_[a-z0-9_]*' || true)

log() { printf '\n[release:local] %s\n' "$*"; }
started=$(date +%s)
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-$(node -p 'process.versions.node.split(".")[0]')}"

eval "$(bash scripts/release/tools.sh)"
# shellcheck source=scripts/release/registries.sh
. scripts/release/registries.sh

work="$(mktemp -d "${TMPDIR:-/tmp}/release-local.XXXXXX")"
cleanup() {
  local rc=$?
  stop_registries || rc=1
  rm -rf "$work"
  log "finished in $(( $(date +%s) - started ))s (exit $rc)"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 1. versioned build in a clone -------------------------------------------------------------------------
if [[ -n "$(git status --porcelain --untracked-files=no)" ]]; then
  log "note: uncommitted changes are not part of the rehearsal (it releases HEAD, $(git rev-parse --short HEAD))"
fi
repo="$work/repo"
git clone --quiet --no-hardlinks "$ROOT" "$repo"
# The workflow runs `npm ci` in its checkout; the clone borrows this tree's node_modules (same package-lock.json).
ln -s "$ROOT/node_modules" "$repo/node_modules"
cd "$repo"
git config user.name "release rehearsal"
git config user.email "release-rehearsal@localhost"
if [[ $full -eq 1 ]]; then
  log "build: npx projen release (the workflow's release job)"
  npx projen release
  # Under CI the release build packs only the npm tarball (the workflow packs Python in its own job).
  [[ -n "$(find dist/python -name '*.whl' 2>/dev/null)" ]] || npx projen package:python
else
  log "build: bump, then the release build without its test step (CI runs the tests in its own stage)"
  export RELEASE=true
  rm -rf dist
  npx projen bump
  for task in default pre-compile compile post-compile package-all; do npx projen "$task"; done
  npx projen unbump
  unset RELEASE
  git diff --ignore-space-at-eol --exit-code
fi
VERSION="$(cat dist/version.txt)"
log "version $VERSION (tag $(cat dist/releasetag.txt)); changelog entry:"
cat dist/changelog.md
ls -l dist/js dist/python
TWINE="$(dirname "$PYPI_PYTHON")/twine" bash scripts/release/check-artifacts.sh dist "$VERSION"

# ---- 2. registries -----------------------------------------------------------------------------------------
# The names of the packages this build made are served only from the local storage, never from the public registry.
LOCAL_ONLY_PACKAGES="$(for tgz in dist/js/*.tgz; do tar -xzOf "$tgz" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name'; done)"
log "starting the registries (local-only packages: $(echo $LOCAL_ONLY_PACKAGES))"
start_registries "$work/registries"

# ---- 3. the workflow's publishing commands -----------------------------------------------------------------
release_command() {
  node -e '
    const wf = require("yaml").parse(require("fs").readFileSync(".github/workflows/release.yml", "utf8"));
    const job = wf.jobs[process.argv[1]];
    const step = job && job.steps.find((s) => s.name === "Release");
    if (!step || !/publib-(npm|pypi)/.test(step.run)) { console.error(`release.yml: no publib Release step in ${process.argv[1]}`); process.exit(1); }
    console.log(step.run);
  ' "$1"
}
NPM_RELEASE_COMMAND="$(release_command release_npm)"
PYPI_RELEASE_COMMAND="$(release_command release_pypi)"
# publib-npm writes the token to ~/.npmrc and publib-pypi installs twine with `pip install --user`: both get a
# throw-away home. The npm cache stays the user's (content-addressed; only saves downloads).
npm_cache="$(npm config get cache)"
mkdir -p "$work/home"
publish_npm() {
  HOME="$work/home" npm_config_cache="$npm_cache" NPM_TOKEN="$NPM_PUBLISH_TOKEN" NPM_REGISTRY="${NPM_REGISTRY_URL#http://}" \
    DISABLE_HTTPS=1 NPM_DIST_TAG=latest NPM_CONFIG_PROVENANCE=false PUBLIB_DRYRUN= bash -c "$NPM_RELEASE_COMMAND"
}
pip_cache="$(python3 -m pip cache dir 2>/dev/null || true)"
publish_pypi() {
  HOME="$work/home" PIP_CACHE_DIR="${pip_cache:-$work/home/.cache/pip}" PIP_FIND_LINKS= PIP_USER= TWINE_USERNAME="$PYPI_USER" TWINE_PASSWORD="$PYPI_PASSWORD" \
    TWINE_REPOSITORY_URL="$PYPI_URL" PUBLIB_DRYRUN= bash -c "$PYPI_RELEASE_COMMAND"
}
log "publish to npm (Verdaccio): $NPM_RELEASE_COMMAND"
publish_npm
log "publish to PyPI (pypiserver): $PYPI_RELEASE_COMMAND"
publish_pypi

log "CHANGELOG.md: npx projen release:changelog (the workflow's release_changelog job)"
npx projen release:changelog
git log --oneline -1
cat CHANGELOG.md

# ---- 4. proof ----------------------------------------------------------------------------------------------
if [[ $prove -eq 1 ]]; then
  export ROOT VERSION NPM_REGISTRY_URL NPM_PUBLISH_TOKEN PYPI_URL PYPI_USER PYPI_PASSWORD PYPI_PYTHON npm_cache
  export RELEASE_DIST="$repo/dist" PROOF_WORK="$work/proof" NPM_RELEASE_COMMAND PYPI_RELEASE_COMMAND
  export -f publish_npm publish_pypi
  export work
  cd "$ROOT"
  bash scripts/release/prove.sh
fi
log "published $VERSION: $(ls "$repo"/dist/js "$repo"/dist/python | grep -E '\.(tgz|whl|tar\.gz)$' | tr '\n' ' ')"
