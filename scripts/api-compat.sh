#!/usr/bin/env bash
# The public API against the last release: the last version published to the npm registry (npm's configured
# registry), or the committed baseline while nothing is published yet.
#   bash scripts/api-compat.sh check      # jsii-diff <last published version | api/baseline.json> -> the compiled .jsii;
#                                         # fails on any break
#   bash scripts/api-compat.sh baseline   # accept the compiled .jsii as the new baseline (commit api/baseline.json)
# A registry that cannot be asked fails the check (it does not fall back to the baseline).
# A deliberate break against the last published version: put the keys jsii-diff prints (e.g.
# `removed:cdktf-cloudflare-api-tokens.Foo`) in .compatignore, one per line, and release it as breaking (feat!:).
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
    name="$(cd "$PACKAGE_DIR" && node -p 'require("./package.json").name')"
    view_errors="$(mktemp)"
    trap 'rm -f "$view_errors"' EXIT
    if published="$(npm view "$name@latest" version 2>"$view_errors")"; then
      echo "api-compat: against the last published version, $name@$published ($(npm config get registry))"
      ignore=()
      if [[ -s .compatignore ]]; then ignore=(--ignore-file .compatignore); echo "api-compat: ignoring the breaking changes listed in .compatignore"; fi
      if ! npx --no-install jsii-diff "npm:$name@$published" "$PACKAGE_DIR" --keys --error-on all "${ignore[@]}"; then
        echo "api-compat: the public API changed incompatibly since $published (above): if that is intended, list the keys above in .compatignore and release it as breaking (feat!: / BREAKING CHANGE:, CONTRIBUTING.md › Releasing)." >&2
        exit 1
      fi
      echo "api-compat: no incompatible change against $name@$published"
      exit 0
    fi
    if ! grep -q E404 "$view_errors"; then
      cat "$view_errors" >&2
      echo "api-compat: could not ask the npm registry for the last published $name (above)" >&2
      exit 1
    fi
    echo "api-compat: $name is not published yet: against the committed $BASELINE"
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
