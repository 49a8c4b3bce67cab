#!/usr/bin/env bash
# Provides the tools the end-to-end tests need, with no network at test time:
#   * a Terraform CLI (the one on PATH if >= 1.5, else one built from Go modules), and
#   * the real Cloudflare Terraform provider and the HashiCorp time provider (time_rotating,
#     time_static: token rotation), each built from its Go module and installed in one local
#     filesystem mirror under its true version only, plus a Terraform CLI config file that makes
#     `terraform init` take registry.terraform.io/cloudflare/cloudflare and
#     registry.terraform.io/hashicorp/time from it.
#
# Usage:
#   bash scripts/e2e-tools.sh > tools.env  # build what is missing (cached), print exports
#   bash scripts/e2e-tools.sh --terraform  # only the Terraform CLI: print `export E2E_TERRAFORM=...`
#   bash scripts/e2e-tools.sh --check      # exit 0 if everything is cached, 1 otherwise
# A failure exits non-zero and prints nothing on stdout, so assign the output first
# (`env=$(bash scripts/e2e-tools.sh)`, which `set -e` checks) and eval it afterwards.
#
# stdout carries only `export NAME=value` lines:
#   E2E_TERRAFORM             absolute path of the terraform binary
#   E2E_TF_CLI_CONFIG_FILE    CLI config file to pass as TF_CLI_CONFIG_FILE
#   E2E_PROVIDER_MIRROR       the filesystem mirror directory
#   E2E_PROVIDER_BINARY       absolute path of the provider binary
#   E2E_PROVIDER_VERSION      the provider version the binary is, and the only one the mirror lists
#   E2E_PROVIDER_BUILD        slim or full (see E2E_PROVIDER_BUILD below)
#   E2E_TIME_PROVIDER_VERSION the hashicorp/time version the mirror holds, and the only one
# Progress and timings go to stderr.
#
# Environment knobs (all optional):
#   E2E_TOOLS_CACHE              cache root (default ~/.cache/cdktf-cloudflare-api-tokens/e2e-tools)
#   E2E_FORCE_BUILD_TERRAFORM=1  ignore terraform on PATH and build it from Go modules
#   E2E_PROVIDER_BUILD           slim (default): the provider's own source with internal/provider.go
#                                registering only the services this library and its tests use
#                                (SLIM_SERVICES below; resource code untouched), about 4 min cold on
#                                2 cores. full: every service, about 80 min cold and 25 GB of Go cache.
#
# The Go module proxy reachable from this project's machines serves only listed module
# versions: github.com/cloudflare/terraform-provider-cloudflare is served at
# v0.0.0-20260824180050-4f360d592a7d (internal/version.go says 5.24.0). It refuses the 5.14.0
# commit that @cdktf/provider-cloudflare 13.9.1 was generated from ("403 This module version is
# not available"), so the tested version is 5.24.0 and configurations pin it with
# `CloudflareProviderVersion.pin(stack)` (see scripts/e2e-tools/PROVIDER_NOTES.md).
# github.com/hashicorp/terraform-provider-time is served at v0.14.2 (about 35 s cold on 2 cores).
#
# Cold costs on a 2-core machine are measured by `npm run bench:tools` (bench/README.md).
# A warm run takes about 0.1 s and does no Go work.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf '[e2e-tools] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  sed -n '2,/^set -euo pipefail$/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --terraform) mode=terraform ;;
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
# The tested version is CloudflareProviderVersion.TESTED of the library; the Go module version of its release:
PROVIDER_VERSION=$(sed -n "s/^ *public static readonly TESTED = '\([0-9.]*\)';$/\1/p" \
  "$SCRIPT_DIR/../src/provider/cloudflare-provider-version.ts")
case "$PROVIDER_VERSION" in
  5.24.0) PROVIDER_MODVER=v0.0.0-20260824180050-4f360d592a7d ;;
  *) die "no Go module version is known for provider '$PROVIDER_VERSION' (CloudflareProviderVersion.TESTED)" ;;
esac
# What the library emits or reads, and what the tests deploy: the tokens, their permission-group lists,
# R2 buckets, and the account and zone services these refer to.
SLIM_SERVICES="account account_token api_token r2_bucket account_api_token_permission_groups api_token_permission_groups account_permission_group zone"

# hashicorp/time, for token rotation (time_rotating, time_static); its module version is its release tag.
TIME_MODULE=github.com/hashicorp/terraform-provider-time
# The time provider the library pins when it adds one (TESTED_TIME_PROVIDER_VERSION):
TIME_VERSION=$(sed -n "s/^export const TESTED_TIME_PROVIDER_VERSION = '\([0-9.]*\)';$/\1/p" "$SCRIPT_DIR/../src/rotation/private/time-provider.ts")
[[ $TIME_VERSION == 0.14.2 ]] || die "no Go module version is known for hashicorp/time '$TIME_VERSION' (TESTED_TIME_PROVIDER_VERSION)"

