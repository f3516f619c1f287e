#!/usr/bin/env bash
# Benchmark of the scan stage: a 4-platform image of ko v0.19.1 (150 modules) with the full Go vulnerability
# database (shared/vulndb): gantry (cold and warm, the image and the same four binaries as paths) vs
# govulncheck v1.6.0 on the four binaries vs Trivy v0.74.0's inventory (and vulnerability) time on the same
# image, in one run. Results go into BENCHMARKS.md between <!-- bench:scan --> markers. Not part of the tests.
#   bench/scan.sh [--reps N] [--no-write] [--keep]
# The binaries are built once (bench/scan-binaries.sh, niced) and kept in $BENCH_DIR/scan. Trivy and
# trivy-db run in network namespaces of their own; gantry and govulncheck read files only.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"
[ -f dist/cli/index.js ] || {
  echo "bench/scan.sh: dist/cli/index.js is missing: npm run package" >&2
  exit 1
}
BINS="$(bench/scan-binaries.sh)"
exec nice -n 5 node bench/scan.mjs --bins "$BINS" \
  --trivy "$(scripts/tools.sh path trivy)" \
  --trivy-db "$(scripts/tools.sh path trivy-db)" \
  --govulncheck "$(scripts/tools.sh path govulncheck)" "$@"
