#!/usr/bin/env bash
# `npm run release:local`: the release pipeline of .github/workflows/release.yml against registries on this machine.
#   1. the release job: a clone of HEAD (committed work only, with its tags) through the release task's steps: `bump`
#      (conventional commits since the last release tag; 0.1.0 when there is none), the build (the cdktf package's
#      npm tarball), `release:cdktn` (the cdktn package's tarball, wheel and sdist, at the same version), `unbump`
#   2. the release_npm and release_pypi jobs up to their upload, each in its own folder, with the steps of release.yml
#      as written: repack the cdktf package (jsii-pacmak), add the cdktn packages, scripts/release/check-artifacts.sh
#   3. Verdaccio and pypiserver started (scripts/release/registries.sh): own process group each, a free 127.0.0.1 port,
#      storage in a throw-away folder
#   4. the `Release` steps of both jobs, read from release.yml and run as they are (publib-npm, publib-pypi), with the
#      registries' throw-away accounts in place of the NPM_TOKEN and TWINE_USERNAME/TWINE_PASSWORD secrets; then the
#      release_changelog job's `npx projen release:changelog`
#   5. with --prove: scripts/release/prove.sh (both flavours: install from the registries, synth, refusals) while they run
#   6. the registries stopped (also on failure or Ctrl-C) and the folder removed; nothing is left running
# Options: --full   build with the workflow's own `npx projen release` (adds the unit tests and lint: slower)
#          --prove  step 5 (CI runs this)
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
    *) sed -n '2,18p' "$0" >&2; exit 2 ;;
  esac
done

# `npm run` exports npm_config_* (registry, userconfig, ...): they would override the registries set below.
while read -r name; do unset "$name"; done < <(env | grep -io '^npm_config_[a-z0-9_]*' || true)

log() { printf '\n[release:local +%ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }
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
# The cdktn flavour's framework and generator (flavours/cdktn/package-lock.json), which the clone borrows.
bash scripts/flavour/cdktn.sh tools
repo="$work/repo"
git clone --quiet --no-hardlinks "$ROOT" "$repo"
# The workflow runs `npm ci` in its checkout; the clone borrows this tree's node_modules (same package-lock.json).
ln -s "$ROOT/node_modules" "$repo/node_modules"
ln -s "$ROOT/flavours/cdktn/node_modules" "$repo/flavours/cdktn/node_modules"
cd "$repo"
git config user.name "release rehearsal"
git config user.email "release-rehearsal@localhost"
if [[ $full -eq 1 ]]; then
  log "build: npx projen release (the workflow's release job)"
  npx projen release
else
  # The steps of the release task (bump, build, release:cdktn, unbump, ...), build's expanded, without build's
  # `test`; `package` packs what it packs under CI (the release job's CI=true): the npm tarball.
  release_steps() {
    node -e '
      const tasks = require("./.projen/tasks.json").tasks;
      const expand = (name) => tasks[name].steps.flatMap((s) =>
        s.spawn === "build" ? expand("build") : [s.spawn ? `spawn ${s.spawn}` : s.exec ? `exec ${s.exec}` : `unknown ${JSON.stringify(s)}`]);
      console.log(expand("release").join("\n"));
    '
  }
  log "build: the release task's steps without the unit tests (CI runs the tests in its own stage): $(release_steps | tr '\n' ';')"
  export RELEASE=true
  mapfile -t steps < <(release_steps)
  for line in "${steps[@]}"; do
    step="${line#* }"
    case "$line" in
      "spawn test") log "(skipped: test)" ;;
      "spawn package") CI=true npx projen package ;;
      spawn\ *) npx projen "$step" ;;
      exec\ *) bash -c "$step" ;;
      *) echo "release:local: cannot run the release task's step $line" >&2; exit 1 ;;
    esac
  done
  unset RELEASE
fi
VERSION="$(cat dist/version.txt)"
log "version $VERSION (tag $(cat dist/releasetag.txt)); changelog entry:"
cat dist/changelog.md
ls -l dist/js dist/python

