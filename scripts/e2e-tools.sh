#!/usr/bin/env bash
# Provides the tools the end-to-end tests need, with no network at test time:
#   * a Terraform CLI (the one on PATH if >= 1.5, else one built from Go modules), and
#   * the real Cloudflare Terraform provider, built from its Go module and installed
#     in a local filesystem mirror, plus a Terraform CLI config file that makes
#     `terraform init` take registry.terraform.io/cloudflare/cloudflare from it.
#
# Usage:
#   eval "$(bash scripts/e2e-tools.sh)"   # build what is missing (cached), print exports
#   bash scripts/e2e-tools.sh --check     # exit 0 if everything is cached, 1 otherwise
#
# stdout carries only `export NAME=value` lines:
#   E2E_TERRAFORM          absolute path of the terraform binary
#   E2E_TF_CLI_CONFIG_FILE CLI config file to pass as TF_CLI_CONFIG_FILE
#   E2E_PROVIDER_MIRROR    the filesystem mirror directory
#   E2E_PROVIDER_BINARY    absolute path of the provider binary
#   E2E_PROVIDER_VERSION   the provider version the binary really is
# Progress and timings go to stderr.
#
# Environment knobs (all optional):
#   E2E_TOOLS_CACHE              cache root (default ~/.cache/cdktf-cloudflare-api-tokens/e2e-tools)
#   E2E_FORCE_BUILD_TERRAFORM=1  ignore terraform on PATH and build it from Go modules
#   E2E_CF_PROVIDER_VERSION      provider version to build: 5.24.0 (default) or 5.14.0 (needs a
#                                Go module proxy that serves that commit; see below)
#   E2E_CF_PROVIDER_ALIAS_VERSIONS
#                                space-separated extra version numbers under which the same
#                                binary is also listed in the mirror (e.g. "5.14.0"), for
#                                configurations pinned to a version that cannot be built here.
#                                The binary stays what it is; a warning says so.
#
# The Go module proxy reachable from this project's machines serves only listed module
# versions: github.com/cloudflare/terraform-provider-cloudflare is served at
# v0.0.0-20260824180050-4f360d592a7d (internal/version.go says 5.24.0) and not at the
# 5.14.0 commit 262c3ddc486915fcb291224e5453dc32d3e25602: the hash, v5.14.0 and other
# pseudo-versions of the module get HTTP 403 "This module version is not available".
# See scripts/e2e-tools/PROVIDER_NOTES.md.
#
# Cost of a cold build on a 2-core machine: terraform 1.5.7 about 8 min. The provider took
# 80 min (about 94 CPU-minutes, of which about 14 min is the link) and added about 25 GB to
# GOCACHE. That leaves little of CI's 90-minute budget, so CI should run this only where
# `--check` passes, or accept that the first run on a new machine is long. A warm run takes
# about 0.1 s and does no Go work.
set -euo pipefail

log() { printf '[e2e-tools] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  sed -n '2,/^set -euo pipefail$/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h | --help) usage; exit 0 ;;
  *) usage; exit 2 ;;
esac

# ---------------------------------------------------------------------------------------
# Versions
# ---------------------------------------------------------------------------------------
TF_MIN_MAJOR=1
TF_MIN_MINOR=5
TF_BUILD_MODULE=github.com/hashicorp/terraform # the last MPL-licensed release line
TF_BUILD_VERSION=1.5.7

PROVIDER_MODULE=github.com/cloudflare/terraform-provider-cloudflare
PROVIDER_DEFAULT=5.24.0
# Provider version -> Go module version (commit or pseudo-version) of that release.
provider_module_version() {
  case "$1" in
    5.24.0) echo v0.0.0-20260824180050-4f360d592a7d ;;
    5.14.0) echo 262c3ddc486915fcb291224e5453dc32d3e25602 ;; # not served by the proxy here
    *) return 1 ;;
  esac
}

