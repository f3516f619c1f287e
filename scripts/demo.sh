#!/usr/bin/env bash
# The demo: the whole release, `gantry release` (plan → version → cross-build → multi-arch image → scan →
# git tag), on throwaway git copies of examples/hello and examples/idgen, with the bundled CLI. No Docker
# daemon, no root, no network but one `go mod download` (examples/idgen's one dependency, when the Go module
# cache lacks it) and, the first time, bootstrap's install of Node 24 and node_modules from the npm registry.
#
#   scripts/demo.sh           build, image (an OCI layout), scan; nothing leaves the machine
#   scripts/demo.sh --push    also starts a local registry (docker-registry on 127.0.0.1, stopped at the end)
#                             and pushes the images there
#
# Everything lands in .tmp/demo/ (emptied first; GANTRY_DEMO_DIR moves it). The vulnerability database is
# ../shared/vulndb/osv beside the checkout when it is there, else the small subset in examples/vulndb
# (GANTRY_DEMO_DB names another OSV folder or zip).
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"

PUSH=0
for arg in "$@"; do
  case "$arg" in
  --push) PUSH=1 ;;
  -h | --help) sed -n '2,13s/^# \{0,1\}//p' "$0" && exit 0 ;;
  *) echo "usage: scripts/demo.sh [--push]" >&2 && exit 2 ;;
  esac
done

SECONDS=0
scripts/bootstrap.sh
gantry() { node "$GANTRY_ROOT/dist/cli/index.js" "$@"; }
if ! command -v go >/dev/null; then
  echo "demo: needs Go 1.24 or later on PATH (https://go.dev/dl/, e.g. in /usr/local/go)" >&2
  exit 1
fi

DEMO="${GANTRY_DEMO_DIR:-$GANTRY_ROOT/.tmp/demo}"
# A folder named by GANTRY_DEMO_DIR is emptied only when it is a previous demo's (it has the marker) or empty.
if [ -n "${GANTRY_DEMO_DIR:-}" ] && [ -d "$DEMO" ] && [ ! -f "$DEMO/.gantry-demo" ] && [ -n "$(ls -A "$DEMO")" ]; then
  echo "demo: $DEMO is not empty and is not a previous demo's folder; choose another GANTRY_DEMO_DIR" >&2
  exit 1
fi
rm -rf "$DEMO"
mkdir -p "$DEMO/tmp"
touch "$DEMO/.gantry-demo"
# gantry's temporary files (the SARIF and SBOM beside the scan report) stay with the demo's other output.
export TMPDIR="$DEMO/tmp"

# The scan database, offline.
if [ -n "${GANTRY_DEMO_DB:-}" ]; then
  DB="$GANTRY_DEMO_DB"
  DB_NOTE="$DB (GANTRY_DEMO_DB)"
elif [ -d "$GANTRY_ROOT/../shared/vulndb/osv" ]; then
  DB="$(cd "$GANTRY_ROOT/../shared/vulndb/osv" && pwd)"
  DB_NOTE="the Go vulnerability database snapshot beside the checkout, $DB ($(find "$DB" -name '*.json' | wc -l) records)"
else
  DB="$GANTRY_ROOT/examples/vulndb/osv"
  DB_NOTE="the subset in examples/vulndb ($(find "$DB" -name '*.json' | wc -l) records of the Go vulnerability database: stdlib and toolchain for Go 1.24+, the examples' modules)"
fi

# examples/idgen needs github.com/google/uuid in the Go module cache; when it is not there yet, it is
# downloaded once (the only step that needs the Go module proxy), before going offline.
EXAMPLES=(hello idgen)
if ! (cd examples/idgen && GOPROXY=off GOFLAGS=-mod=readonly go mod download >/dev/null 2>&1); then
  echo "== go mod download (examples/idgen; once, to fill the Go module cache)"
  if ! (cd examples/idgen && go mod download); then
    echo "demo: cannot download examples/idgen's modules; the demo goes on with examples/hello only" >&2
    EXAMPLES=(hello)
  fi
