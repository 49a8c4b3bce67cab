#!/usr/bin/env bash
# The main job: synthesizes the example stacks (examples/) with the cdktf CLI.
set -euo pipefail

# Offline, cdktf's version check (checkpoint-api.hashicorp.com) would print an [ERROR] on a good run.
export CHECKPOINT_DISABLE=1

# Terraform prints a CLI-configuration warning on every call when TF_CLI_CONFIG_FILE names a file that does
# not exist, and cdktf shows it as an [ERROR]. An empty file is the same configuration (none), without it.
if [[ -n "${TF_CLI_CONFIG_FILE:-}" && ! -e "$TF_CLI_CONFIG_FILE" ]]; then
  echo "note: TF_CLI_CONFIG_FILE names $TF_CLI_CONFIG_FILE, which does not exist; synthesizing with no Terraform CLI configuration, as Terraform would (create the file or unset the variable to drop this note)" >&2
  export TF_CLI_CONFIG_FILE=/dev/null
fi

exec cdktf synth "$@"
