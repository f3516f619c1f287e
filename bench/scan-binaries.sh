#!/usr/bin/env bash
# The scan benchmark's program, built once and kept: ko v0.19.1 (github.com/google/ko, 150 module
# dependencies, pinned by its own go.sum) from the Go module proxy, cross-compiled with the local Go for the
# four platforms of the image bench/scan.sh scans. Prints the folder: <platform with dashes>/ko.
#   bench/scan-binaries.sh            (part of bench/scan.sh; run alone to build ahead)
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"

KO_MODULE=github.com/google/ko
KO_VERSION=v0.19.1
PLATFORMS="linux/amd64 linux/arm64 linux/arm/v7 linux/ppc64le"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/gantry-bench}"
OUT="$BENCH_DIR/scan/ko-$KO_VERSION-$(go env GOVERSION)"
mkdir -p "$OUT"
src="$OUT/src"
if [ ! -f "$src/go.mod" ]; then
  dir="$(go mod download -json "$KO_MODULE@$KO_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  rm -rf "$src.tmp" && cp -r "$dir" "$src.tmp" && chmod -R u+w "$src.tmp" && mv "$src.tmp" "$src"
fi
for p in $PLATFORMS; do
  IFS=/ read -r os arch variant <<<"$p"
  bin="$OUT/${p//\//-}/ko"
  [ -x "$bin" ] && continue
  echo "scan bench: building ko $KO_VERSION for $p (a few minutes, niced)" >&2
  mkdir -p "$(dirname "$bin")"
  (cd "$src" && CGO_ENABLED=0 GOOS=$os GOARCH=$arch GOARM=${variant#v} GOFLAGS=-mod=readonly \
    nice -n 10 go build -trimpath -ldflags="-s -w -X github.com/google/ko/pkg/commands.Version=$KO_VERSION" \
    -o "$bin.tmp" . && mv "$bin.tmp" "$bin")
done
echo "$OUT"
