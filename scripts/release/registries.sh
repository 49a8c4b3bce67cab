# Sourced by the release rehearsal: starts Verdaccio (npm) and pypiserver (PyPI), each as its own process group on a
# free 127.0.0.1 port with a throw-away storage folder under $1, and stops them again. Needs VERDACCIO and PYPI_PYTHON
# (scripts/release/tools.sh). After start_registries:
#   NPM_REGISTRY_URL  http://127.0.0.1:<port>/   npm registry; packages named in LOCAL_ONLY_PACKAGES come only from its
#                     storage, every other package is fetched from the public npm registry through it
#   NPM_PUBLISH_TOKEN token of a throw-away Verdaccio account that may publish
#   PYPI_URL          http://127.0.0.1:<port>/   PyPI index (simple API at ${PYPI_URL}simple/), uploads at PYPI_URL
#   PYPI_USER, PYPI_PASSWORD  a throw-away pypiserver account that may upload
# stop_registries kills both process groups, waits for them and fails when a process is left.

registry_pids=()

free_port() {
  "$PYPI_PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_for_url URL PID NAME LOG: until URL answers, or fail when the process died or 60 s passed.
wait_for_url() {
  local url="$1" pid="$2" name="$3" logfile="$4"
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited before it answered at $url; its log:" >&2; cat "$logfile" >&2; return 1
    fi
    sleep 0.5
  done
  echo "$name did not answer at $url within 60 s; its log:" >&2; cat "$logfile" >&2; return 1
}

start_verdaccio() {
  local dir="$1/verdaccio" port
  port="$(free_port)"
  mkdir -p "$dir/storage"
  {
    echo "storage: $dir/storage"
    echo "auth: { htpasswd: { file: $dir/htpasswd, max_users: 1 } }"
    echo "uplinks: { npmjs: { url: https://registry.npmjs.org/, timeout: 120s } }"
    echo "packages:"
    local name
    for name in ${LOCAL_ONLY_PACKAGES:?names of the packages to publish}; do
      echo "  '$name': { access: \$all, publish: \$authenticated }"
    done
    echo "  '**': { access: \$all, publish: \$authenticated, proxy: npmjs }"
    echo "listen: 127.0.0.1:$port"
    echo "log: { type: stdout, format: pretty, level: warn }"
  } > "$dir/config.yaml"
  setsid node "$VERDACCIO" --config "$dir/config.yaml" > "$dir/log" 2>&1 &
  registry_pids+=("$!")
  NPM_REGISTRY_URL="http://127.0.0.1:$port/"
  wait_for_url "${NPM_REGISTRY_URL}-/ping" "$!" Verdaccio "$dir/log"
  # The first account to sign up is the only one (max_users: 1); its token publishes.
  NPM_PUBLISH_TOKEN="$(curl -fsS -X PUT -H 'content-type: application/json' \
    -d '{"name":"rehearsal","password":"rehearsal-only"}' "${NPM_REGISTRY_URL}-/user/org.couchdb.user:rehearsal" \
    | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).token))')"
  [[ -n $NPM_PUBLISH_TOKEN && $NPM_PUBLISH_TOKEN != undefined ]] || { echo "Verdaccio gave no token" >&2; return 1; }
  echo "Verdaccio $(node -p "require(process.argv[1]).version" "$(dirname "$VERDACCIO")/../package.json") at $NPM_REGISTRY_URL (storage $dir/storage)"
}

start_pypiserver() {
  local dir="$1/pypiserver" port
  port="$(free_port)"
  mkdir -p "$dir/packages"
  PYPI_USER=rehearsal
  PYPI_PASSWORD=rehearsal-only
  "$PYPI_PYTHON" -c 'import sys; from passlib.apache import HtpasswdFile; h = HtpasswdFile(sys.argv[1], new=True); h.set_password(sys.argv[2], sys.argv[3]); h.save()' \
    "$dir/htpasswd" "$PYPI_USER" "$PYPI_PASSWORD"
  # Uploads need the account; reading is open, as on PyPI. pypiserver refuses to overwrite a version (no --overwrite).
  setsid "$PYPI_PYTHON" -m pypiserver run --host 127.0.0.1 --port "$port" --passwords "$dir/htpasswd" --authenticate update \
    "$dir/packages" > "$dir/log" 2>&1 &
  registry_pids+=("$!")
  PYPI_URL="http://127.0.0.1:$port/"
  wait_for_url "${PYPI_URL}simple/" "$!" pypiserver "$dir/log"
  echo "pypiserver $("$PYPI_PYTHON" -c 'import pypiserver; print(pypiserver.__version__)') at $PYPI_URL (storage $dir/packages)"
}

start_registries() {
  start_verdaccio "$1"
  start_pypiserver "$1"
}

stop_registries() {
  local pid left=()
  for pid in "${registry_pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  for pid in "${registry_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for pid in "${registry_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null || [[ -n "$(pgrep -g "$pid" 2>/dev/null || true)" ]]; then left+=("$pid"); fi
  done
  registry_pids=()
  if [[ ${#left[@]} -gt 0 ]]; then echo "registries still running after stop: process groups ${left[*]}" >&2; return 1; fi
  echo "registries stopped; nothing left running"
}