CACHE_ROOT=${E2E_TOOLS_CACHE:-$HOME/.cache/cdktf-cloudflare-api-tokens/e2e-tools}
PROVIDER_VERSION=${E2E_CF_PROVIDER_VERSION:-$PROVIDER_DEFAULT}
PROVIDER_MODVER=$(provider_module_version "$PROVIDER_VERSION") ||
  die "unknown provider version '$PROVIDER_VERSION' (known: 5.24.0, 5.14.0)"
ALIAS_VERSIONS=${E2E_CF_PROVIDER_ALIAS_VERSIONS:-}

# ---------------------------------------------------------------------------------------
# Platform
# ---------------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) die "unsupported OS $(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=amd64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) die "unsupported CPU $(uname -m)" ;;
esac
PLATFORM=${os}_${arch}

# Cache layout (keyed by version; the short commit/pseudo-version hash keeps keys honest).
modver_key=${PROVIDER_MODVER##*-}
modver_key=${modver_key:0:8}
TF_DIR=$CACHE_ROOT/terraform-$TF_BUILD_VERSION
TF_BUILT=$TF_DIR/terraform
PROV_DIR=$CACHE_ROOT/provider-cloudflare-$PROVIDER_VERSION-$modver_key
PROV_BIN=$PROV_DIR/terraform-provider-cloudflare_v$PROVIDER_VERSION
mirror_versions=$PROVIDER_VERSION
for v in $ALIAS_VERSIONS; do
  [[ $v =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "bad alias version '$v'"
  [[ " $mirror_versions " == *" $v "* ]] || mirror_versions="$mirror_versions $v"
done
mirror_key=$(tr ' ' '+' <<<"$mirror_versions")
MIRROR=$PROV_DIR/mirror-$mirror_key
CLI_CONFIG=$PROV_DIR/terraformrc-$mirror_key
PROVIDER_ADDR=registry.terraform.io/cloudflare/cloudflare

mirror_entry() { # version -> path of the binary inside the mirror
  echo "$MIRROR/$PROVIDER_ADDR/$1/$PLATFORM/terraform-provider-cloudflare_v$1"
}

# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------
# Prints "X.Y.Z" for a terraform binary, or nothing.
tf_version_of() {
  env -u TF_CLI_CONFIG_FILE CHECKPOINT_DISABLE=1 "$1" version -json 2>/dev/null |
    sed -n 's/.*"terraform_version": *"\([0-9][0-9.]*\)".*/\1/p' | head -n1
}

tf_version_ok() { # X.Y.Z -> 0 if >= TF_MIN
  local major minor
  IFS=. read -r major minor _ <<<"$1"
  [[ -n $major && -n $minor ]] || return 1
  ((major > TF_MIN_MAJOR || (major == TF_MIN_MAJOR && minor >= TF_MIN_MINOR)))
}

# Sets TERRAFORM to a usable terraform if one is available without building.
find_terraform() {
  TERRAFORM=
  if [[ ${E2E_FORCE_BUILD_TERRAFORM:-0} != 1 ]] && command -v terraform >/dev/null 2>&1; then
    local path ver
    path=$(command -v terraform)
    path=$(cd "$(dirname "$path")" && pwd -P)/$(basename "$path")
    ver=$(tf_version_of "$path")
    if [[ -n $ver ]] && tf_version_ok "$ver"; then
      TERRAFORM=$path
      TERRAFORM_SOURCE="PATH, v$ver"
      return 0
    fi
    log "terraform on PATH ($path) is ${ver:-of unknown version}; need >= $TF_MIN_MAJOR.$TF_MIN_MINOR"
  fi
  if [[ -x $TF_BUILT ]]; then
    TERRAFORM=$TF_BUILT
    TERRAFORM_SOURCE="cached build, v$TF_BUILD_VERSION"
    return 0
  fi
  return 1
}

provider_ready() {
  [[ -x $PROV_BIN && -f $CLI_CONFIG ]] || return 1
  local v
  for v in $mirror_versions; do [[ -x $(mirror_entry "$v") ]] || return 1; done
}

need_go() {
  command -v go >/dev/null 2>&1 || die "Go is needed to build $1 but 'go' is not on PATH"
}

# Runs a command in the scratch dir, outside any module or workspace; GOPATH, GOMODCACHE,
# GOCACHE and GOFLAGS stay as the user has them, so later runs reuse the same caches.
go_neutral() {
  (cd "$WORK" && GOWORK=off "$@")
}

LOCK_FD=
take_lock() {
  [[ -n $LOCK_FD ]] && return 0
  mkdir -p "$CACHE_ROOT"
  if command -v flock >/dev/null 2>&1; then
    exec {LOCK_FD}>"$CACHE_ROOT/.lock"
    if ! flock -n "$LOCK_FD"; then
      log "another e2e-tools run holds $CACHE_ROOT/.lock; waiting"
      flock "$LOCK_FD"
    fi
  else
    LOCK_FD=none
  fi
}

WORK=
cleanup() { [[ -n $WORK && -d $WORK ]] && rm -rf "$WORK"; return 0; }
trap cleanup EXIT
make_work() {
  [[ -n $WORK ]] && return 0
  mkdir -p "$CACHE_ROOT"
  WORK=$(mktemp -d "$CACHE_ROOT/.work.XXXXXX")
}

# ---------------------------------------------------------------------------------------
# Builders (each writes into a temp name inside the cache, then renames into place)
# ---------------------------------------------------------------------------------------
build_terraform() {
  need_go "terraform $TF_BUILD_VERSION"
  make_work
  local start=$SECONDS gobin=$WORK/tf-bin log=$WORK/tf-build.log
  mkdir -p "$gobin"
  log "terraform: building $TF_BUILD_MODULE@v$TF_BUILD_VERSION with $(go version | cut -d' ' -f3) (a few minutes)"
  if ! go_neutral env GOBIN="$gobin" CGO_ENABLED=0 \
    go install -trimpath "$TF_BUILD_MODULE@v$TF_BUILD_VERSION" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "building terraform failed (log above)"
  fi
  mkdir -p "$TF_DIR"
  mv -f "$gobin/terraform" "$TF_DIR/.terraform.tmp.$$"
  mv -f "$TF_DIR/.terraform.tmp.$$" "$TF_BUILT"
  log "terraform: built $TF_BUILT in $((SECONDS - start))s"
}

build_provider() {
  need_go "terraform-provider-cloudflare $PROVIDER_VERSION"
  make_work
  local start=$SECONDS gobin=$WORK/prov-bin log=$WORK/prov-build.log
  local ldflags="-s -w -X main.version=$PROVIDER_VERSION"
  mkdir -p "$gobin"
  log "provider: building $PROVIDER_MODULE@$PROVIDER_MODVER (v$PROVIDER_VERSION) with $(go version | cut -d' ' -f3); cold builds take a while"
  if ! go_neutral env GOBIN="$gobin" CGO_ENABLED=0 \
    go install -ldflags "$ldflags" "$PROVIDER_MODULE@$PROVIDER_MODVER" >"$log" 2>&1; then
    if grep -q -e 'not available' -e 'invalid version' -e 'unknown revision' "$log"; then
      tail -n 5 "$log" >&2
      die "the Go module proxy refused a module version that provider $PROVIDER_VERSION needs (log above); E2E_CF_PROVIDER_VERSION=$PROVIDER_DEFAULT is known to build"
    fi
    if ! grep -q -e 'replace directives' -e 'must not contain directives' "$log"; then
      tail -n 30 "$log" >&2
      die "building the provider failed (log above)"
    fi
    # `go install mod@version` refuses modules whose go.mod has replace directives:
    # build inside a writable copy of the downloaded module instead.
    log "provider: go install refused the module (replace directives); building from a copy of its source"
    local dir src=$WORK/prov-src
    dir=$(go_neutral go mod download -json "$PROVIDER_MODULE@$PROVIDER_MODVER" |
      sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
    [[ -n $dir && -d $dir ]] || die "go mod download did not give a module directory"
    cp -R "$dir" "$src" && chmod -R u+w "$src"
    if ! (cd "$src" && GOWORK=off GOFLAGS="$(go env GOFLAGS) -mod=mod" CGO_ENABLED=0 \
      go build -ldflags "$ldflags" -o "$gobin/terraform-provider-cloudflare" .) >"$log" 2>&1; then
      tail -n 30 "$log" >&2
      die "building the provider from source failed (log above)"
    fi
  fi
  mkdir -p "$PROV_DIR"
  mv -f "$gobin/terraform-provider-cloudflare" "$PROV_DIR/.provider.tmp.$$"
  mv -f "$PROV_DIR/.provider.tmp.$$" "$PROV_BIN"
  log "provider: built $PROV_BIN in $((SECONDS - start))s"
}

install_mirror() {
  local v entry
  for v in $mirror_versions; do
    entry=$(mirror_entry "$v")
    [[ -x $entry ]] && continue
    mkdir -p "$(dirname "$entry")"
    # A hard link costs no space; fall back to a copy across file systems.
    ln -f "$PROV_BIN" "$entry.tmp.$$" 2>/dev/null || cp -f "$PROV_BIN" "$entry.tmp.$$"
    mv -f "$entry.tmp.$$" "$entry"
  done
  local tmp=$CLI_CONFIG.tmp.$$
  cat >"$tmp" <<EOF
# Written by scripts/e2e-tools.sh: cloudflare/cloudflare comes from the local mirror only.
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["$PROVIDER_ADDR"]
  }
  direct {
    exclude = ["$PROVIDER_ADDR"]
  }
}
EOF
  mv -f "$tmp" "$CLI_CONFIG"
}

# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------
TERRAFORM_SOURCE=
if [[ $mode == check ]]; then
  ok=0
  if find_terraform; then log "terraform: ok ($TERRAFORM_SOURCE)"; else log "terraform: missing"; ok=1; fi
  if provider_ready; then log "provider $PROVIDER_VERSION: ok ($PROV_BIN)"; else log "provider $PROVIDER_VERSION: missing"; ok=1; fi
  exit "$ok"
fi

log "cache: $CACHE_ROOT (platform $PLATFORM)"

if find_terraform; then
  log "terraform: $TERRAFORM ($TERRAFORM_SOURCE)"
else
  take_lock
  find_terraform || build_terraform
  find_terraform || die "terraform still missing after the build"
fi

if provider_ready; then
  log "provider: cached $PROV_BIN"
else
  take_lock
  if [[ -x $PROV_BIN ]]; then
    log "provider: cached binary $PROV_BIN"
  else
    build_provider
  fi
  install_mirror
  provider_ready || die "provider mirror incomplete after install"
  log "provider: mirror $MIRROR"
fi

for v in $mirror_versions; do
  if [[ $v != "$PROVIDER_VERSION" ]]; then
    log "WARNING: the mirror also lists this $PROVIDER_VERSION binary as version $v (E2E_CF_PROVIDER_ALIAS_VERSIONS); it is not a $v build"
  fi
done

q() { printf '%q' "$1"; }
echo "export E2E_TERRAFORM=$(q "$TERRAFORM")"
echo "export E2E_TF_CLI_CONFIG_FILE=$(q "$CLI_CONFIG")"
echo "export E2E_PROVIDER_MIRROR=$(q "$MIRROR")"
echo "export E2E_PROVIDER_BINARY=$(q "$PROV_BIN")"
echo "export E2E_PROVIDER_VERSION=$(q "$PROVIDER_VERSION")"
