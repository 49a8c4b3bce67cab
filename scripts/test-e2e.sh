#!/usr/bin/env bash
# End-to-end suite (`npm run test:e2e`): provides Terraform and the Cloudflare and time providers (scripts/e2e-tools.sh,
# built from Go modules when not cached; or the E2E_* variables it printed, when they are all set), then runs test/e2e/**/*.e2e.ts with jest. The apps import the library
# from src/ through ts-node, so nothing needs compiling first. Extra arguments go to jest (e.g. a test path).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z ${E2E_TERRAFORM:-} || -z ${E2E_TF_CLI_CONFIG_FILE:-} || -z ${E2E_PROVIDER_VERSION:-} || -z ${E2E_TIME_PROVIDER_VERSION:-} ]]; then
  # A failing tools script fails here, with its own message (an assignment keeps the exit status for set -e).
  tools_env=$(bash scripts/e2e-tools.sh)
  eval "$tools_env"
fi
export E2E_TERRAFORM E2E_TF_CLI_CONFIG_FILE E2E_PROVIDER_MIRROR E2E_PROVIDER_BINARY E2E_PROVIDER_VERSION E2E_PROVIDER_BUILD E2E_TIME_PROVIDER_VERSION
export CHECKPOINT_DISABLE=1 NO_UPDATE_NOTIFIER=1 JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
echo "e2e: terraform $E2E_TERRAFORM; cloudflare provider $E2E_PROVIDER_VERSION (${E2E_PROVIDER_BUILD:-?} build); time provider $E2E_TIME_PROVIDER_VERSION"

started=$(date +%s)
npx jest -c test/e2e/jest.config.json --runInBand "$@"
echo "e2e suite: $(( $(date +%s) - started ))s"
