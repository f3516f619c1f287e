#!/usr/bin/env bash
# The demo: run the gantry pipeline on examples/ with the bundled CLI, offline. Each stage adds its step here.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"
scripts/bootstrap.sh
gantry() { node "$GANTRY_ROOT/dist/cli/index.js" "$@"; }

echo "== gantry plan (examples/hello)"
gantry plan --working-directory examples/hello --targets default,linux/arm/v7

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
