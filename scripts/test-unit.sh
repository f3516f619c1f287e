#!/usr/bin/env bash
# The hermetic unit tier: no Go, git, Docker, network or root. Runs jest on every test outside
# __tests__/{integration,rig,act} with PATH holding only node, and, when run as root, in a fresh network
# namespace (no network at all) as the user nobody. A unit test that needs more fails here.
set -euo pipefail
. "$(dirname "$0")/lib/env.sh"
cd "$GANTRY_ROOT"
bin=$(mktemp -d)
tmp=$(mktemp -d)
trap 'rm -rf "$bin" "$tmp"' EXIT
ln -s "$(command -v node)" "$bin/node"
run=(env -i HOME="$tmp" TMPDIR="$tmp" PATH="$bin" LANG=C.UTF-8)
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v setpriv >/dev/null; then
  chmod 0777 "$tmp" "$bin"
  run=(unshare --net setpriv --reuid=65534 --regid=65534 --clear-groups "${run[@]}")
else
  echo "test-unit: not root: running without a network namespace and as $(id -un)" >&2
fi
exec "${run[@]}" node --experimental-vm-modules node_modules/jest/bin/jest.js \
  --cacheDirectory "$tmp/jest" '--testPathIgnorePatterns=/(integration|rig|act)/|/node_modules/|executable\.test' "$@"
