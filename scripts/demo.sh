#!/usr/bin/env bash
# The demo: run the gantry pipeline on examples/ with the bundled CLI, offline. Each stage adds its step here.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"
scripts/bootstrap.sh
gantry() { node "$GANTRY_ROOT/dist/cli/index.js" "$@"; }

echo "== gantry plan (examples/hello)"
gantry plan --working-directory examples/hello --targets default,linux/arm/v7

# --- gantry build (go-build) ---
# Offline: GOPROXY=off. examples/idgen needs github.com/google/uuid in the Go module cache; when it is not
# there yet, it is downloaded once (the only step that needs the Go module proxy), before going offline.
if ! (cd examples/idgen && GOPROXY=off GOFLAGS=-mod=readonly go mod download >/dev/null 2>&1); then
  echo "== go mod download (examples/idgen; once, to fill the module cache)"
  (cd examples/idgen && go mod download)
fi
mkdir -p "$GANTRY_ROOT/.tmp/demo"
for ex in hello idgen; do
  echo "== gantry build (examples/$ex), offline"
  GOPROXY=off gantry build --working-directory "examples/$ex" --targets default,linux/arm/v7 \
    --dist "$GANTRY_ROOT/.tmp/demo/$ex-dist" >"$GANTRY_ROOT/.tmp/demo-$ex.json"
  node -e '
    const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`version ${o.version}, dist ${o.dist}`);
    for (const a of o.artifacts.artifacts)
      console.log(`  ${a.kind.padEnd(9)} ${(a.platform ?? "").padEnd(14)} ${String(a.size).padStart(9)}  ${a.sha256.slice(0, 12)}  ${a.path}`);
  ' "$GANTRY_ROOT/.tmp/demo-$ex.json"
  "$GANTRY_ROOT/.tmp/demo/$ex-dist/${ex}_linux_amd64_v1/$ex"
done

echo "== gantry tag --dry-run (a throwaway git copy of examples/hello; the gantry repo's tags are not touched)"
tagdemo="$(mktemp -d)"
cp -r examples/hello/. "$tagdemo"
(
  cd "$tagdemo"
  export GIT_AUTHOR_NAME=demo GIT_AUTHOR_EMAIL=demo@example.com GIT_COMMITTER_NAME=demo GIT_COMMITTER_EMAIL=demo@example.com
  git init -q -b main && git add . && git commit -qm "feat: hello" && git tag v0.1.0
  git commit -q --allow-empty -m "feat(greet): greet by name"
)
GITHUB_REF='' GITHUB_EVENT_NAME='' gantry tag --working-directory "$tagdemo" --images ghcr.io/octo/hello --push-tag git --dry-run
rm -rf "$tagdemo"
