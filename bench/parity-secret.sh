#!/usr/bin/env bash
# Parity of gantry's secret scanner with Trivy v0.74.0's (offline) on a generated corpus of fake secrets: in a
# folder, in an image layer, deleted by a later layer; plus a clean Go folder and image. gantry must find at
# least what Trivy finds for the rule families it has (private keys, AWS, GCP, GitHub, Slack) and nothing on
# the clean targets. Not part of the test run (Trivy takes 20-35 min to build once: scripts/tools.sh caches it).
# Trivy runs in a network namespace of its own, so it cannot reach anything.
#   bench/parity-secret.sh [--time] [--no-write] [--keep]   (--time: also time both on the Go toolchain's src/)
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"
TRIVY=$(scripts/tools.sh path trivy)
# With a test rig up (this checkout's, or the one GANTRY_RIG_* already point at), its busybox and golang images
# are scanned too: clean images that exist for real. Images that cannot be pulled are skipped with a line.
[ -n "${GANTRY_RIG_REGISTRY:-}" ] || eval "$(scripts/rig.sh env 2>/dev/null || true)"
exec node bench/parity-secret.mjs --trivy "$TRIVY" --crane "$(scripts/tools.sh path crane)" "$@"
