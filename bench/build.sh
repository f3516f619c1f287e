#!/usr/bin/env bash
# Benchmark of cross-builds: `gantry build` vs a bare shell loop of `go build` vs `goreleaser build
# --snapshot`, cold (fresh GOCACHE) and warm, on examples/ and one real module from the Go module proxy.
# Results go into BENCHMARKS.md between <!-- bench:build --> markers. Not part of the tests.
#
#   bench/build.sh [--reps N] [--reps-for yq=1] [--warm-reps N] [--projects hello,idgen,yq]
#                  [--tools bare,gantry,goreleaser] [--no-write] [--report-only]
#   bench/build.sh --warm [--rounds N] [--projects sh,migrate] [--compare-cli PATH --compare-label TEXT]
#
# Each run of a project replaces that project's results in $BENCH_DIR/results.json; the report covers all.
# --warm measures warm rebuilds of two targets (linux/amd64, linux/arm64) instead: each tool builds once,
# then rebuilds the unchanged commit --rounds times, tools rotated per round, into BENCHMARKS.md between
# <!-- bench:warm --> markers, on mvdan.cc/sh (the issue's case) and golang-migrate (a 1,022-line go.sum).
# --compare-cli adds another gantry CLI (an older checkout's dist/cli/index.js) as a column.
#
# Setup is the only step that uses the network, and only the Go module proxy: goreleaser comes from
# scripts/tools.sh (built from source once per machine), and every module the projects need is downloaded
# into a private GOMODCACHE. The measured builds then run with GOPROXY=off, so they cannot fetch anything.
# Work files live in $BENCH_DIR (default: $TMPDIR/gantry-bench).
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"

GORELEASER="$(scripts/tools.sh path goreleaser)"
GORELEASER_VERSION="v$("$GORELEASER" --version 2>/dev/null | sed -n 's/^GitVersion:[[:space:]]*v\{0,1\}//p')"
# The mid-size module: yq, a CLI with 33 module dependencies (go-yaml, hcl, cty, gopher-lua, cobra, x/net,
# x/text ...), its main package at the module root, and `go 1.26.0` in go.mod, so Go 1.26 builds it.
YQ_MODULE=github.com/mikefarah/yq/v4
YQ_VERSION=v4.54.3

BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/gantry-bench}"
export BENCH_DIR
mkdir -p "$BENCH_DIR" .tools/bin

# The warm-rebuild modules: shfmt (mvdan.cc/sh, 29 lines of go.sum) and migrate (golang-migrate, 1,022 lines,
# about 200 modules to download and verify: 2 GB in the module cache).
SH_MODULE=mvdan.cc/sh/v3
SH_VERSION=v3.14.1
MIGRATE_MODULE=github.com/golang-migrate/migrate/v4
MIGRATE_VERSION=v4.20.1

# Every module any measured build needs, into the bench's own module cache.
export GOMODCACHE="$BENCH_DIR/gomodcache"
src="$BENCH_DIR/src"
mkdir -p "$src"
fetch() { # name module version: a writable copy of the module's source in $src/name, its modules downloaded
  if [ ! -f "$src/$1/go.mod" ]; then
    local dir
    dir="$(go mod download -json "$2@$3" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    rm -rf "$src/$1.tmp" && cp -r "$dir" "$src/$1.tmp" && chmod -R u+w "$src/$1.tmp" && mv "$src/$1.tmp" "$src/$1"
  fi
  (cd "$src/$1" && go mod download)
}
if [[ " $* " == *" --warm "* ]]; then
  fetch sh "$SH_MODULE" "$SH_VERSION"
  [[ " $* " == *" --projects "* && " $* " != *migrate* ]] || fetch migrate "$MIGRATE_MODULE" "$MIGRATE_VERSION"
else
  fetch yq "$YQ_MODULE" "$YQ_VERSION"
fi
for ex in examples/*/; do
  if [ -f "$ex/go.mod" ]; then (cd "$ex" && go mod download); fi
done

[ -f dist/cli/index.js ] || npm run --silent package -- cli
if [[ " $* " == *" --warm "* ]]; then
  exec node bench/warm.mjs --goreleaser "$GORELEASER" --goreleaser-version "$GORELEASER_VERSION" \
    --sh-version "$SH_VERSION" --migrate-version "$MIGRATE_VERSION" "$@"
fi
exec node bench/build.mjs --yq-version "$YQ_VERSION" --goreleaser "$GORELEASER" \
  --goreleaser-version "$GORELEASER_VERSION" "$@"