CACHE_ROOT=${E2E_TOOLS_CACHE:-$HOME/.cache/cdktf-cloudflare-api-tokens/e2e-tools}
PROVIDER_BUILD=${E2E_PROVIDER_BUILD:-slim}
[[ $PROVIDER_BUILD == slim || $PROVIDER_BUILD == full ]] || die "E2E_PROVIDER_BUILD is '$PROVIDER_BUILD'; use slim or full"

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
build_key=$PROVIDER_BUILD
if [[ $PROVIDER_BUILD == slim ]]; then # a new service list or filter is a new build
  build_key=slim-$( { echo "$SLIM_SERVICES"; cat "$SCRIPT_DIR/e2e-tools/slim-provider.awk"; } | sha256sum | cut -c1-8)
fi
PROV_DIR=$CACHE_ROOT/provider-cloudflare-$PROVIDER_VERSION-$modver_key-$build_key
PROV_BIN=$PROV_DIR/terraform-provider-cloudflare_v$PROVIDER_VERSION
MIRROR=$PROV_DIR/mirror
CLI_CONFIG=$PROV_DIR/terraformrc
PROVIDER_ADDR=registry.terraform.io/cloudflare/cloudflare
MIRROR_ENTRY=$MIRROR/$PROVIDER_ADDR/$PROVIDER_VERSION/$PLATFORM/terraform-provider-cloudflare_v$PROVIDER_VERSION
TIME_DIR=$CACHE_ROOT/provider-time-$TIME_VERSION # shared by every Cloudflare build's mirror
TIME_BIN=$TIME_DIR/terraform-provider-time_v$TIME_VERSION
TIME_ADDR=registry.terraform.io/hashicorp/time
TIME_MIRROR_ENTRY=$MIRROR/$TIME_ADDR/$TIME_VERSION/$PLATFORM/terraform-provider-time_v$TIME_VERSION

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

# The CLI config install_mirror writes.
cli_config_text() {
  cat <<EOF
# Written by scripts/e2e-tools.sh: cloudflare/cloudflare and hashicorp/time come from the local mirror only.
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["$PROVIDER_ADDR", "$TIME_ADDR"]
  }
  direct {
    exclude = ["$PROVIDER_ADDR", "$TIME_ADDR"]
  }
}
EOF
}

