#!/usr/bin/env bash
# The release proof, run by `rehearse.sh --prove` while the local registries hold the release (the variables come
# from there: VERSION, RELEASE_DIST, NPM_REGISTRY_URL, PYPI_URL, ...):
#   1. a new npm project whose .npmrc points at Verdaccio installs the packages; the lock file shows they came from
#      there, byte for byte the tarballs the build made; the TypeScript token app (consumer/app.ts) synthesizes the
#      same Terraform JSON as with the clone the packages were built from
#   2. a new venv installs the wheel from pypiserver (--index-url; PyPI only as an extra index for cdktf, constructs
#      and the provider bindings); pip's report shows the wheel came from pypiserver, byte for byte; the Python
#      token app (consumer/app.py) synthesizes the same Terraform JSON
#   3. publishing the same version again: npm and twine refuse it with an error; the workflow's publib commands say
#      they skip it (by design, so a re-run finishes), and the registries keep the first upload
#   4. copies with broken metadata are refused by the workflow's pre-upload check (check-artifacts.sh), and never
#      reach the registries
#   5. `npx projen compat` (scripts/api-compat.sh) compares with the version just published (from Verdaccio)
set -euo pipefail
: "${VERSION:?} ${RELEASE_DIST:?} ${NPM_REGISTRY_URL:?} ${PYPI_URL:?} ${PROOF_WORK:?} ${ROOT:?}"
here="$ROOT/scripts/release"
checks=0
log() { printf '\n[release:prove] %s\n' "$*"; }
pass() { checks=$((checks + 1)); printf '[release:prove] PASS %s\n' "$*"; }
die() { printf '[release:prove] FAIL %s\n' "$*" >&2; exit 1; }
# npm run sets npm_config_* variables (registry, userconfig, ...) that would override the project .npmrc.
clean_npm() { env $(env | grep -io '^npm_config_[a-z0-9_]*' | sed 's/^/-u /') HOME="$PROOF_WORK/home" npm_config_cache="$npm_cache" "$@"; }
json_get() { node -e 'const v = process.argv[2].split(".").reduce((o, k) => (o == null ? o : o[k]), JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))); console.log(v === undefined ? "" : v)' "$@"; }

