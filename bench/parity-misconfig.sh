#!/usr/bin/env bash
# Parity of gantry's Dockerfile rules with Trivy v0.74.0's embedded Dockerfile checks, offline, on the
# seed-style Dockerfiles in __tests__/fixtures/dockerfiles: every issue Trivy reports that a gantry rule covers
# must be reported by gantry too, on a line Trivy's issue spans; each difference is printed with its reason,
# and a miss without one fails the script. Not part of the test run (Trivy takes 20-35 min to build once:
# scripts/tools.sh caches it). Trivy runs in a network namespace of its own, so it cannot reach anything.
#   bench/parity-misconfig.sh [--no-write]     (writes the table into BENCHMARKS.md unless --no-write)
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"
TRIVY=$(scripts/tools.sh path trivy)
exec node bench/parity-misconfig.mjs --trivy "$TRIVY" "$@"
