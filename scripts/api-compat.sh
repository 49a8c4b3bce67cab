#!/usr/bin/env bash
# The public API against the committed baseline (there is no release to compare with yet).
#   bash scripts/api-compat.sh check      # jsii-diff api/baseline.json -> the compiled .jsii; fails on any break
#   bash scripts/api-compat.sh baseline   # accept the compiled .jsii as the new baseline (commit api/baseline.json)
# The cdktn flavour has its own baseline: PACKAGE_DIR=flavours/cdktn/pkg BASELINE=api/cdktn-baseline.json (scripts/flavour/cdktn.sh).
# The baseline is stored under a name no jsii tool looks for (jsii-docgen documents every `.jsii` it finds
# in the tree), and is unpacked for jsii-diff below node_modules, where its dependencies resolve.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE_DIR="${PACKAGE_DIR:-.}"
BASELINE="${BASELINE:-api/baseline.json}"
[[ -f $PACKAGE_DIR/.jsii ]] || { echo "api-compat: no $PACKAGE_DIR/.jsii: compile first (npx projen compile)" >&2; exit 1; }

case "${1:-}" in
  baseline)
    mkdir -p "$(dirname "$BASELINE")"
    cp "$PACKAGE_DIR/.jsii" "$BASELINE"
    echo "api-compat: $BASELINE is now the public API of this build; commit it with the change that needs it"
    ;;
  check)
    # Below the node_modules where the package's own dependencies (cdktf or cdktn) resolve.
    unpacked="$(dirname "$(cd "$PACKAGE_DIR" && node -p 'require.resolve("constructs/package.json")')")/../.cache/api-baseline"
    rm -rf "$unpacked" && mkdir -p "$unpacked"
    cp "$BASELINE" "$unpacked/.jsii"
    node -e 'const a = require(process.argv[1]); require("fs").writeFileSync(process.argv[2], JSON.stringify({ name: a.name, version: a.version, peerDependencies: a.dependencies, jsii: {} }))' \
      "$PWD/$BASELINE" "$unpacked/package.json"
    if ! npx --no-install jsii-diff "$unpacked" "$PACKAGE_DIR" --keys --error-on all; then
      echo "api-compat: the public API changed incompatibly (above). If that is intended, accept it as the baseline ('npm run api:baseline', or 'scripts/flavour/cdktn.sh baseline' for cdktn) and commit $BASELINE with the change." >&2
      exit 1
    fi
    echo "api-compat: no incompatible change against $BASELINE"
    ;;
  *) sed -n '2,6p' "$0" >&2; exit 2 ;;
esac
