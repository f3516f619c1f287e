#!/usr/bin/env bash
# The test command: bootstrap, bring up the test rig of real parts, build act (the workflow engine of the
# act tier, scripts/act) and install strace, check the code and the committed generated files, then run the
# tiers: unit (hermetic: no Go, git, Docker, network or root), integration (real Go, git and local registry
# processes), rig (dockerd, buildx, registries) and act (workflows run by nektos/act). Extra arguments go to
# jest as a path filter instead of the tier runs (scripts/test.sh __tests__/go).
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
if [ $# -gt 0 ]; then
  exec npm test -- "$@"
fi
scripts/test-unit.sh
tiers=(__tests__/integration __tests__/scan/executable __tests__/rig)
[ -d __tests__/act ] && tiers+=(__tests__/act/)
npm test -- "${tiers[@]}"
