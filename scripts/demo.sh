#!/usr/bin/env bash
# The demo: run the gantry pipeline on examples/ with the bundled CLI, offline. Each stage adds its step here.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"
scripts/bootstrap.sh
gantry() { node "$GANTRY_ROOT/dist/cli/index.js" "$@"; }

echo "== gantry plan (examples/hello)"
gantry plan --working-directory examples/hello --targets default,linux/arm/v7
