#!/usr/bin/env bash
# Benchmark of the end-to-end tools build (`npm run bench:tools`; the Cloudflare and time providers): runs
# scripts/e2e-tools.sh once cold, with empty Go caches (GOCACHE, GOMODCACHE) and an empty tools cache in a
# temporary directory, then once warm on the same caches, and writes the times to bench/tools-results.json.
# The module download from the Go module proxy is part of the cold time.
#   --terraform   also build Terraform from Go modules (E2E_FORCE_BUILD_TERRAFORM=1) instead of using PATH's
#   --full        build the full provider (E2E_PROVIDER_BUILD=full; about 80 min and 25 GB) instead of the slim one
#   --keep        keep the temporary caches (printed) instead of deleting them
set -euo pipefail
cd "$(dirname "$0")/.."

force_terraform=0
build=slim
keep=0
for arg in "$@"; do
  case "$arg" in
    --terraform) force_terraform=1 ;;
    --full) build=full ;;
    --keep) keep=1 ;;
    *) echo "unknown option $arg (see the header of $0)" >&2; exit 2 ;;
  esac
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bench-tools.XXXXXX")
cleanup() { if [[ $keep -eq 1 ]]; then echo "caches kept in $scratch" >&2; else chmod -R u+w "$scratch" 2>/dev/null; rm -rf "$scratch"; fi; }
trap cleanup EXIT

run_tools() { # label -> seconds on stdout; the script's log goes to $scratch/<label>.log
  local started=$(date +%s.%N)
  if ! env GOCACHE="$scratch/gocache" GOMODCACHE="$scratch/gomodcache" E2E_TOOLS_CACHE="$scratch/tools" \
    E2E_PROVIDER_BUILD="$build" E2E_FORCE_BUILD_TERRAFORM="$force_terraform" \
    bash scripts/e2e-tools.sh >"$scratch/$1.env" 2>"$scratch/$1.log"; then
    cat "$scratch/$1.log" >&2
    echo "bench:tools: the $1 run failed" >&2
    exit 1
  fi
  awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
}

echo "bench:tools: cold build ($build provider$([[ $force_terraform -eq 1 ]] && echo ', terraform built'); caches in $scratch)" >&2
cold=$(run_tools cold)
echo "bench:tools: cold ${cold}s" >&2
warm=$(run_tools warm)
echo "bench:tools: warm ${warm}s" >&2

binary=$(sed -n 's/^export E2E_PROVIDER_BINARY=//p' "$scratch/cold.env")
terraform=$(sed -n 's/^export E2E_TERRAFORM=//p' "$scratch/cold.env")
node -e '
const [cold, warm, build, forceTf, binary, terraform, gocacheMb] = process.argv.slice(1);
const os = require("os"), fs = require("fs");
const result = {
  date: new Date().toISOString(),
  machine: { cores: os.cpus().length, cpu: os.cpus()[0].model, memoryGb: Math.round(os.totalmem() / 2 ** 30), go: require("child_process").execSync("go version").toString().trim() },
  providerBuild: build,
  terraform: forceTf === "1" ? "built from Go modules" : `from PATH (${terraform})`,
  coldSeconds: Number(cold),
  warmSeconds: Number(warm),
  targetColdSeconds: 600,
  providerBinaryMb: Math.round(fs.statSync(binary).size / 2 ** 20),
  goBuildCacheMb: Number(gocacheMb),
  loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
};
fs.writeFileSync("bench/tools-results.json", JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
' "$cold" "$warm" "$build" "$force_terraform" "$binary" "$terraform" "$(du -sm "$scratch/gocache" | cut -f1)"