[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ && "$VERSION" != "0.0.0" ]] || die "the bumped version '$VERSION' is not a release version"
mkdir -p "$PROOF_WORK/home"
shopt -s nullglob
tarballs=("$RELEASE_DIST"/js/*.tgz)
wheels=("$RELEASE_DIST"/python/*.whl)
sdists=("$RELEASE_DIST"/python/*.tar.gz)
shopt -u nullglob
[[ ${#tarballs[@]} -ge 1 && ${#wheels[@]} -ge 1 && ${#sdists[@]} -ge 1 ]] || die "the build made no tarball, wheel or sdist in $RELEASE_DIST"
tarball="${tarballs[0]}"
wheel="${wheels[0]}"
package_name="$(tar -xzOf "$tarball" package/package.json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).name')"
dist_name="$(basename "$wheel" | cut -d- -f1 | tr _ -)"

# Versions of the public dependencies: the ones the clone develops and tests with.
dev_dependency() { node -p "require('$ROOT/package.json').devDependencies['$1']"; }
CDKTF="$(dev_dependency cdktf)"; CONSTRUCTS="$(dev_dependency constructs)"
CLOUDFLARE="$(dev_dependency @cdktf/provider-cloudflare)"; TIME="$(dev_dependency @cdktf/provider-time)"

compare_synth() { # NAME ACTUAL_DIR: cdk.tf.json of the stack "tokens" against the clone's
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
    console.log(`${name}: same Terraform JSON as the clone (${resources} resources, ${fs.statSync(actualFile).size} bytes)`);
  ' "$1" "$2/cdktf.out/stacks/tokens/cdk.tf.json" "$PROOF_WORK/reference/cdktf.out/stacks/tokens/cdk.tf.json"
}

# ---- 0. the clone's output: the same app against the build the packages were packed from --------------------
log "reference: consumer/app.ts against the clone ($RELEASE_DIST/..)"
ref="$PROOF_WORK/reference"
mkdir -p "$ref/node_modules/@cdktf"
for dep in cdktf constructs @cdktf/provider-cloudflare @cdktf/provider-time; do ln -s "$ROOT/node_modules/$dep" "$ref/node_modules/$dep"; done
ln -s "$(dirname "$RELEASE_DIST")" "$ref/node_modules/$package_name"
cp "$here/consumer/app.ts" "$ref/"
tsc_app() { "$ROOT/node_modules/.bin/tsc" --strict --skipLibCheck --module commonjs --target ES2020 --moduleResolution node --outDir "$1/out" "$1/app.ts"; }
tsc_app "$ref"
(cd "$ref" && node out/app.js)

# ---- 1. npm ---------------------------------------------------------------------------------------------------
log "npm: a new project installs $package_name@$VERSION from $NPM_REGISTRY_URL"
ts="$PROOF_WORK/consumer-ts"
mkdir -p "$ts"
echo '{ "name": "release-proof-consumer", "version": "0.0.0", "private": true }' > "$ts/package.json"
# Every package comes through Verdaccio; it serves this library only from what was published to it, and the public
# dependencies from the public registry.
echo "registry=$NPM_REGISTRY_URL" > "$ts/.npmrc"
(cd "$ts" && clean_npm npm install --no-audit --no-fund --loglevel=error \
  "$package_name@$VERSION" "cdktf@$CDKTF" "constructs@$CONSTRUCTS" "@cdktf/provider-cloudflare@$CLOUDFLARE" "@cdktf/provider-time@$TIME")
resolved="$(json_get "$ts/package-lock.json" "packages.node_modules/$package_name.resolved")"
integrity="$(json_get "$ts/package-lock.json" "packages.node_modules/$package_name.integrity")"
installed="$(json_get "$ts/node_modules/$package_name/package.json" version)"
expected_integrity="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
[[ "$resolved" == "$NPM_REGISTRY_URL"* ]] || die "npm resolved $package_name from '$resolved', not from $NPM_REGISTRY_URL"
[[ "$integrity" == "$expected_integrity" ]] || die "the installed $package_name is not the tarball the build made ($integrity)"
[[ "$installed" == "$VERSION" ]] || die "npm installed $package_name $installed, not $VERSION"
pass "npm installed $package_name $installed from $resolved, the same bytes as $(basename "$tarball")"
cp "$here/consumer/app.ts" "$ts/"
tsc_app "$ts"
(cd "$ts" && node out/app.js)
compare_synth "TypeScript app, installed from Verdaccio" "$ts"
pass "TypeScript synth from the npm package = synth from the clone"

# ---- 2. PyPI --------------------------------------------------------------------------------------------------
log "pip: a new venv installs $dist_name==$VERSION from ${PYPI_URL}simple/"
py="$PROOF_WORK/consumer-py"
mkdir -p "$py"
python3 -m venv "$py/venv"
# No local wheel folders (PIP_FIND_LINKS): only the two indexes.
env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL "$py/venv/bin/python" -m pip install --quiet --no-input \
  --index-url "${PYPI_URL}simple/" --extra-index-url https://pypi.org/simple/ --report "$py/report.json" \
  "$dist_name==$VERSION" "cdktf==$CDKTF" "constructs==$CONSTRUCTS" \
  "cdktf-cdktf-provider-cloudflare==$CLOUDFLARE" "cdktf-cdktf-provider-time==$TIME"
read -r py_url py_hash < <("$py/venv/bin/python" - "$py/report.json" "$dist_name" <<'PY'
import json, sys
report, name = json.load(open(sys.argv[1])), sys.argv[2]
item = next(i for i in report["install"] if i["metadata"]["name"].lower().replace("_", "-") == name)
print(item["download_info"]["url"], item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256", ""))
PY
)
[[ "$py_url" == "$PYPI_URL"* ]] || die "pip took $dist_name from $py_url, not from $PYPI_URL"
[[ "$py_hash" == "$(sha256sum "$wheel" | cut -d' ' -f1)" ]] || die "the installed wheel is not the one the build made (sha256 $py_hash)"
py_version="$("$py/venv/bin/python" -c "from importlib.metadata import version; print(version('$dist_name'))")"
[[ "$py_version" == "$VERSION" ]] || die "pip installed $dist_name $py_version, not $VERSION"
pass "pip installed $dist_name $py_version from $py_url, the same bytes as $(basename "$wheel")"
cp "$here/consumer/app.py" "$py/"
(cd "$py" && venv/bin/python app.py)
compare_synth "Python app, installed from pypiserver" "$py"
pass "Python synth from the wheel = TypeScript synth from the clone"

# ---- 3. the same version again --------------------------------------------------------------------------------
# (pypiserver 2.4.2 answers 400 "... already exists", which twine --skip-existing also recognizes)
log "publishing $VERSION again"
out="$PROOF_WORK/republish.log"
publisher="$PROOF_WORK/publisher"
mkdir -p "$publisher"
printf 'registry=%s\n//%s:_authToken=%s\n' "$NPM_REGISTRY_URL" "${NPM_REGISTRY_URL#http://}" "$NPM_PUBLISH_TOKEN" > "$publisher/.npmrc"
if (cd "$publisher" && clean_npm npm publish "$tarball") > "$out" 2>&1; then
  cat "$out"; die "Verdaccio accepted $package_name@$VERSION a second time"
fi
grep -iE 'EPUBLISHCONFLICT|already present|cannot publish over' "$out" >&2 || { cat "$out"; die "npm publish failed, but not because the version exists"; }
pass "npm publish of $package_name@$VERSION again fails: $(grep -ioE 'EPUBLISHCONFLICT|this package is already present|cannot publish over the previously published versions: [0-9A-Za-z.+-]*[0-9A-Za-z]' "$out" | head -1)"
# publib skips a version that is already there (so a re-run of a half-failed release job can finish); the
# registry must still hold the first upload.
(cd "$(dirname "$RELEASE_DIST")" && publish_npm) > "$out" 2>&1 || { cat "$out"; die "the workflow's npm command failed on the second run"; }
grep -q "SKIPPING: already published" "$out" || { cat "$out"; die "the workflow's npm command neither failed nor said it skipped"; }
stored_integrity="$(curl -fsS "${NPM_REGISTRY_URL}${package_name}" | node -p "JSON.parse(require('fs').readFileSync(0, 'utf8')).versions['$VERSION'].dist.integrity")"
[[ "$stored_integrity" == "$expected_integrity" ]] || die "Verdaccio's $package_name@$VERSION changed ($stored_integrity)"
pass "the workflow's npm command ($NPM_RELEASE_COMMAND) says 'SKIPPING: already published' (npm: $(grep -oE 'You cannot publish over the previously published versions: [0-9A-Za-z.+-]*[0-9A-Za-z]' "$out" | head -1)); the stored tarball is unchanged"

if "$PYPI_PYTHON" -m twine upload --verbose --non-interactive --repository-url "$PYPI_URL" -u "$PYPI_USER" -p "$PYPI_PASSWORD" "$wheel" > "$out" 2>&1; then
  cat "$out"; die "pypiserver accepted $(basename "$wheel") a second time"
fi
# twine's log wraps long lines: read it as one line.
said="$(tr -s ' \n' ' ' < "$out" | sed 's/&#039;/'"'"'/g')"
grep -qiE "Package '[^']+' already exists" <<< "$said" || { cat "$out"; die "twine upload failed, but not because the file exists"; }
pass "twine upload of $(basename "$wheel") again fails: $(grep -oE 'HTTPError: [0-9]+ Bad Request' <<< "$said" | head -1), $(grep -oiE "Package '[^']+' already exists!" <<< "$said" | head -1)"
(cd "$(dirname "$RELEASE_DIST")" && publish_pypi) > "$out" 2>&1 || { cat "$out"; die "the workflow's PyPI command failed on the second run"; }
grep -q "Skipping" "$out" || { cat "$out"; die "the workflow's PyPI command neither failed nor said it skipped"; }
stored="$(find "$PROOF_WORK/../registries/pypiserver/packages" -name "$(basename "$wheel")")"
cmp -s "$stored" "$wheel" || die "pypiserver's $(basename "$wheel") changed"
pass "the workflow's PyPI command (publib-pypi: twine --skip-existing) skips files already there, and the stored wheel is unchanged"

# ---- 4. broken metadata ---------------------------------------------------------------------------------------
log "packages with broken metadata, through the workflow's pre-upload check"
broken="$PROOF_WORK/broken"
mkdir -p "$broken/npm-src" "$broken/dist-npm/js" "$broken/dist-py/python"
tar -xzf "$tarball" -C "$broken/npm-src"
node -e 'const f = process.argv[1], p = JSON.parse(require("fs").readFileSync(f, "utf8")); p.version = process.argv[2]; require("fs").writeFileSync(f, JSON.stringify(p, null, 2))' \
  "$broken/npm-src/package/package.json" "${VERSION%.*}"
tar -czf "$broken/dist-npm/js/$(basename "$tarball")" -C "$broken/npm-src" package
if TWINE="$(dirname "$PYPI_PYTHON")/twine" bash "$here/check-artifacts.sh" "$broken/dist-npm" "$VERSION" > "$out" 2>&1; then cat "$out"; die "a tarball with version ${VERSION%.*} passed"; fi
grep -q 'npm publish --dry-run says' "$out" || { cat "$out"; die "npm publish --dry-run did not refuse version ${VERSION%.*}"; }
pass "npm tarball with version \"${VERSION%.*}\" refused: $(grep -iE 'invalid version|npm error' "$out" | head -1)"

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
cp "${sdists[0]}" "$broken/dist-py/python/"
if TWINE="$(dirname "$PYPI_PYTHON")/twine" bash "$here/check-artifacts.sh" "$broken/dist-py" "$VERSION" > "$out" 2>&1; then cat "$out"; die "a wheel without Name passed"; fi
grep -q "$(basename "$wheel"): twine check --strict says" "$out" || { cat "$out"; die "twine check did not refuse the wheel without Name"; }
pass "wheel without a Name field refused: $(tr -s ' \n' ' ' < "$out" | grep -oE "InvalidDistribution: [^:]*: '[a-z-]+' is a required field" | head -1)"

# ---- 5. the compat check against the last published version ------------------------------------------------
log "compat: jsii-diff against the last version published to the registry npm is configured with"
(cd "$(dirname "$RELEASE_DIST")" && clean_npm npm_config_registry="$NPM_REGISTRY_URL" bash scripts/api-compat.sh check) > "$out" 2>&1 \
  || { cat "$out"; die "the compat check against $package_name@$VERSION on Verdaccio failed"; }
grep -q "against the last published version, $package_name@$VERSION" "$out" || { cat "$out"; die "the compat check did not use $package_name@$VERSION"; }
pass "compat check: $(tail -1 "$out")"

versions="$(curl -fsS "${NPM_REGISTRY_URL}${package_name}" | node -p 'Object.keys(JSON.parse(require("fs").readFileSync(0, "utf8")).versions).join(" ")')"
[[ "$versions" == "$VERSION" ]] || die "Verdaccio holds versions '$versions', expected only $VERSION"
files="$(ls "$PROOF_WORK/../registries/pypiserver/packages" | tr '\n' ' ')"
pass "the registries hold only the release: npm $package_name $versions; pypiserver $files"
log "$checks checks passed"
