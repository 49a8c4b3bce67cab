#!/usr/bin/env bash
# Refuses a release whose packages are not what registries accept, before anything is uploaded:
#   bash scripts/release/check-artifacts.sh DIST VERSION [PACKAGE...]
# Every package in DIST/js (npm tarballs) and DIST/python (wheels, sdists) must carry VERSION (every flavour the build
# makes is released in step), pass `npm publish --dry-run` (npm's own manifest checks: name, version, files) and
# `twine check --strict` (the metadata and description PyPI validates). Either folder may be absent (the release
# workflow's npm and PyPI jobs each hold one); a present folder without packages fails. With PACKAGE names (npm and
# PyPI names, which are the same here), a present folder must hold exactly those: DIST/js one tarball of each,
# DIST/python one wheel and one sdist of each; a missing flavour or a stray package is refused.
# Environment: TWINE (a twine executable; otherwise twine==6.1.0 is installed into a temporary venv).
set -euo pipefail
dist="${1:?usage: check-artifacts.sh DIST VERSION [PACKAGE...]}"
version="${2:?usage: check-artifacts.sh DIST VERSION [PACKAGE...]}"
expected=("${@:3}")
TWINE_VERSION=6.1.0
failures=0
fail() { printf 'check-artifacts: REFUSED %s\n' "$*" >&2; failures=$((failures + 1)); }
ok() { printf 'check-artifacts: ok %s\n' "$*"; }
# PyPI's name normalization (PEP 503), which also turns the npm names used here into the PyPI ones.
normalize() { tr '[:upper:]' '[:lower:]' <<< "$1" | sed -E 's/[-_.]+/-/g'; }
# expect_exactly WHAT NAME...: the names found in one kind of package are each expected package once, no more.
expect_exactly() {
  local what="$1" name found
  shift
  local sorted_found sorted_expected
  sorted_found="$(for name in "$@"; do normalize "$name"; done | sort | tr '\n' ' ')"
  sorted_expected="$(for name in "${expected[@]}"; do normalize "$name"; done | sort | tr '\n' ' ')"
  if [[ "$sorted_found" == "$sorted_expected" ]]; then
    ok "$what: ${sorted_found% } (the packages this release publishes)"
  else
    fail "$what: holds ${sorted_found:-nothing}but this release publishes exactly ${sorted_expected% }"
  fi
}
[[ -d "$dist/js" || -d "$dist/python" ]] || { echo "check-artifacts: neither $dist/js nor $dist/python exists" >&2; exit 1; }

if [[ -d "$dist/js" ]]; then
  shopt -s nullglob
  tarballs=("$dist"/js/*.tgz)
  [[ ${#tarballs[@]} -gt 0 ]] || fail "$dist/js holds no npm tarball"
  npm_names=()
  for tgz in "${tarballs[@]}"; do
    read -r manifest_name manifest_version < <(tar -xzOf "$tgz" package/package.json | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { const m = JSON.parse(s); console.log(m.name, m.version); })')
    npm_names+=("$manifest_name")
    [[ "$manifest_version" == "$version" ]] || fail "$(basename "$tgz"): version $manifest_version, but this release is $version"
    if out="$(npm publish --dry-run --ignore-scripts "$tgz" 2>&1)"; then
      ok "$(basename "$tgz"): version $manifest_version, npm publish --dry-run passes"
    elif grep -q "You cannot publish over the previously published versions" <<< "$out"; then
      # npm 11 asks the registry in a dry run too (after checking the manifest); publib-npm skips such a version, so a
      # re-run of a release whose npm upload already happened can finish.
      ok "$(basename "$tgz"): version $manifest_version is already on the registry (publib-npm will skip it)"
    else
      fail "$(basename "$tgz"): npm publish --dry-run says:"; printf '%s\n' "$out" | grep -iE 'error|invalid|warn' >&2 || printf '%s\n' "$out" >&2
    fi
  done
  shopt -u nullglob
  [[ ${#expected[@]} -eq 0 ]] || expect_exactly "$dist/js (npm tarballs)" "${npm_names[@]}"
fi

if [[ -d "$dist/python" ]]; then
  shopt -s nullglob
  files=("$dist"/python/*.whl "$dist"/python/*.tar.gz)
  wheels=("$dist"/python/*.whl)
  shopt -u nullglob
  [[ ${#wheels[@]} -gt 0 ]] || fail "$dist/python holds no wheel"
  wheel_names=() sdist_names=()
  if [[ ${#files[@]} -gt 0 ]]; then
    twine="${TWINE:-}"
    if [[ -z "$twine" ]]; then
      venv="$(mktemp -d)"
      trap 'rm -rf "$venv"' EXIT
      python3 -m venv "$venv"
      "$venv/bin/python" -m pip install --quiet --no-input "twine==$TWINE_VERSION"
      twine="$venv/bin/twine"
    fi
    for file in "${files[@]}"; do
      # name-VERSION-….whl, name-VERSION.tar.gz (the version is normalized the way PyPI does; ours are plain x.y.z)
      base="$(basename "$file")"
      file_version="$(sed -E 's/^[^-]+-([^-]+)(-.*\.whl|\.tar\.gz)$/\1/' <<< "$base")"
      case "$base" in *.whl) wheel_names+=("${base%%-*}") ;; *) sdist_names+=("${base%%-*}") ;; esac
      [[ "$file_version" == "$version" ]] || fail "$base: version $file_version, but this release is $version"
      if out="$("$twine" check --strict "$file" 2>&1)"; then
        ok "$base: version $file_version, twine check --strict passes"
      else
        fail "$base: twine check --strict says:"; printf '%s\n' "$out" >&2
      fi
    done
  fi
  if [[ ${#expected[@]} -gt 0 ]]; then
    expect_exactly "$dist/python (wheels)" "${wheel_names[@]}"
    expect_exactly "$dist/python (sdists)" "${sdist_names[@]}"
  fi
fi

if [[ $failures -gt 0 ]]; then
  echo "check-artifacts: $failures problem(s) above; nothing may be uploaded" >&2
  exit 1
fi
