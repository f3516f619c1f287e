#!/usr/bin/env bash
# Reference tools the tests and benchmarks compare gantry against, pinned and built from source with the
# local Go toolchain (nothing can be downloaded but Go modules). Each is built once per version into the
# shared cache folder of the rig and reused by every clone on this machine.
#
#   scripts/tools.sh path NAME      build NAME if needed, print the binary's path
#   scripts/tools.sh build NAME...  build them (all when none is named)
#   scripts/tools.sh list           the pinned tools and versions
#
# Names: govulncheck crane ko goreleaser trivy trivy-db osv-scanner act. trivy takes 20-35 min on 2 cores
# and needs GOEXPERIMENT=jsonv2; the others a few minutes each.
set -euo pipefail

CACHE="${GANTRY_RIG_CACHE:-/var/cache/gantry-rig}/tools"

# name|module package@version|extra environment (space-separated KEY=value)
TOOLS=(
  "govulncheck|golang.org/x/vuln/cmd/govulncheck@v1.6.0|"
  "crane|github.com/google/go-containerregistry/cmd/crane@v0.22.1|"
  "ko|github.com/google/ko@v0.19.1|"
  "goreleaser|github.com/goreleaser/goreleaser/v2@v2.15.1|"
  "trivy|github.com/aquasecurity/trivy/cmd/trivy@v0.74.0|GOEXPERIMENT=jsonv2"
  # The trivy-db version trivy v0.74.0's go.mod requires.
  "trivy-db|github.com/aquasecurity/trivy-db/cmd/trivy-db@v0.0.0-20260813095258-0e0340a01b57|"
  "osv-scanner|github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.1|"
)

log() { printf 'tools: %s\n' "$*" >&2; }
die() {
  printf 'tools: error: %s\n' "$*" >&2
  exit 1
}

entry() {
  local t
  for t in "${TOOLS[@]}"; do
    if [ "${t%%|*}" = "$1" ]; then
      printf '%s\n' "$t"
      return 0
    fi
  done
  [ "$1" = act ] && { printf 'act|local|\n'; return 0; }
  die "unknown tool $1 (known: $(list_names))"
}

list_names() {
  local t out=()
  for t in "${TOOLS[@]}"; do out+=("${t%%|*}"); done
  echo "${out[*]} act"
}

# The cached binary for a tool: <cache>/<name>-<version>.
binary_path() {
  local e name pkg version
  e=$(entry "$1")
  name=${e%%|*}
  if [ "$name" = act ]; then
    echo "$CACHE/act-$("$(dirname "$0")/act/build.sh" version)"
    return 0
  fi
  pkg=$(echo "$e" | cut -d'|' -f2)
  version=${pkg##*@}
  echo "$CACHE/$name-$version"
}

build_one() {
  local e name pkg extra bin tmp
  e=$(entry "$1")
  name=${e%%|*}
  bin=$(binary_path "$name")
  [ -x "$bin" ] && return 0
  command -v go >/dev/null || die "go is needed to build $name"
  mkdir -p "$CACHE"
  if [ "$name" = act ]; then
    "$(dirname "$0")/act/build.sh" build "$bin"
    return 0
  fi
  pkg=$(echo "$e" | cut -d'|' -f2)
  extra=$(echo "$e" | cut -d'|' -f3)
  tmp=$(mktemp -d)
  log "building $name (${pkg##*@}) from $pkg"
  (
    cd "$tmp"
    export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false GOTELEMETRY=off GOBIN="$tmp/bin"
    # shellcheck disable=SC2086
    env $extra nice go install -trimpath -ldflags "-s -w" "$pkg"
  ) || {
    rm -rf "$tmp"
    die "building $name failed"
  }
  local built
  built=$(find "$tmp/bin" -type f -perm -u+x | head -n1)
  [ -n "$built" ] || die "go install produced no binary for $name"
  cp "$built" "$bin.tmp" && mv "$bin.tmp" "$bin"
  rm -rf "$tmp"
  log "$name -> $bin"
}

case "${1:-}" in
  path)
    [ -n "${2:-}" ] || die "usage: scripts/tools.sh path NAME"
    build_one "$2"
    binary_path "$2"
    ;;
  build)
    shift
    names=("$@")
    [ ${#names[@]} -gt 0 ] || read -r -a names <<<"$(list_names)"
    for n in "${names[@]}"; do build_one "$n"; done
    ;;
  list)
    for t in "${TOOLS[@]}"; do echo "${t%%|*} $(echo "$t" | cut -d'|' -f2)"; done
    echo "act scripts/act (wrapper module)"
    ;;
  *)
    echo "usage: scripts/tools.sh path NAME | build [NAME...] | list" >&2
    exit 2
    ;;
esac
