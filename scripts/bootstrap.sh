#!/usr/bin/env bash
# Install what the project needs to build and test, idempotently: Node 24 from the npm registry into
# .tools/node24, and node_modules from package-lock.json (npm ci) when the lock file changed.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"

if [ "$("$GANTRY_NODE_DIR/node_modules/.bin/node" --version 2>/dev/null)" != "v$GANTRY_NODE_VERSION" ]; then
  echo "bootstrap: installing node@$GANTRY_NODE_VERSION into .tools/node24" >&2
  rm -rf "$GANTRY_NODE_DIR"
  mkdir -p "$GANTRY_NODE_DIR"
  npm install --prefix "$GANTRY_NODE_DIR" --no-save --no-package-lock "node@$GANTRY_NODE_VERSION" >&2
fi

stamp=node_modules/.gantry-lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: npm ci" >&2
  npm ci --no-audit --no-fund >&2
  echo "$want" > "$stamp"
fi
echo "bootstrap: node $(node --version), npm $(npm --version 2>/dev/null), $(go version)" >&2
