#!/usr/bin/env bash
# Benchmark of cross-builds: `gantry build` vs a bare shell loop of `go build` vs `goreleaser build
# --snapshot`, cold (fresh GOCACHE) and warm, on examples/ and one real module from the Go module proxy.
# Results go into BENCHMARKS.md between <!-- bench:build --> markers. Not part of the tests.
#
#   bench/build.sh [--reps N] [--reps-for yq=1] [--warm-reps N] [--projects hello,idgen,yq]
#                  [--tools bare,gantry,goreleaser] [--no-write] [--report-only]
#
# Each run of a project replaces that project's results in $BENCH_DIR/results.json; the report covers all.
#
# Setup is the only step that uses the network, and only the Go module proxy: it go-installs goreleaser
# into .tools/bin and downloads every module the projects need into a private GOMODCACHE. The measured
# builds then run with GOPROXY=off, so they cannot fetch anything. Work files live in $BENCH_DIR
# (default: $TMPDIR/gantry-bench).
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"

GORELEASER_VERSION=v2.15.1
# The mid-size module: yq, a CLI with 33 module dependencies (go-yaml, hcl, cty, gopher-lua, cobra, x/net,
# x/text ...), its main package at the module root, and `go 1.26.0` in go.mod, so Go 1.26 builds it.
YQ_MODULE=github.com/mikefarah/yq/v4
YQ_VERSION=v4.54.3

BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/gantry-bench}"
export BENCH_DIR
mkdir -p "$BENCH_DIR" .tools/bin

if ! .tools/bin/goreleaser --version 2>/dev/null | grep -q "${GORELEASER_VERSION#v}"; then
  echo "bench: go install github.com/goreleaser/goreleaser/v2@$GORELEASER_VERSION (a few minutes)" >&2
  GOBIN="$GANTRY_ROOT/.tools/bin" go install "github.com/goreleaser/goreleaser/v2@$GORELEASER_VERSION"
fi

# Every module any measured build needs, into the bench's own module cache.
export GOMODCACHE="$BENCH_DIR/gomodcache"
src="$BENCH_DIR/src"
mkdir -p "$src"
if [ ! -f "$src/yq/go.mod" ]; then
  dir="$(go mod download -json "$YQ_MODULE@$YQ_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  rm -rf "$src/yq.tmp" && cp -r "$dir" "$src/yq.tmp" && chmod -R u+w "$src/yq.tmp" && mv "$src/yq.tmp" "$src/yq"
fi
(cd "$src/yq" && go mod download)
for ex in examples/*/; do
  if [ -f "$ex/go.mod" ]; then (cd "$ex" && go mod download); fi
done

[ -f dist/cli/index.js ] || npm run --silent package -- cli
exec node bench/build.mjs --yq-version "$YQ_VERSION" --goreleaser-version "$GORELEASER_VERSION" "$@"
