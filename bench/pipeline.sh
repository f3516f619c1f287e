#!/usr/bin/env bash
# Benchmark of the one-step pipeline (issue 14): examples/hello released for 4 linux platforms (linux/amd64,
# linux/arm64, linux/arm/v7, linux/ppc64le) with warm caches, from start to the image pushed to a local
# registry: `gantry release` vs `goreleaser release` (builds, archives, checksums and its ko integration,
# `kos:`) vs the bare compile (`go build` of the 4 targets), in one run, rounds interleaved; medians and
# gantry's time per step go into BENCHMARKS.md between <!-- bench:pipeline --> markers. Not part of the tests.
#
#   bench/pipeline.sh [--rounds N] [--no-write] [--report-only] [--registry HOST:PORT] [--no-goreleaser]
#
# The registry: a docker-registry process of its own on 127.0.0.1 (Debian's package; started here, stopped
# at the end), or --registry HOST:PORT (an anonymous one, e.g. the rig's: eval "$(scripts/rig.sh env)";
# --registry "$GANTRY_RIG_REGISTRY"). The scan database: $GANTRY_VULNDB/osv, or ../shared/vulndb/osv beside
# the checkout (Go's whole vulnerability database), else the demo's subset, examples/vulndb/osv. goreleaser v2.15.1 comes from scripts/tools.sh (built
# from source once per machine; the only network use). No Docker daemon, no root.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"

REGISTRY=""
GORELEASER_ON=1
PASS=()
while [ $# -gt 0 ]; do
  case "$1" in
  --registry) REGISTRY=$2 && shift ;;
  --no-goreleaser) GORELEASER_ON=0 ;;
  --rounds) PASS+=("$1" "$2") && shift ;;
  --no-write | --report-only) PASS+=("$1") ;;
  *) echo "usage: bench/pipeline.sh [--rounds N] [--no-write] [--report-only] [--registry HOST:PORT] [--no-goreleaser]" >&2 && exit 2 ;;
  esac
  shift
done

BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/gantry-bench}"
export BENCH_DIR
mkdir -p "$BENCH_DIR"
[ -f dist/cli/index.js ] || npm run --silent package -- cli

if [ -n "${GANTRY_VULNDB:-}" ]; then
  DB="$GANTRY_VULNDB/osv"
elif [ -d ../shared/vulndb/osv ]; then
  DB="$(cd ../shared/vulndb/osv && pwd)"
else
  DB="$GANTRY_ROOT/examples/vulndb/osv"
fi

GR=()
if [ "$GORELEASER_ON" = 1 ]; then
  GORELEASER="$(scripts/tools.sh path goreleaser)"
  GORELEASER_VERSION="v$("$GORELEASER" --version 2>/dev/null | sed -n 's/^GitVersion:[[:space:]]*v\{0,1\}//p')"
  GR=(--goreleaser "$GORELEASER" --goreleaser-version "$GORELEASER_VERSION")
fi

NOTE="the rig's anonymous registry ($REGISTRY)"
if [[ " ${PASS[*]-} " != *" --report-only "* ]] && [ -z "$REGISTRY" ]; then
  . scripts/lib/local-registry.sh
  trap registry_stop EXIT
  registry_start
  REGISTRY="$LOCAL_REGISTRY"
  NOTE="a docker-registry process on 127.0.0.1 ($("$LOCAL_REGISTRY_BIN" --version 2>/dev/null | awk '{ print $NF }' || echo '?'), filesystem storage)"
fi

node bench/pipeline.mjs --registry "${REGISTRY:-none}" --registry-note "$NOTE" --db "$DB" "${GR[@]}" "${PASS[@]}"
