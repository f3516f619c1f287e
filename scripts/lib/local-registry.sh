# Sourced by the demo and the benchmarks: a docker-registry process of our own (Debian's package,
# distribution 2.8) on 127.0.0.1 with a free port and its storage in a temp folder. Needs no daemon and no
# root; the Debian service (if the package started one) is neither used nor touched.
#
#   registry_start        sets LOCAL_REGISTRY (127.0.0.1:port), LOCAL_REGISTRY_PID, LOCAL_REGISTRY_DIR
#   registry_stop         stops it and removes its storage (safe to call twice)
#   registry_tags REPO    prints "tag digest" lines of REPO (e.g. demo/hello), sorted
LOCAL_REGISTRY_BIN="${LOCAL_REGISTRY_BIN:-/usr/bin/docker-registry}"

registry_missing_help() {
  cat >&2 <<EOF
--push needs a local registry program, and $LOCAL_REGISTRY_BIN is not there. On Debian or Ubuntu it is the
docker-registry package (the CNCF distribution registry: one program, no Docker daemon):
    sudo apt-get install docker-registry
Installing it also starts a registry service on port 5000, which is not used here (this script starts its
own process on 127.0.0.1 and a free port); stop it with: sudo systemctl disable --now docker-registry.
Elsewhere, install the distribution registry ("registry serve CONFIG") and set LOCAL_REGISTRY_BIN to it.
Without --push, the demo needs no registry.
EOF
}

registry_start() {
  if [ ! -x "$LOCAL_REGISTRY_BIN" ]; then
    registry_missing_help
    return 1
  fi
  LOCAL_REGISTRY_DIR="$(mktemp -d "${TMPDIR:-/tmp}/gantry-registry-XXXXXX")"
  local port tries
  for tries in 1 2 3; do
    # The registry cannot listen on port 0 and say which port it got: ask the kernel for a free one.
    port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    cat >"$LOCAL_REGISTRY_DIR/config.yml" <<EOF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $LOCAL_REGISTRY_DIR/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  secret: gantry-local-registry
EOF
    "$LOCAL_REGISTRY_BIN" serve "$LOCAL_REGISTRY_DIR/config.yml" >"$LOCAL_REGISTRY_DIR/registry.log" 2>&1 &
    LOCAL_REGISTRY_PID=$!
    LOCAL_REGISTRY="127.0.0.1:$port"
    if node -e '
      const url = `http://${process.argv[1]}/v2/`
      const pid = Number(process.argv[2])
      const alive = () => { try { process.kill(pid, 0); return true } catch { return false } }
      ;(async () => {
        for (let i = 0; i < 100 && alive(); i++) {
          try { const r = await fetch(url); await r.arrayBuffer(); if (r.status === 200) process.exit(0) } catch {}
          await new Promise(r => setTimeout(r, 100))
        }
        process.exit(1)
      })()' "$LOCAL_REGISTRY" "$LOCAL_REGISTRY_PID"; then
      return 0
    fi
    kill "$LOCAL_REGISTRY_PID" 2>/dev/null || true
    wait "$LOCAL_REGISTRY_PID" 2>/dev/null || true
  done
  echo "docker-registry did not start on 127.0.0.1:" >&2
  tail -n 20 "$LOCAL_REGISTRY_DIR/registry.log" >&2
  rm -rf "$LOCAL_REGISTRY_DIR"
  return 1
}

registry_stop() {
  if [ -n "${LOCAL_REGISTRY_PID:-}" ]; then
    kill "$LOCAL_REGISTRY_PID" 2>/dev/null || true
    wait "$LOCAL_REGISTRY_PID" 2>/dev/null || true
    LOCAL_REGISTRY_PID=
  fi
  if [ -n "${LOCAL_REGISTRY_DIR:-}" ]; then
    rm -rf "$LOCAL_REGISTRY_DIR"
    LOCAL_REGISTRY_DIR=
  fi
}

registry_tags() {
  node -e '
    const [host, repo] = process.argv.slice(1)
    const accept = [
      "application/vnd.oci.image.index.v1+json",
      "application/vnd.docker.distribution.manifest.list.v2+json",
      "application/vnd.oci.image.manifest.v1+json",
      "application/vnd.docker.distribution.manifest.v2+json"
    ].join(", ")
    ;(async () => {
      const list = await (await fetch(`http://${host}/v2/${repo}/tags/list`)).json()
      for (const tag of [...(list.tags ?? [])].sort()) {
        const r = await fetch(`http://${host}/v2/${repo}/manifests/${tag}`, { method: "HEAD", headers: { accept } })
        console.log(`${tag} ${r.headers.get("docker-content-digest") ?? "?"}`)
      }
    })()' "$LOCAL_REGISTRY" "$1"
}
