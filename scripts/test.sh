#!/usr/bin/env bash
# The test command: bootstrap, bring up the test rig of real parts, build act (the workflow engine of the
# act tier, scripts/act) and install strace, check the committed bundles, run every test (unit, integration,
# e2e, act) with jest under Node 24. Extra arguments go to jest (e.g. a path filter).
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"
scripts/bootstrap.sh
if [ -x scripts/rig.sh ]; then
  scripts/rig.sh up
  eval "$(scripts/rig.sh env)"
fi
scripts/act/deps.sh
scripts/tools.sh build act
npm run --silent typecheck
npm run --silent lint
npm run --silent format-check
npm run --silent check-dist
npm run --silent check-docs
npm test -- "$@"
