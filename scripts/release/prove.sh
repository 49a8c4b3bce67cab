#!/usr/bin/env bash
# The release proof, run by `rehearse.sh --prove` while the local registries hold the release (the variables come
# from there: VERSION, RELEASE_REPO, NPM_JOB, PYPI_JOB, NPM_REGISTRY_URL, PYPI_URL, ...). For each flavour, cdktf
# (cdktf-cloudflare-api-tokens) and cdktn (cdktn-cloudflare-api-tokens):
#   1. a new npm project whose .npmrc points at Verdaccio installs the package; the lock file shows it came from
#      there, byte for byte the tarball the npm job uploaded; the TypeScript token app (consumer/app.ts, imports
#      rewritten for cdktn) synthesizes the same Terraform JSON as with the clone the packages were built from
#   2. a new venv installs the wheel from pypiserver (--index-url; PyPI only as an extra index for the framework and
#      constructs); pip's report shows the wheel came from pypiserver, byte for byte; the Python token app
#      (consumer/app.py) synthesizes the same Terraform JSON
#   3. publishing the same version again: npm and twine refuse it with an error; the workflow's publib commands say
#      they skip it (by design, so a re-run finishes), and the registries keep the first upload
#   4. copies with broken metadata are refused by the workflow's pre-upload check (check-artifacts.sh), and never
#      reach the registries
#   5. `scripts/api-compat.sh` (the cdktf package's `npx projen compat`, the cdktn package's release:cdktn) compares
#      with the version just published (from Verdaccio)
set -euo pipefail
: "${VERSION:?} ${RELEASE_REPO:?} ${NPM_JOB:?} ${PYPI_JOB:?} ${NPM_REGISTRY_URL:?} ${PYPI_URL:?} ${PROOF_WORK:?} ${ROOT:?}"
here="$ROOT/scripts/release"
checks=0
proof_started=$(date +%s)
log() { printf '\n[release:prove +%ss] %s\n' "$(( $(date +%s) - proof_started ))" "$*"; }
pass() { checks=$((checks + 1)); printf '[release:prove] PASS %s\n' "$*"; }
die() { printf '[release:prove] FAIL %s\n' "$*" >&2; exit 1; }
# npm run sets npm_config_* variables (registry, userconfig, ...) that would override the project .npmrc.
clean_npm() { env $(env | grep -io '^npm_config_[a-z0-9_]*' | sed 's/^/-u /') HOME="$PROOF_WORK/home" npm_config_cache="$npm_cache" "$@"; }
json_get() { node -e 'const v = process.argv[2].split(".").reduce((o, k) => (o == null ? o : o[k]), JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))); console.log(v === undefined ? "" : v)' "$@"; }
one() { # DESCRIPTION FILE...: the one file a glob found
  local what="$1"; shift
  [[ $# -eq 1 && -f "$1" ]] || die "expected one $what, found: $*"
  printf '%s\n' "$1"
}

[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ && "$VERSION" != "0.0.0" ]] || die "the bumped version '$VERSION' is not a release version"
mkdir -p "$PROOF_WORK/home"
out="$PROOF_WORK/step.log"
twine="$(dirname "$PYPI_PYTHON")/twine"
FLAVOURS=(cdktf cdktn)

# Per flavour: the library's name (npm and PyPI), the framework, where the clone holds the built package, the
# versions of its public dependencies (those the clone develops and tests with).
dev_dependency() { node -p "require('$1').devDependencies['$2']"; }
declare -A NAME FRAMEWORK CLONE_PACKAGE FRAMEWORK_VERSION CONSTRUCTS_VERSION MODULES
NAME[cdktf]=cdktf-cloudflare-api-tokens
FRAMEWORK[cdktf]=cdktf
CLONE_PACKAGE[cdktf]="$RELEASE_REPO"
MODULES[cdktf]="$ROOT/node_modules"
FRAMEWORK_VERSION[cdktf]="$(dev_dependency "$ROOT/package.json" cdktf)"
CONSTRUCTS_VERSION[cdktf]="$(dev_dependency "$ROOT/package.json" constructs)"
NAME[cdktn]=cdktn-cloudflare-api-tokens
FRAMEWORK[cdktn]=cdktn
CLONE_PACKAGE[cdktn]="$RELEASE_REPO/flavours/cdktn/pkg"
MODULES[cdktn]="$ROOT/flavours/cdktn/node_modules"
FRAMEWORK_VERSION[cdktn]="$(dev_dependency "$ROOT/flavours/cdktn/package.json" cdktn)"
CONSTRUCTS_VERSION[cdktn]="$(dev_dependency "$ROOT/flavours/cdktn/package.json" constructs)"

# The uploaded files of a flavour: the npm job's tarball, the PyPI job's wheel and sdist.
tarball_of() { one "npm tarball of $1" "$NPM_JOB"/dist/js/"${NAME[$1]}"@*.tgz; }
wheel_of() { one "wheel of $1" "$PYPI_JOB"/dist/python/"${NAME[$1]//-/_}"-*.whl; }
sdist_of() { one "sdist of $1" "$PYPI_JOB"/dist/python/"${NAME[$1]//-/_}"-*.tar.gz; }
integrity_of() { echo "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)"; }

# The consumer apps of a flavour: cdktn's are cdktf's with the imports rewritten by the flavour's own rewrite.
mkdir -p "$PROOF_WORK/apps/cdktf" "$PROOF_WORK/apps/cdktn"
cp "$here/consumer/app.ts" "$here/consumer/app.py" "$PROOF_WORK/apps/cdktf/"
(cd "$ROOT" && "$ROOT/node_modules/.bin/ts-node" --transpile-only --project tsconfig.dev.json -e '
  const { readFileSync, writeFileSync } = require("fs");
  const { CDKTF, CDKTN, rewritePython, rewriteSource } = require("./scripts/flavour/rewrite");
  const [from, to] = process.argv.slice(1);
  writeFileSync(`${to}/app.ts`, rewriteSource(readFileSync(`${from}/app.ts`, "utf8"), CDKTF, CDKTN));
  writeFileSync(`${to}/app.py`, rewritePython(readFileSync(`${from}/app.py`, "utf8"), CDKTF, CDKTN));
' "$PROOF_WORK/apps/cdktf" "$PROOF_WORK/apps/cdktn")
if grep -nE "cdktf" "$PROOF_WORK/apps/cdktn/app.ts" "$PROOF_WORK/apps/cdktn/app.py" | grep -vE ':\s*(//|#)'; then
  die "the cdktn consumer apps still import cdktf (above)"
fi

tsc_app() { "$ROOT/node_modules/.bin/tsc" --strict --skipLibCheck --module commonjs --target ES2020 --moduleResolution node --outDir "$1/out" "$1/app.ts"; }

compare_synth() { # NAME ACTUAL_DIR REFERENCE_DIR: cdk.tf.json of the stack "tokens" against the clone's
  node -e '
    const fs = require("fs");
    const [name, actualFile, expectedFile] = process.argv.slice(1);
    const a = JSON.parse(fs.readFileSync(actualFile, "utf8")), e = JSON.parse(fs.readFileSync(expectedFile, "utf8"));
    const diffs = [];
    const walk = (x, y, path) => {
      if (JSON.stringify(x) === JSON.stringify(y)) return;
      if (x && y && typeof x === "object" && typeof y === "object") {
        for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk(x[k], y[k], `${path}.${k}`);
      } else diffs.push(`${path}: ${JSON.stringify(x)} != clone ${JSON.stringify(y)}`);
    };
    walk(a, e, "$");
    if (diffs.length) { console.error(`${name}: differs from the clone:\n  ` + diffs.slice(0, 20).join("\n  ")); process.exit(1); }
    const resources = Object.values(a.resource || {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
    if (resources === 0) { console.error(`${name}: synthesized no resources`); process.exit(1); }
    console.log(`${name}: same Terraform JSON as the clone (${resources} resources, ${fs.statSync(actualFile).size} bytes)`);
  ' "$1" "$2/cdktf.out/stacks/tokens/cdk.tf.json" "$3/cdktf.out/stacks/tokens/cdk.tf.json"
}

for flavour in "${FLAVOURS[@]}"; do
  name="${NAME[$flavour]}" framework="${FRAMEWORK[$flavour]}"
  tarball="$(tarball_of "$flavour")"
  wheel="$(wheel_of "$flavour")"
  apps="$PROOF_WORK/apps/$flavour"

  # ---- 0. the clone's output: the same app against the build the packages were packed from ------------------
  log "$flavour: reference: the consumer app against the clone (${CLONE_PACKAGE[$flavour]})"
  ref="$PROOF_WORK/$flavour/reference"
  mkdir -p "$ref/node_modules"
  for dep in "$framework" constructs; do ln -s "${MODULES[$flavour]}/$dep" "$ref/node_modules/$dep"; done
  ln -s "${CLONE_PACKAGE[$flavour]}" "$ref/node_modules/$name"
  cp "$apps/app.ts" "$ref/"
  tsc_app "$ref"
  (cd "$ref" && node out/app.js)

  # ---- 1. npm -------------------------------------------------------------------------------------------------
  log "$flavour: npm: a new project installs $name@$VERSION from $NPM_REGISTRY_URL"
  ts="$PROOF_WORK/$flavour/consumer-ts"
  mkdir -p "$ts"
  echo '{ "name": "release-proof-consumer", "version": "0.0.0", "private": true }' > "$ts/package.json"
  # Every package comes through Verdaccio; it serves this library only from what was published to it, and the
  # public dependencies from the public registry.
  echo "registry=$NPM_REGISTRY_URL" > "$ts/.npmrc"
  (cd "$ts" && clean_npm npm install --no-audit --no-fund --loglevel=error \
    "$name@$VERSION" "$framework@${FRAMEWORK_VERSION[$flavour]}" "constructs@${CONSTRUCTS_VERSION[$flavour]}")
  resolved="$(json_get "$ts/package-lock.json" "packages.node_modules/$name.resolved")"
  integrity="$(json_get "$ts/package-lock.json" "packages.node_modules/$name.integrity")"
  installed="$(json_get "$ts/node_modules/$name/package.json" version)"
  [[ "$resolved" == "$NPM_REGISTRY_URL"* ]] || die "npm resolved $name from '$resolved', not from $NPM_REGISTRY_URL"
  [[ "$integrity" == "$(integrity_of "$tarball")" ]] || die "the installed $name is not the tarball the npm job uploaded ($integrity)"
  [[ "$installed" == "$VERSION" ]] || die "npm installed $name $installed, not $VERSION"
  pass "$flavour: npm installed $name $installed from $resolved, the same bytes as $(basename "$tarball")"
  cp "$apps/app.ts" "$ts/"
  tsc_app "$ts"
  (cd "$ts" && node out/app.js)
  compare_synth "$flavour: TypeScript app, installed from Verdaccio" "$ts" "$ref"
  pass "$flavour: TypeScript synth from the npm package = synth from the clone"

  # ---- 2. PyPI ------------------------------------------------------------------------------------------------
  log "$flavour: pip: a new venv installs $name==$VERSION from ${PYPI_URL}simple/"
  py="$PROOF_WORK/$flavour/consumer-py"
  mkdir -p "$py"
  python3 -m venv "$py/venv"
  # No local wheel folders (PIP_FIND_LINKS): only the two indexes.
  env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL "$py/venv/bin/python" -m pip install --quiet --no-input \
    --index-url "${PYPI_URL}simple/" --extra-index-url https://pypi.org/simple/ --report "$py/report.json" \
    "$name==$VERSION" "$framework==${FRAMEWORK_VERSION[$flavour]}" "constructs==${CONSTRUCTS_VERSION[$flavour]}"
  read -r py_url py_hash < <("$py/venv/bin/python" - "$py/report.json" "$name" <<'PY'
import json, sys
report, name = json.load(open(sys.argv[1])), sys.argv[2]
item = next(i for i in report["install"] if i["metadata"]["name"].lower().replace("_", "-") == name)
print(item["download_info"]["url"], item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256", ""))
PY
  )
  [[ "$py_url" == "$PYPI_URL"* ]] || die "pip took $name from $py_url, not from $PYPI_URL"
  [[ "$py_hash" == "$(sha256sum "$wheel" | cut -d' ' -f1)" ]] || die "the installed wheel is not the one the PyPI job uploaded (sha256 $py_hash)"
  py_version="$("$py/venv/bin/python" -c "from importlib.metadata import version; print(version('$name'))")"
  [[ "$py_version" == "$VERSION" ]] || die "pip installed $name $py_version, not $VERSION"
  pass "$flavour: pip installed $name $py_version from $py_url, the same bytes as $(basename "$wheel")"
  cp "$apps/app.py" "$py/"
  (cd "$py" && venv/bin/python app.py)
  compare_synth "$flavour: Python app, installed from pypiserver" "$py" "$ref"
  pass "$flavour: Python synth from the wheel = TypeScript synth from the clone"
done

# ---- 3. the same version again ----------------------------------------------------------------------------------
# (pypiserver 2.4.2 answers 400 "... already exists", which twine --skip-existing also recognizes)
publisher="$PROOF_WORK/publisher"
mkdir -p "$publisher"
printf 'registry=%s\n//%s:_authToken=%s\n' "$NPM_REGISTRY_URL" "${NPM_REGISTRY_URL#http://}" "$NPM_PUBLISH_TOKEN" > "$publisher/.npmrc"
for flavour in "${FLAVOURS[@]}"; do
  name="${NAME[$flavour]}"
  tarball="$(tarball_of "$flavour")"
  wheel="$(wheel_of "$flavour")"
  log "$flavour: publishing $name $VERSION again"
  # The configuration is named, not found from the working directory: npm reads a directory's .npmrc only
  # when no parent of it holds a package.json or node_modules.
  if (cd "$publisher" && clean_npm npm_config_userconfig="$publisher/.npmrc" npm publish "$tarball") > "$out" 2>&1; then
    cat "$out"; die "Verdaccio accepted $name@$VERSION a second time"
  fi
  grep -iE 'EPUBLISHCONFLICT|already present|cannot publish over' "$out" >&2 || { cat "$out"; die "npm publish failed, but not because the version exists"; }
  pass "$flavour: npm publish of $name@$VERSION again fails: $(grep -ioE 'EPUBLISHCONFLICT|this package is already present|cannot publish over the previously published versions: [0-9A-Za-z.+-]*[0-9A-Za-z]' "$out" | head -1)"

  if "$PYPI_PYTHON" -m twine upload --verbose --non-interactive --repository-url "$PYPI_URL" -u "$PYPI_USER" -p "$PYPI_PASSWORD" "$wheel" > "$out" 2>&1; then
    cat "$out"; die "pypiserver accepted $(basename "$wheel") a second time"
  fi
  # twine's log wraps long lines: read it as one line.
  said="$(tr -s ' \n' ' ' < "$out" | sed 's/&#039;/'"'"'/g')"
  grep -qiE "Package '[^']+' already exists" <<< "$said" || { cat "$out"; die "twine upload failed, but not because the file exists"; }
  pass "$flavour: twine upload of $(basename "$wheel") again fails: $(grep -oE 'HTTPError: [0-9]+ Bad Request' <<< "$said" | head -1), $(grep -oiE "Package '[^']+' already exists!" <<< "$said" | head -1)"
done

# publib skips a version that is already there (so a re-run of a half-failed release job can finish); the
# registries must still hold the first upload.
log "the workflow's publishing commands again"
publish_npm > "$out" 2>&1 || { cat "$out"; die "the workflow's npm command failed on the second run"; }
skipped="$(grep -c "SKIPPING: already published" "$out" || true)"
[[ "$skipped" -eq ${#FLAVOURS[@]} ]] || { cat "$out"; die "the workflow's npm command skipped $skipped tarballs, not ${#FLAVOURS[@]}"; }
for flavour in "${FLAVOURS[@]}"; do
  name="${NAME[$flavour]}"
  stored="$(curl -fsS "${NPM_REGISTRY_URL}${name}" | node -p "JSON.parse(require('fs').readFileSync(0, 'utf8')).versions['$VERSION'].dist.integrity")"
  [[ "$stored" == "$(integrity_of "$(tarball_of "$flavour")")" ]] || die "Verdaccio's $name@$VERSION changed ($stored)"
done
pass "the workflow's npm command ($NPM_RELEASE_COMMAND) says 'SKIPPING: already published' for both tarballs (npm: $(grep -oE 'You cannot publish over the previously published versions: [0-9A-Za-z.+-]*[0-9A-Za-z]' "$out" | head -1)); the stored tarballs are unchanged"
publish_pypi > "$out" 2>&1 || { cat "$out"; die "the workflow's PyPI command failed on the second run"; }
grep -q "Skipping" "$out" || { cat "$out"; die "the workflow's PyPI command neither failed nor said it skipped"; }
for flavour in "${FLAVOURS[@]}"; do
  for file in "$(wheel_of "$flavour")" "$(sdist_of "$flavour")"; do
    stored="$(find "$PROOF_WORK/../registries/pypiserver/packages" -name "$(basename "$file")")"
    cmp -s "$stored" "$file" || die "pypiserver's $(basename "$file") changed or is missing"
  done
done
pass "the workflow's PyPI command (publib-pypi: twine --skip-existing) skips files already there, and the stored wheels and sdists are unchanged"

# ---- 4. broken metadata -----------------------------------------------------------------------------------------
for flavour in "${FLAVOURS[@]}"; do
  tarball="$(tarball_of "$flavour")"
  wheel="$(wheel_of "$flavour")"
  log "$flavour: packages with broken metadata, through the workflow's pre-upload check"
  broken="$PROOF_WORK/$flavour/broken"
  mkdir -p "$broken/npm-src" "$broken/dist-npm/js" "$broken/dist-py/python"
  tar -xzf "$tarball" -C "$broken/npm-src"
  node -e 'const f = process.argv[1], p = JSON.parse(require("fs").readFileSync(f, "utf8")); p.version = process.argv[2]; require("fs").writeFileSync(f, JSON.stringify(p, null, 2))' \
    "$broken/npm-src/package/package.json" "${VERSION%.*}"
  tar -czf "$broken/dist-npm/js/$(basename "$tarball")" -C "$broken/npm-src" package
  if TWINE="$twine" bash "$here/check-artifacts.sh" "$broken/dist-npm" "$VERSION" > "$out" 2>&1; then cat "$out"; die "a tarball with version ${VERSION%.*} passed"; fi
  grep -q 'npm publish --dry-run says' "$out" || { cat "$out"; die "npm publish --dry-run did not refuse version ${VERSION%.*}"; }
  pass "$flavour: npm tarball with version \"${VERSION%.*}\" refused: $(grep -iE 'invalid version|npm error' "$out" | head -1)"

  # A wheel whose METADATA lost its Name: rebuilt with the same file name, so only the metadata is wrong.
  "$PYPI_PYTHON" - "$wheel" "$broken/dist-py/python/$(basename "$wheel")" <<'PY'
import sys, zipfile
source, target = sys.argv[1:]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.endswith(".dist-info/METADATA"):
            data = b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"Name:"))
        zout.writestr(item, data)
PY
  cp "$(sdist_of "$flavour")" "$broken/dist-py/python/"
  if TWINE="$twine" bash "$here/check-artifacts.sh" "$broken/dist-py" "$VERSION" > "$out" 2>&1; then cat "$out"; die "a wheel without Name passed"; fi
  grep -q "$(basename "$wheel"): twine check --strict says" "$out" || { cat "$out"; die "twine check did not refuse the wheel without Name"; }
  pass "$flavour: wheel without a Name field refused: $(tr -s ' \n' ' ' < "$out" | grep -oE "InvalidDistribution: [^:]*: '[a-z-]+' is a required field" | head -1)"
done

# A release that lost a flavour: the npm job's folder without the cdktn tarball, as the workflow's check step runs.
log "a release without the cdktn package, through the workflow's pre-upload check"
partial="$PROOF_WORK/partial"
mkdir -p "$partial/js"
cp "$(tarball_of cdktf)" "$partial/js/"
check_names="$(cd "$RELEASE_REPO" && node -e '
  const wf = require("yaml").parse(require("fs").readFileSync(".github/workflows/release.yml", "utf8"));
  const step = wf.jobs.release_npm.steps.find((x) => x.name === "Check the packages before upload");
  console.log(step.run.replace(/^.*version\.txt\)"\s*/, ""));
')"
[[ "$check_names" == "${NAME[cdktf]} ${NAME[cdktn]}" ]] || die "release.yml's check step names '$check_names', not both packages"
if TWINE="$twine" bash "$here/check-artifacts.sh" "$partial" "$VERSION" $check_names > "$out" 2>&1; then cat "$out"; die "a release without the cdktn tarball passed the check"; fi
pass "a release without the cdktn tarball refused: $(grep 'REFUSED' "$out" | head -1)"

# ---- 5. the compat check against the last published version ----------------------------------------------------
for flavour in "${FLAVOURS[@]}"; do
  name="${NAME[$flavour]}"
  log "$flavour: compat: jsii-diff against the last version published to the registry npm is configured with"
  compat_env=()
  [[ $flavour == cdktn ]] && compat_env=(PACKAGE_DIR=flavours/cdktn/pkg BASELINE=api/cdktn-baseline.json)
  (cd "$RELEASE_REPO" && clean_npm npm_config_registry="$NPM_REGISTRY_URL" "${compat_env[@]}" bash scripts/api-compat.sh check) > "$out" 2>&1 \
    || { cat "$out"; die "the compat check of $flavour against $name@$VERSION on Verdaccio failed"; }
  grep -q "against the last published version, $name@$VERSION" "$out" || { cat "$out"; die "the compat check did not use $name@$VERSION"; }
  pass "$flavour: compat check: $(tail -1 "$out")"
done

held=""
for flavour in "${FLAVOURS[@]}"; do
  name="${NAME[$flavour]}"
  versions="$(curl -fsS "${NPM_REGISTRY_URL}${name}" | node -p 'Object.keys(JSON.parse(require("fs").readFileSync(0, "utf8")).versions).join(" ")')"
  [[ "$versions" == "$VERSION" ]] || die "Verdaccio holds $name versions '$versions', expected only $VERSION"
  held+="$name $versions; "
done
files="$(ls "$PROOF_WORK/../registries/pypiserver/packages" | sort | tr '\n' ' ')"
[[ "$(wc -w <<< "$files")" -eq $((2 * ${#FLAVOURS[@]})) ]] || die "pypiserver holds '$files', expected a wheel and an sdist of each flavour"
pass "the registries hold only the release: npm ${held}pypiserver $files"
log "$checks checks passed"
