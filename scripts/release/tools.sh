#!/usr/bin/env bash
# Installs the local registries the release rehearsal publishes to, at pinned versions, into a cache folder
# (nothing global), and prints where they are as shell variables:
#   VERDACCIO   node script of Verdaccio (npm registry)
#   PYPI_PYTHON python of a venv holding pypiserver (PyPI registry) with passlib (htpasswd accounts) and twine
# Cache: ~/.cache/cdktf-cloudflare-api-tokens/release-tools/<versions> (or $RELEASE_TOOLS_CACHE).
set -euo pipefail

VERDACCIO_VERSION=6.8.0   # 6.10+ needs Node 22; 6.8.0 runs on Node 20
PYPISERVER_VERSION=2.4.2
PASSLIB_VERSION=1.7.4
# `twine check` and the refusal of a second upload use this twine; publib-pypi installs its own ("twine<6.2.0").
TWINE_VERSION=6.1.0

log() { printf '[release-tools] %s\n' "$*" >&2; }
PYTHON="${PYTHON:-python3}"
cache="${RELEASE_TOOLS_CACHE:-$HOME/.cache/cdktf-cloudflare-api-tokens/release-tools}/verdaccio-$VERDACCIO_VERSION-pypiserver-$PYPISERVER_VERSION-twine-$TWINE_VERSION"

npm_dir="$cache/npm"
if [[ ! -f "$npm_dir/.installed" ]]; then
  log "installing verdaccio@$VERDACCIO_VERSION into $npm_dir"
  rm -rf "$npm_dir" && mkdir -p "$npm_dir"
  npm install --prefix "$npm_dir" --no-save --no-audit --no-fund --loglevel=error "verdaccio@$VERDACCIO_VERSION" >&2
  touch "$npm_dir/.installed"
fi

venv="$cache/venv"
if [[ ! -f "$venv/.installed" ]]; then
  log "installing pypiserver==$PYPISERVER_VERSION, passlib==$PASSLIB_VERSION, twine==$TWINE_VERSION into $venv"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --no-input "pypiserver==$PYPISERVER_VERSION" "passlib==$PASSLIB_VERSION" "twine==$TWINE_VERSION" >&2
  touch "$venv/.installed"
fi

verdaccio="$npm_dir/node_modules/verdaccio/bin/verdaccio"
[[ -f "$verdaccio" ]] || { log "verdaccio is missing at $verdaccio"; exit 1; }
printf 'VERDACCIO=%q\nPYPI_PYTHON=%q\n' "$verdaccio" "$venv/bin/python"
