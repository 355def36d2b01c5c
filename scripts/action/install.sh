#!/usr/bin/env bash
# The install step of action.yml: the runtime dependencies only, no compile step. A release tag
# carries the built CLI (dist/), so this is `npm ci --omit=dev` and nothing else.
set -euo pipefail
root="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: this script runs inside the outsource action}"
if [ ! -f "$root/dist/cli.js" ]; then
  echo "::error title=outsource::this version of the action has no built CLI (dist/): use a release tag, uses: outsource-cli/outsource@vX.Y.Z, or that tag's commit SHA"
  exit 2
fi
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 17) ? 0 : 1)'; then
  echo "::error title=outsource::outsource needs Node.js 20.17 or later, not $(node --version); set the node-version input"
  exit 2
fi
npm ci --prefix "$root" --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