# ---- 2. the publishing jobs up to their upload ---------------------------------------------------------------
# Each job of release.yml runs in its own folder: dist/ = the release job's artifact, .repo = the checkout with
# `npm ci` (here: this tree's node_modules); then every step after "Install Dependencies" up to the upload, as
# written in release.yml (repack, add the cdktn packages, check-artifacts).
job_steps() { # JOB: the `run` of each step between "Install Dependencies" and "Release", NUL-separated
  node -e '
    const wf = require("yaml").parse(require("fs").readFileSync(".github/workflows/release.yml", "utf8"));
    const steps = (wf.jobs[process.argv[1]] || { steps: [] }).steps;
    const install = steps.findIndex((s) => s.name === "Install Dependencies");
    const upload = steps.findIndex((s) => s.name === "Release");
    if (install < 0 || upload < install) { console.error(`release.yml: ${process.argv[1]} has no Install Dependencies ... Release steps`); process.exit(1); }
    // What comes before: actions (node, python, download, checkout) and the permissions restore (continue-on-error).
    const unknown = steps.slice(0, install).filter((s) => !s.uses && s.name !== "Restore build artifact permissions");
    if (unknown.length) { console.error(`release.yml: the rehearsal does not know how to run ${JSON.stringify(unknown)}`); process.exit(1); }
    for (const s of steps.slice(install + 1, upload)) {
      if (!s.run || s.if || s.uses) { console.error(`release.yml: the rehearsal cannot run ${JSON.stringify(s)}`); process.exit(1); }
      process.stdout.write(s.name + "\t" + s.run + "\0");
    }
  ' "$1"
}
prepare_job() { # JOB
  local job="$1" dir="$work/jobs/$1" name run
  mkdir -p "$dir"
  cp -r "$repo/dist" "$dir/dist"
  git clone --quiet "$repo" "$dir/.repo"
  ln -s "$ROOT/node_modules" "$dir/.repo/node_modules"
  local steps step
  mapfile -d '' steps < <(job_steps "$job")
  [[ ${#steps[@]} -gt 0 ]] || { echo "release:local: no steps read for $job" >&2; return 1; }
  for step in "${steps[@]}"; do
    name="${step%%$'\t'*}" run="${step#*$'\t'}"
    log "$job: $name: $run"
    (cd "$dir" && CI=true TWINE="$(dirname "$PYPI_PYTHON")/twine" bash --noprofile --norc -eo pipefail -c "$run")
  done
}
prepare_job release_npm
prepare_job release_pypi
NPM_JOB="$work/jobs/release_npm"
PYPI_JOB="$work/jobs/release_pypi"

# ---- 3. registries -----------------------------------------------------------------------------------------
# The names of the packages this release publishes are served only from the local storage, never from the public registry.
LOCAL_ONLY_PACKAGES="$(for tgz in "$NPM_JOB"/dist/js/*.tgz; do tar -xzOf "$tgz" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name'; done)"
log "starting the registries (local-only packages: $(echo $LOCAL_ONLY_PACKAGES))"
start_registries "$work/registries"

# ---- 4. the workflow's publishing commands -----------------------------------------------------------------
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
publish_npm() { # in the npm job's folder
  (cd "$NPM_JOB" && HOME="$work/home" npm_config_cache="$npm_cache" NPM_TOKEN="$NPM_PUBLISH_TOKEN" NPM_REGISTRY="${NPM_REGISTRY_URL#http://}" \
    DISABLE_HTTPS=1 NPM_DIST_TAG=latest NPM_CONFIG_PROVENANCE=false PUBLIB_DRYRUN= bash -c "$NPM_RELEASE_COMMAND")
}
pip_cache="$(python3 -m pip cache dir 2>/dev/null || true)"
publish_pypi() { # in the PyPI job's folder
  (cd "$PYPI_JOB" && HOME="$work/home" PIP_CACHE_DIR="${pip_cache:-$work/home/.cache/pip}" PIP_FIND_LINKS= PIP_USER= TWINE_USERNAME="$PYPI_USER" \
    TWINE_PASSWORD="$PYPI_PASSWORD" TWINE_REPOSITORY_URL="$PYPI_URL" PUBLIB_DRYRUN= bash -c "$PYPI_RELEASE_COMMAND")
}
log "release_npm: publish to npm (Verdaccio): $NPM_RELEASE_COMMAND"
publish_npm
log "release_pypi: publish to PyPI (pypiserver): $PYPI_RELEASE_COMMAND"
publish_pypi

cd "$repo"
log "CHANGELOG.md: npx projen release:changelog (the workflow's release_changelog job)"
npx projen release:changelog
git log --oneline -1
cat CHANGELOG.md

# ---- 5. proof ----------------------------------------------------------------------------------------------
if [[ $prove -eq 1 ]]; then
  export ROOT VERSION NPM_REGISTRY_URL NPM_PUBLISH_TOKEN PYPI_URL PYPI_USER PYPI_PASSWORD PYPI_PYTHON npm_cache pip_cache
  export RELEASE_REPO="$repo" NPM_JOB PYPI_JOB PROOF_WORK="$work/proof" NPM_RELEASE_COMMAND PYPI_RELEASE_COMMAND
  export -f publish_npm publish_pypi
  export work
  cd "$ROOT"
  bash scripts/release/prove.sh
fi
log "published $VERSION: $(ls "$NPM_JOB"/dist/js "$PYPI_JOB"/dist/python | grep -E '\.(tgz|whl|tar\.gz)$' | tr '\n' ' ')"