fi

if [ "$PUSH" = 1 ]; then
  . scripts/lib/local-registry.sh
  trap registry_stop EXIT
  registry_start
  echo "== a local registry: docker-registry on $LOCAL_REGISTRY (storage in $LOCAL_REGISTRY_DIR, stopped at the end)"
fi

# The throwaway repositories: fixed identities and dates (so every run builds the same bytes and the same
# image digests), no global or system git config (no signing prompts, no hooks), no CI variables.
export GIT_AUTHOR_NAME=demo GIT_AUTHOR_EMAIL=demo@example.com GIT_COMMITTER_NAME=demo GIT_COMMITTER_EMAIL=demo@example.com
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
while IFS= read -r v; do unset "$v"; done < <(compgen -e | grep -E '^(GITHUB|RUNNER)_' || true)

release() { # example
  local ex=$1 dir="$DEMO/$1"
  mkdir -p "$dir"
  cp -r "examples/$ex/." "$dir"
  rm -rf "$dir/dist"
  (
    cd "$dir"
    git init -q -b main
    git add .
    GIT_AUTHOR_DATE=2026-01-05T10:00:00Z GIT_COMMITTER_DATE=2026-01-05T10:00:00Z git commit -qm "feat: $ex"
    git tag v0.1.0
    GIT_AUTHOR_DATE=2026-01-06T10:00:00Z GIT_COMMITTER_DATE=2026-01-06T10:00:00Z \
      git commit -q --allow-empty -m "feat($ex): a new feature since v0.1.0"
    # The copy's origin: a bare repository beside it, which receives the git tag.
    git init -q --bare "$DEMO/$ex.git"
    git remote add origin "$DEMO/$ex.git"
    git push -q origin main v0.1.0
  )
  local args=(release --targets default,linux/arm/v7 --db "$DB" --oci-layout oci-layout
    --scan-output scan-report.txt --push-tag git)
  [ "$PUSH" = 1 ] && args+=(--push --images "$LOCAL_REGISTRY/demo/$ex")
  echo
  echo "== gantry ${args[*]}   (in ${dir#"$GANTRY_ROOT/"}, offline: GOPROXY=off)"
  (cd "$dir" && GOPROXY=off GIT_COMMITTER_DATE=2026-01-06T10:00:00Z gantry "${args[@]}" >release-outputs.json)
  echo
  echo "== examples/$ex: where everything is (paths relative to ${dir#"$GANTRY_ROOT/"})"
  node scripts/lib/demo-report.mjs "$dir/release-outputs.json" "$dir" "$DB_NOTE"
  # The binary for this machine runs here.
  local native
  native="$(node -e '
    const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
    const want = process.argv[2] + "/" + process.argv[3]
    const b = o.artifacts.artifacts.find(a => a.kind === "binary" && a.platform === want)
    if (b) console.log(require("path").join(o.dist, b.path))' "$dir/release-outputs.json" "$(go env GOHOSTOS)" "$(go env GOHOSTARCH)")"
  if [ -n "$native" ]; then
    echo "run         ${native#"$dir/"}: $("$native")"
  fi
  if [ "$PUSH" = 1 ]; then
    echo "registry    tags of $LOCAL_REGISTRY/demo/$ex:"
    registry_tags "demo/$ex" | awk '{ printf "              %-12s %s\n", $1, $2 }'
  fi
}

for ex in "${EXAMPLES[@]}"; do release "$ex"; done

echo
echo "== done in ${SECONDS} s, with no Docker daemon and no root. Output: ${DEMO#"$GANTRY_ROOT/"}/ (emptied on the next run)."
[ "$PUSH" = 1 ] && echo "   the registry on $LOCAL_REGISTRY stops now; its storage is removed."
exit 0
