#!/usr/bin/env bash
# The test rig: real Docker parts on this machine, for the tests, the demo and the benchmarks.
#
#   scripts/rig.sh up              install what is missing (as root), start everything, wait until ready
#   scripts/rig.sh down [--purge]  stop what `up` started, by pid; --purge also deletes the state folder
#   scripts/rig.sh env             print `export ...` lines for the tests:  eval "$(scripts/rig.sh env)"
#   scripts/rig.sh status          what runs, and where
#
# What it runs, all on 127.0.0.1 or unix sockets under one state folder (/tmp/gantry-rig-<hash of the repo
# path>, so two clones never share one): dockerd from Debian's docker.io (vfs storage, no iptables, no
# bridge), three docker-registry instances (anonymous; htpasswd basic auth with a test user; read-only, which
# refuses every push), buildkitd (OCI worker) built from a pinned BuildKit through scripts/rig/buildkitd, a
# pinned buildx as a docker CLI plugin with a `remote` builder on that buildkitd, and qemu-user-static with
# binfmt so arm64/arm/386 binaries and images run. A 4-platform busybox base image, made from Debian's
# busybox-static packages (nothing can be pulled), is pushed to the anonymous registry. `up` is idempotent:
# a second run only checks.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILDKIT_VERSION=v0.33.1 # also in scripts/rig/buildkitd/go.mod
BUILDX_VERSION=v0.37.2
HASH="$(printf '%s' "$ROOT" | sha256sum | cut -c1-8)"
STATE="${GANTRY_RIG_DIR:-/tmp/gantry-rig-$HASH}"
# Ports derived from the hash, so rigs of two clones do not collide.
PORT_BASE=$((30000 + (16#${HASH:0:4} % 500) * 10))
P_ANON=$PORT_BASE
P_AUTH=$((PORT_BASE + 1))
P_RO=$((PORT_BASE + 2))
BUILDER=gantry-rig
RIG_USER=gantry
BASE_REPO="127.0.0.1:$P_ANON/rig/busybox"
BASE_TAG=1
BASE_PLATFORMS="linux/amd64 linux/arm64 linux/arm/v7 linux/386"
PLUGIN_DIR=/usr/local/lib/docker/cli-plugins
# Built tools and downloaded packages, by version, shared by every clone on this machine (a fresh clone in
# another folder, as CI makes, then starts warm). `down --purge` leaves it; delete it by hand.
CACHE="${GANTRY_RIG_CACHE:-/var/cache/gantry-rig}"

log() { printf 'rig: %s\n' "$*" >&2; }
die() {
  printf 'rig: error: %s\n' "$*" >&2
  exit 1
}

alive() { [ -f "$STATE/pids/$1" ] && kill -0 "$(cat "$STATE/pids/$1")" 2>/dev/null; }

# start NAME CMD...: run a daemon detached, its output in logs/NAME.log, its pid in pids/NAME.
start() {
  local name=$1
  shift
  if alive "$name"; then return 0; fi
  setsid "$@" </dev/null >"$STATE/logs/$name.log" 2>&1 &
  echo $! >"$STATE/pids/$name"
  log "started $name (pid $!)"
}

wait_for() {
  local what=$1 name=$2
  shift 2
  for _ in $(seq 1 120); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if ! alive "$name"; then
      tail -n 30 "$STATE/logs/$name.log" >&2 || true
      die "$name exited; see $STATE/logs/$name.log"
    fi
    sleep 0.5
  done
  tail -n 30 "$STATE/logs/$name.log" >&2 || true
  die "$what did not become ready in 60 s"
}

# apt-get update, tolerating a mirror caught mid-sync for some other architecture (it retries once).
apt_update() {
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 ||
    { sleep 5 && DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1; } || true
}

need_root() { [ "$(id -u)" = 0 ] || die "$1 needs root (the rig installs packages and runs dockerd)."; }

apt_install() {
  local missing=()
  for pair in "$@"; do
    local cmd=${pair%%:*} pkg=${pair#*:}
    command -v "$cmd" >/dev/null 2>&1 || [ -x "$cmd" ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  need_root "installing ${missing[*]}"
  log "apt-get install ${missing[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_packages() {
  apt_install dockerd:docker.io docker-registry:docker-registry skopeo:skopeo \
    /usr/bin/qemu-aarch64-static:qemu-user-static update-binfmts:binfmt-support htpasswd:apache2-utils \
    curl:curl runc:runc
  command -v docker >/dev/null || die "no docker CLI on PATH (docker.io should have installed one)"
}

setup_binfmt() {
  if [ ! -f /proc/sys/fs/binfmt_misc/register ]; then
    need_root "mounting binfmt_misc"
    mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  fi
  local h
  for h in qemu-aarch64 qemu-arm; do
    if ! grep -q enabled "/proc/sys/fs/binfmt_misc/$h" 2>/dev/null; then
      need_root "registering binfmt handlers"
      update-binfmts --enable >/dev/null 2>&1 || true
      break
    fi
  done
  grep -q enabled /proc/sys/fs/binfmt_misc/qemu-aarch64 ||
    die "the qemu-aarch64 binfmt handler is not registered (update-binfmts --enable qemu-aarch64)"
}

go_env() {
  export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false GOTELEMETRY=off
}

# buildkitd through the wrapper module: `go install ...@version` refuses BuildKit's go.mod.
build_buildkitd() {
  local bin="$STATE/bin/buildkitd" cached="$CACHE/buildkitd-$BUILDKIT_VERSION"
  if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "$BUILDKIT_VERSION"; then
    [ -x "$cached" ] || { mkdir -p "$CACHE" && cp "$bin" "$cached"; }
    return 0
  fi
  if [ -x "$cached" ]; then
    cp "$cached" "$bin"
    return 0
  fi
  command -v go >/dev/null || die "go is needed to build buildkitd"
  log "building buildkitd $BUILDKIT_VERSION (a few minutes, once)"
  go_env
  (cd "$ROOT/scripts/rig/buildkitd" && nice go build -trimpath -o "$bin.tmp" \
    -ldflags "-s -w -X github.com/moby/buildkit/version.Version=$BUILDKIT_VERSION" \
    github.com/moby/buildkit/cmd/buildkitd)
  mv "$bin.tmp" "$bin"
  mkdir -p "$CACHE" && cp "$bin" "$cached.tmp" && mv "$cached.tmp" "$cached"
}

build_buildx() {
  local bin="$STATE/bin/docker-buildx" cached="$CACHE/docker-buildx-$BUILDX_VERSION"
  if ! { [ -x "$bin" ] && "$bin" version 2>/dev/null | grep -q "$BUILDX_VERSION"; } && [ -x "$cached" ]; then
    cp "$cached" "$bin"
  fi
  if ! { [ -x "$bin" ] && "$bin" version 2>/dev/null | grep -q "$BUILDX_VERSION"; }; then
    command -v go >/dev/null || die "go is needed to build buildx"
    log "building buildx $BUILDX_VERSION (a few minutes, once)"
    go_env
    (cd "$STATE" && GOBIN="$STATE/bin/gobin" nice go install -trimpath \
      -ldflags "-s -w -X github.com/docker/buildx/version.Version=$BUILDX_VERSION" \
      "github.com/docker/buildx/cmd/buildx@$BUILDX_VERSION")
    mv "$STATE/bin/gobin/buildx" "$bin"
  fi
  [ -x "$cached" ] || { mkdir -p "$CACHE" && cp "$bin" "$cached.tmp" && mv "$cached.tmp" "$cached"; }
  # A CLI plugin where every docker CLI looks, whatever DOCKER_CONFIG a test sets.
  if ! cmp -s "$bin" "$PLUGIN_DIR/docker-buildx"; then
    need_root "installing the buildx plugin"
    mkdir -p "$PLUGIN_DIR"
    install -m 0755 "$bin" "$PLUGIN_DIR/docker-buildx"
  fi
}

start_dockerd() {
  mkdir -p "$STATE/docker" "$STATE/docker-exec"
  [ -f "$STATE/daemon.json" ] || echo '{}' >"$STATE/daemon.json"
  start dockerd dockerd --host "unix://$STATE/docker.sock" --data-root "$STATE/docker" \
    --exec-root "$STATE/docker-exec" --pidfile "$STATE/dockerd.pid" --config-file "$STATE/daemon.json" \
    --storage-driver=vfs --iptables=false --ip-masq=false --bridge=none
  wait_for dockerd dockerd env DOCKER_HOST="unix://$STATE/docker.sock" docker version
}

registry_config() {
  local name=$1 port=$2 extra=$3
  mkdir -p "$STATE/registry-$name"
  cat >"$STATE/registry-$name.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $STATE/registry-$name
  delete:
    enabled: true
$extra
http:
  addr: 127.0.0.1:$port
  secret: gantry-rig-$name
EOF
}

start_registries() {
  if [ ! -f "$STATE/auth/password" ]; then
    mkdir -p "$STATE/auth"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$STATE/auth/password"
    htpasswd -Bbn "$RIG_USER" "$(cat "$STATE/auth/password")" >"$STATE/auth/htpasswd"
  fi
  registry_config anon "$P_ANON" ""
  registry_config auth "$P_AUTH" "auth:
  htpasswd:
    realm: gantry-rig
    path: $STATE/auth/htpasswd"
  registry_config ro "$P_RO" "  maintenance:
    readonly:
      enabled: true"
  local r
  for r in anon auth ro; do start "registry-$r" docker-registry serve "$STATE/registry-$r.yml"; done
  wait_for registry-anon registry-anon curl -fsS "http://127.0.0.1:$P_ANON/v2/"
  wait_for registry-auth registry-auth sh -c "curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$P_AUTH/v2/ | grep -q 401"
  wait_for registry-ro registry-ro curl -fsS "http://127.0.0.1:$P_RO/v2/"
}

start_buildkitd() {
  mkdir -p "$STATE/buildkit"
  cat >"$STATE/buildkitd.toml" <<EOF
[worker.oci]
  enabled = true
  snapshotter = "native"
  gc = true
  gckeepstorage = "4GB"
[worker.containerd]
  enabled = false
[registry."127.0.0.1:$P_ANON"]
  http = true
[registry."127.0.0.1:$P_AUTH"]
  http = true
[registry."127.0.0.1:$P_RO"]
  http = true
EOF
  start buildkitd "$STATE/bin/buildkitd" --root "$STATE/buildkit" --config "$STATE/buildkitd.toml" \
    --addr "unix://$STATE/buildkitd.sock"
  wait_for buildkitd buildkitd test -S "$STATE/buildkitd.sock"
}

rig_env() {
  export DOCKER_HOST="unix://$STATE/docker.sock" BUILDX_CONFIG="$STATE/buildx"
}

create_builder() {
  rig_env
  if ! docker buildx inspect "$BUILDER" >/dev/null 2>&1; then
    docker buildx create --name "$BUILDER" --driver remote "unix://$STATE/buildkitd.sock" >/dev/null
    log "created buildx builder $BUILDER"
  fi
  wait_for "builder $BUILDER" buildkitd docker buildx inspect --bootstrap "$BUILDER"
}

# The base image for tests: busybox from Debian's busybox-static for each platform, pushed as one index.
base_image() {
  rig_env
  if skopeo inspect --raw --tls-verify=false "docker://$BASE_REPO:$BASE_TAG" >/dev/null 2>&1; then return 0; fi
  log "making the base image $BASE_REPO:$BASE_TAG"
  local work="$STATE/base" p arch deb
  rm -rf "$work" && mkdir -p "$work"
  for p in $BASE_PLATFORMS; do
    case $p in
      linux/amd64) arch=amd64 ;;
      linux/arm64) arch=arm64 ;;
      linux/arm/v7) arch=armhf ;;
      linux/386) arch=i386 ;;
    esac
    deb=$(ls "$CACHE/debs/busybox-static_"*"_$arch.deb" 2>/dev/null | head -n1 || true)
    if [ -z "$deb" ]; then
      need_root "downloading busybox-static for $arch"
      if ! dpkg --print-foreign-architectures | grep -qx "$arch" && [ "$arch" != "$(dpkg --print-architecture)" ]; then
        dpkg --add-architecture "$arch"
        apt_update
      fi
      mkdir -p "$CACHE/debs"
      chmod 0777 "$CACHE/debs" # apt downloads as _apt
      (cd "$CACHE/debs" && apt-get download -qq "busybox-static:$arch" >/dev/null) ||
        { apt_update && (cd "$CACHE/debs" && apt-get download -qq "busybox-static:$arch" >/dev/null); }
      deb=$(ls "$CACHE/debs/busybox-static_"*"_$arch.deb" | head -n1)
    fi
    local dir="$work/${p//\//_}"
    mkdir -p "$dir/x" "$dir/rootfs/bin" "$dir/rootfs/etc" "$dir/rootfs/tmp"
    dpkg-deb -x "$deb" "$dir/x"
    cp "$dir/x/bin/busybox" "$dir/rootfs/bin/busybox"
    ln -s busybox "$dir/rootfs/bin/sh"
    printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$dir/rootfs/etc/passwd"
    printf 'root:x:0:\nnobody:x:65534:\n' >"$dir/rootfs/etc/group"
    rm -rf "$dir/x"
  done
  cat >"$work/Dockerfile" <<'EOF'
FROM scratch
ARG TARGETOS TARGETARCH TARGETVARIANT
COPY ${TARGETOS}_${TARGETARCH}${TARGETVARIANT:+_${TARGETVARIANT}}/rootfs/ /
ENV PATH=/bin
CMD ["/bin/sh"]
EOF
  docker buildx build --builder "$BUILDER" --platform "$(echo "$BASE_PLATFORMS" | tr ' ' ',')" \
    --provenance=false --output "type=image,name=$BASE_REPO:$BASE_TAG,push=true" "$work" >"$STATE/logs/base.log" 2>&1 ||
    {
      tail -n 30 "$STATE/logs/base.log" >&2
      die "building the base image failed"
    }
}

cmd_up() {
  local t0=$SECONDS
  mkdir -p "$STATE/pids" "$STATE/logs" "$STATE/bin"
  install_packages
  setup_binfmt
  build_buildkitd
  build_buildx
  start_dockerd
  start_registries
  start_buildkitd
  create_builder
  base_image
  log "up in $((SECONDS - t0)) s; state in $STATE"
}

cmd_down() {
  local name
  for name in buildkitd registry-anon registry-auth registry-ro dockerd; do
    if alive "$name"; then
      local pid
      pid=$(cat "$STATE/pids/$name")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      log "stopped $name (pid $pid)"
    fi
    rm -f "$STATE/pids/$name"
  done
  if [ "${1:-}" = --purge ]; then
    # vfs layers and buildkit snapshots may hold mounts; unmount anything under the state folder first.
    if [ -d "$STATE" ]; then
      grep -o " $STATE[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
      rm -rf "$STATE"
      log "purged $STATE"
    fi
  fi
}

cmd_env() {
  local password=""
  [ -f "$STATE/auth/password" ] && password=$(cat "$STATE/auth/password")
  cat <<EOF
export GANTRY_RIG_DIR='$STATE'
export DOCKER_HOST='unix://$STATE/docker.sock'
export BUILDX_CONFIG='$STATE/buildx'
export BUILDKIT_HOST='unix://$STATE/buildkitd.sock'
export GANTRY_RIG_BUILDER='$BUILDER'
export GANTRY_RIG_REGISTRY='127.0.0.1:$P_ANON'
export GANTRY_RIG_AUTH_REGISTRY='127.0.0.1:$P_AUTH'
export GANTRY_RIG_AUTH_USER='$RIG_USER'
export GANTRY_RIG_AUTH_PASSWORD='$password'
export GANTRY_RIG_RO_REGISTRY='127.0.0.1:$P_RO'
export GANTRY_RIG_BASE='$BASE_REPO:$BASE_TAG'
EOF
}

cmd_status() {
  local name
  echo "state: $STATE"
  for name in dockerd registry-anon registry-auth registry-ro buildkitd; do
    if alive "$name"; then echo "$name: running (pid $(cat "$STATE/pids/$name"))"; else echo "$name: stopped"; fi
  done
  echo "registries: anon 127.0.0.1:$P_ANON, auth 127.0.0.1:$P_AUTH ($RIG_USER), read-only 127.0.0.1:$P_RO"
  echo "builder: $BUILDER (remote, unix://$STATE/buildkitd.sock)"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down "${2:-}" ;;
  env) cmd_env ;;
  status) cmd_status ;;
  *)
    echo "usage: scripts/rig.sh up | down [--purge] | env | status" >&2
    exit 2
    ;;
esac
