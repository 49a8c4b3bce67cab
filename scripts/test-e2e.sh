#!/usr/bin/env bash
# End-to-end suite: provides Terraform and the Cloudflare provider (scripts/e2e-tools.sh), compiles the
# library, then runs test/e2e/**/*.e2e.ts with jest. Extra arguments go to jest (e.g. a test path).
set -euo pipefail
cd "$(dirname "$0")/.."

# The Go module proxy serves the Cloudflare provider only at 5.24.0, not at the 5.14.0 that the prebuilt
# bindings pin (see scripts/e2e-tools/PROVIDER_NOTES.md): list the 5.24.0 build under 5.14.0 too.
export E2E_CF_PROVIDER_ALIAS_VERSIONS="${E2E_CF_PROVIDER_ALIAS_VERSIONS:-5.14.0}"
eval "$(bash scripts/e2e-tools.sh)"
export E2E_TERRAFORM E2E_TF_CLI_CONFIG_FILE E2E_PROVIDER_MIRROR E2E_PROVIDER_BINARY E2E_PROVIDER_VERSION
export CHECKPOINT_DISABLE=1 NO_UPDATE_NOTIFIER=1 JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1

started=$(date +%s)
npx jest -c test/e2e/jest.config.json --runInBand "$@"
echo "e2e suite: $(( $(date +%s) - started ))s"