# Both binaries are in the mirror and the CLI config is the current one (an older one lacks hashicorp/time).
mirror_ready() {
  [[ -x $PROV_BIN && -x $TIME_BIN && -x $MIRROR_ENTRY && -x $TIME_MIRROR_ENTRY && -f $CLI_CONFIG ]] &&
    [[ $(<"$CLI_CONFIG") == "$(cli_config_text)" ]]
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
# `go install module@version`, whose binary `command` becomes `target` (atomically). Args: what (for the
# log), module@version, command, target, extra go install flags.
go_install_into() {
  local what=$1 module=$2 command=$3 target=$4
  shift 4
  need_go "$what"
  make_work
  local start=$SECONDS gobin=$WORK/$command-bin log=$WORK/$command-build.log
  mkdir -p "$gobin"
  log "$what: building $module with $(go version | cut -d' ' -f3)"
  if ! go_neutral env GOBIN="$gobin" CGO_ENABLED=0 go install -trimpath "$@" "$module" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "building $what failed (log above)"
  fi
  mkdir -p "$(dirname "$target")"
  mv -f "$gobin/$command" "$target.tmp.$$"
  mv -f "$target.tmp.$$" "$target"
  log "$what: built $target in $((SECONDS - start))s"
}

build_terraform() {
  log "terraform: a few minutes cold"
  go_install_into terraform "$TF_BUILD_MODULE@v$TF_BUILD_VERSION" terraform "$TF_BUILT"
}

build_provider() {
  need_go "terraform-provider-cloudflare $PROVIDER_VERSION"
  make_work
  local start=$SECONDS gobin=$WORK/prov-bin log=$WORK/prov-build.log
  local ldflags="-s -w -X main.version=$PROVIDER_VERSION"
  mkdir -p "$gobin"
  log "provider: building $PROVIDER_MODULE@$PROVIDER_MODVER (v$PROVIDER_VERSION, $PROVIDER_BUILD) with $(go version | cut -d' ' -f3)"
  local dir src=$WORK/prov-src
  dir=$(go_neutral go mod download -json "$PROVIDER_MODULE@$PROVIDER_MODVER" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') || true
  [[ -n $dir && -d $dir ]] || die "go mod download $PROVIDER_MODULE@$PROVIDER_MODVER gave no module directory"
  # A writable copy: `go install mod@version` refuses the module (its go.mod has replace directives).
  cp -R "$dir" "$src" && chmod -R u+w "$src"
  if [[ $PROVIDER_BUILD == slim ]]; then
    awk -v keep="$SLIM_SERVICES" -f "$SCRIPT_DIR/e2e-tools/slim-provider.awk" "$src/internal/provider.go" >"$WORK/provider.go" ||
      die "could not slim internal/provider.go (is SLIM_SERVICES still right for $PROVIDER_VERSION?)"
    mv -f "$WORK/provider.go" "$src/internal/provider.go"
    log "provider: internal/provider.go registers only: $SLIM_SERVICES"
  fi
  if ! (cd "$src" && GOWORK=off GOFLAGS="$(go env GOFLAGS) -mod=mod" CGO_ENABLED=0 \
    go build -trimpath -ldflags "$ldflags" -o "$gobin/terraform-provider-cloudflare" .) >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "building the provider failed (log above)"
  fi
  mkdir -p "$PROV_DIR"
  mv -f "$gobin/terraform-provider-cloudflare" "$PROV_DIR/.provider.tmp.$$"
  mv -f "$PROV_DIR/.provider.tmp.$$" "$PROV_BIN"
  log "provider: built $PROV_BIN in $((SECONDS - start))s"
}

build_time_provider() {
  go_install_into "time provider" "$TIME_MODULE@v$TIME_VERSION" terraform-provider-time "$TIME_BIN" -ldflags "-s -w"
}

link_into_mirror() { # binary mirror-entry
  [[ $1 -ef $2 ]] && return 0 # already linked (mv refuses to replace a file with itself)
  mkdir -p "$(dirname "$2")"
  # A hard link costs no space; fall back to a copy across file systems.
  ln -f "$1" "$2.tmp.$$" 2>/dev/null || cp -f "$1" "$2.tmp.$$"
  mv -f "$2.tmp.$$" "$2"
}

install_mirror() {
  link_into_mirror "$PROV_BIN" "$MIRROR_ENTRY"
  link_into_mirror "$TIME_BIN" "$TIME_MIRROR_ENTRY"
  cli_config_text >"$CLI_CONFIG.tmp.$$"
  mv -f "$CLI_CONFIG.tmp.$$" "$CLI_CONFIG"
}

# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------
TERRAFORM_SOURCE=
if [[ $mode == check ]]; then
  ok=0
  if find_terraform; then log "terraform: ok ($TERRAFORM_SOURCE)"; else log "terraform: missing"; ok=1; fi
  if [[ -x $PROV_BIN ]]; then log "provider $PROVIDER_VERSION: ok ($PROV_BIN)"; else log "provider $PROVIDER_VERSION: missing"; ok=1; fi
  if [[ -x $TIME_BIN ]]; then log "time provider $TIME_VERSION: ok ($TIME_BIN)"; else log "time provider $TIME_VERSION: missing"; ok=1; fi
  if mirror_ready; then log "mirror: ok ($MIRROR)"; else log "mirror: missing or out of date"; ok=1; fi
  exit "$ok"
fi

log "cache: $CACHE_ROOT (platform $PLATFORM)"
q() { printf '%q' "$1"; }

if find_terraform; then
  log "terraform: $TERRAFORM ($TERRAFORM_SOURCE)"
else
  take_lock
  find_terraform || build_terraform
  find_terraform || die "terraform still missing after the build"
fi
if [[ $mode == terraform ]]; then
  echo "export E2E_TERRAFORM=$(q "$TERRAFORM")"
  exit 0
fi

if mirror_ready; then
  log "provider: cached $PROV_BIN"
  log "time provider: cached $TIME_BIN"
else
  take_lock
  if [[ -x $PROV_BIN ]]; then
    log "provider: cached binary $PROV_BIN"
  else
    build_provider
  fi
  if [[ -x $TIME_BIN ]]; then
    log "time provider: cached binary $TIME_BIN"
  else
    build_time_provider
  fi
  install_mirror
  mirror_ready || die "provider mirror incomplete after install"
  log "provider: mirror $MIRROR"
fi

echo "export E2E_TERRAFORM=$(q "$TERRAFORM")"
echo "export E2E_TF_CLI_CONFIG_FILE=$(q "$CLI_CONFIG")"
echo "export E2E_PROVIDER_MIRROR=$(q "$MIRROR")"
echo "export E2E_PROVIDER_BINARY=$(q "$PROV_BIN")"
echo "export E2E_PROVIDER_VERSION=$(q "$PROVIDER_VERSION")"
echo "export E2E_PROVIDER_BUILD=$(q "$PROVIDER_BUILD")"
echo "export E2E_TIME_PROVIDER_VERSION=$(q "$TIME_VERSION")"
