#!/usr/bin/env bash
# nektos/act for gantry's workflow tests: the pinned module built from source with the wrapper in this
# folder, with the files in patches/ put in place of act's own (README.md says why each).
# scripts/tools.sh calls this; use `scripts/tools.sh path act` rather than calling it directly.
#
#   scripts/act/build.sh version      the version of the build (the cache file name; bump the suffix
#                                     whenever go.mod, go.sum or a patch changes)
#   scripts/act/build.sh build OUT    build the binary to OUT
set -euo pipefail

VERSION=v0.2.87-gantry1
MODULE=github.com/nektos/act
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() {
  printf 'act build: error: %s\n' "$*" >&2
  exit 1
}

build() {
  local out=$1 src tmp rel
  command -v go >/dev/null || die "go is needed to build act"
  export GOTOOLCHAIN=local GOFLAGS="-buildvcs=false -mod=readonly" GOTELEMETRY=off
  cd "$HERE"
  go mod download "$MODULE"
  src=$(go list -m -f '{{.Dir}}' "$MODULE")
  [ -d "$src" ] || die "go list found no source folder for $MODULE"
  # A patch replaces a whole file, so it must be laid over the very file it was written against: a moved
  # pin stops here instead of silently dropping act's changes to that file.
  (cd "$src" && sha256sum --quiet -c "$HERE/patches/SHA256SUMS") ||
    die "act's sources differ from those the patches were written for (patches/SHA256SUMS): port the patches"
  # Go refuses -overlay for files in the module cache, so the build uses a copy of act's source with the
  # patched files in place, swapped in for the pinned module by a throwaway go.work (replace).
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  cp -R "$src" "$tmp/act"
  chmod -R u+w "$tmp/act"
  while read -r _ rel; do
    [ -f "$HERE/patches/$rel" ] || die "patches/SHA256SUMS names $rel but patches/$rel is missing"
    cp "$HERE/patches/$rel" "$tmp/act/$rel"
  done <"$HERE/patches/SHA256SUMS"
  printf 'go 1.24.0\n\nuse %s\n\nreplace %s v0.2.87 => %s\n' "$HERE" "$MODULE" "$tmp/act" >"$tmp/go.work"
  printf 'act build: building act %s from %s (patched: %s)\n' "$VERSION" "$src" \
    "$(awk '{print $2}' "$HERE/patches/SHA256SUMS" | tr '\n' ' ')" >&2
  mkdir -p "$(dirname "$out")"
  GOWORK="$tmp/go.work" nice go build -trimpath -ldflags "-s -w -X main.version=$VERSION" -o "$out.tmp.$$" .
  mv "$out.tmp.$$" "$out"
  printf 'act build: act -> %s\n' "$out" >&2
}

case "${1:-}" in
  version) echo "$VERSION" ;;
  build)
    [ -n "${2:-}" ] || die "usage: scripts/act/build.sh build OUT"
    out=$2
    case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
    build "$out"
    ;;
  *)
    echo "usage: scripts/act/build.sh version | build OUT" >&2
    exit 2
    ;;
esac
