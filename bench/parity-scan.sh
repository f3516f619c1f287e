#!/usr/bin/env bash
# Parity of gantry's vulnerability scan with Trivy v0.74.0 and osv-scanner v2.5.1, offline, on four images
# built here (Alpine 3.20, Debian 12, distroless-style, scratch) holding real Go binaries built against old
# modules: the inventory (Go modules and stdlib, apk, dpkg) against Trivy's CycloneDX, name for name and
# version for version; the findings against osv-scanner (OSV zips for Go, Alpine, Debian) and Trivy (a
# trivy-db built here from shared/vulndb and the same Alpine/Debian records). Every difference is printed with
# its reason; one without a reason fails the script. Not part of the test run (the tools are heavy to build:
# scripts/tools.sh caches them). Trivy, trivy-db and osv-scanner run in network namespaces of their own, so
# they cannot reach anything; gantry reads everything from files.
#   bench/parity-scan.sh [--no-write] [--keep]     (writes the tables into BENCHMARKS.md unless --no-write)
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"
[ -f dist/cli/index.js ] || {
  echo "parity-scan: dist/cli/index.js is missing: npm run package" >&2
  exit 1
}
exec nice -n 5 node bench/parity-scan.mjs \
  --trivy "$(scripts/tools.sh path trivy)" \
  --trivy-db "$(scripts/tools.sh path trivy-db)" \
  --osv-scanner "$(scripts/tools.sh path osv-scanner)" "$@"
