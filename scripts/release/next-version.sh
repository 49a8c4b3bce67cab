#!/usr/bin/env bash
# projen's `bump` calls this (nextVersionCommand) with VERSION = the last released version, or 0.0.0 when no
# release tag exists. The first release is 0.1.0; afterwards an empty answer keeps the bump the commits ask for.
set -euo pipefail
if [[ "${VERSION:?bump sets VERSION}" == "0.0.0" ]]; then echo "0.1.0"; fi
