#!/usr/bin/env bash
# The demo: run the gantry pipeline on examples/ with the bundled CLI, offline. Each stage adds its step here.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"
scripts/bootstrap.sh
gantry() { node "$GANTRY_ROOT/dist/cli/index.js" "$@"; }

echo "== gantry plan (examples/hello)"
gantry plan --working-directory examples/hello --targets default,linux/arm/v7

echo "== gantry image (examples/hello, 4 platforms, prebuilt binaries -> the test rig's local registry)"
# Until the go-build stage is in the demo, scripts/lib/hello-dist.mjs stands in for it (same artifacts.json).
scripts/rig.sh up
eval "$(scripts/rig.sh env)"
demo_dist="$(mktemp -d)"
node scripts/lib/hello-dist.mjs "$demo_dist" 1.2.3 linux/amd64 linux/arm64 linux/arm/v7 linux/386 >/dev/null
gantry image --artifacts "$demo_dist/artifacts.json" --images "$GANTRY_RIG_REGISTRY/demo/hello" --tags 1.2.3 \
  --push --builder "$GANTRY_RIG_BUILDER"
docker pull -q --platform linux/arm64 "$GANTRY_RIG_REGISTRY/demo/hello:1.2.3" >/dev/null
docker run --rm --network none --platform linux/arm64 "$GANTRY_RIG_REGISTRY/demo/hello:1.2.3" # under QEMU
