# Sourced by the project's scripts: the environment every script and test runs in.
# Node 24 (the runtime of every action.yml) comes from the npm registry into .tools/node24.
GANTRY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export GANTRY_ROOT
export GANTRY_NODE_VERSION=24.21.0
export GANTRY_NODE_DIR="$GANTRY_ROOT/.tools/node24"
export PATH="$GANTRY_NODE_DIR/node_modules/.bin:$GANTRY_ROOT/node_modules/.bin:$PATH"
export GOTOOLCHAIN=local
# Telemetry and update checks must never leave the machine.
export GOTELEMETRY=off
export DO_NOT_TRACK=1
export NO_UPDATE_NOTIFIER=1
export npm_config_update_notifier=false
export npm_config_fund=false
export npm_config_audit=false
