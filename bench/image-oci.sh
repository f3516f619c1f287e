#!/usr/bin/env bash
# Benchmark: the image step alone, three ways, on the same prebuilt-or-compiled program for 4 platforms
# (linux/amd64, linux/arm64, linux/arm/v7, linux/386), the same base (the rig's 4-platform busybox) and
# the same local registry (the rig's), one run each:
#   gantry oci     `gantry image --engine oci`: layers and configs assembled in memory, pushed by digest,
#                  the index, then the tag; no daemon
#   gantry buildx  `gantry image --engine buildx` on the rig's BuildKit (its cache pruned before the cold run)
#   ko build       ko compiles the program itself, and compresses its layers before it starts to push; its
#                  image work is estimated as its total minus a plain `go build` of the same 4 targets with
#                  the same flags and the same warm Go build cache, 2 at a time as ko runs them, measured
#                  just before; --sbom=none, as gantry makes no SBOM
# Programs: examples/hello (about 1.6 MB) and yq (about 10 MB; the mid-size module of bench/build.sh).
# Each tool: a cold push into a new repository, then a re-push of the unchanged image. gantry's binaries
# come from `gantry build` (not timed); ko's Go build cache is the same warm one.
#
#   bench/image-oci.sh [--no-write]
#
# Needs the rig up (scripts/rig.sh up, as root; this script never starts it). In a git worktree, export
# the main checkout's rig first: eval "$(/path/to/main/scripts/rig.sh env)". Results go to BENCHMARKS.md
# between <!-- bench:image-oci --> and <!-- /bench:image-oci -->.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"

WRITE=1
[ "${1:-}" = --no-write ] && WRITE=0

[ -n "${GANTRY_RIG_REGISTRY:-}" ] || eval "$(scripts/rig.sh env)"
curl -fsS "http://$GANTRY_RIG_REGISTRY/v2/" >/dev/null || {
  echo "bench: the rig's registry $GANTRY_RIG_REGISTRY does not answer; run scripts/rig.sh up" >&2
  exit 1
}
KO="$(scripts/tools.sh path ko)"
YQ_MODULE=github.com/mikefarah/yq/v4
YQ_VERSION=v4.54.3
PLATFORMS=linux/amd64,linux/arm64,linux/arm/v7,linux/386
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/gantry-bench}"
WORK="$BENCH_DIR/image-oci"
RUN_ID="o$(date +%s)"
REG="$GANTRY_RIG_REGISTRY"
mkdir -p "$WORK"
export GOMODCACHE="$BENCH_DIR/gomodcache" GOCACHE="$WORK/gocache" GOFLAGS=-mod=readonly

now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.3f", a - b }'; }

# --- sources and gantry's binaries (not timed) ----------------------------------------------------------
src="$BENCH_DIR/src"
mkdir -p "$src"
if [ ! -f "$src/yq/go.mod" ]; then
  dir="$(go mod download -json "$YQ_MODULE@$YQ_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  rm -rf "$src/yq.tmp" && cp -r "$dir" "$src/yq.tmp" && chmod -R u+w "$src/yq.tmp" && mv "$src/yq.tmp" "$src/yq"
fi
(cd "$src/yq" && go mod download)
rm -rf "$src/hello" && cp -r examples/hello "$src/hello"
[ -f dist/cli/index.js ] || npm run --silent package -- cli

declare -A MAIN=([hello]=./cmd/hello [yq]=.)
declare -A SIZE
for p in hello yq; do
  rm -rf "$WORK/dist-$p"
  GOPROXY=off nice node dist/cli/index.js build --working-directory "$src/$p" --targets "$PLATFORMS" \
    --version 1.2.3 --dist "$WORK/dist-$p" --archives false --checksums false --cache false >/dev/null 2>"$WORK/build-$p.log"
  SIZE[$p]=$(node -e 'const m=require(process.argv[1]);const b=m.artifacts.filter(a=>a.kind==="binary");console.log((b.reduce((n,a)=>n+a.size,0)/b.length/1048576).toFixed(1))' "$WORK/dist-$p/artifacts.json")
done

# --- one image step ----------------------------------------------------------------------------------------
gantry_image() { # project engine repo logfile
  local extra=()
  [ "$2" = buildx ] && extra=(--builder "$GANTRY_RIG_BUILDER")
  node dist/cli/index.js image --engine "$2" --artifacts "$WORK/dist-$1/artifacts.json" --images "$3" \
    --tags 1.2.3 --base "$GANTRY_RIG_BASE" --push "${extra[@]}" >"$4.json" 2>"$4"
}

# ko with its stderr lines timestamped, so its compile and its publish can be told apart.
ko_build() { # project repo logfile
  cat >"$src/$1/.ko.yaml" <<YAML
defaultBaseImage: $GANTRY_RIG_BASE
builds:
  - id: app
    main: ${MAIN[$1]}
    ldflags: ["-s", "-w", "-X main.version=1.2.3"]
YAML
  (cd "$src/$1" && KO_DOCKER_REPO="$2" GOPROXY=off "$KO" build --bare --insecure-registry --sbom=none \
    --tags 1.2.3 --platform "$PLATFORMS" "${MAIN[$1]}" 2>&1 >/dev/null) |
    while IFS= read -r line; do printf '%s %s\n' "$(now)" "$line"; done >"$3"
  [ "${PIPESTATUS[0]}" = 0 ] || { tail -n 20 "$3" >&2; return 1; }
}

# A plain go build of the 4 targets with ko's flags, 2 at a time (ko's --jobs is GOMAXPROCS): what ko's
# compile costs with this cache, to take out of its total.
go_build_alone() { # project
  local out="$WORK/gobuild-$1"
  rm -rf "$out" && mkdir -p "$out"
  printf '%s\n' linux/amd64 linux/arm64 linux/arm/v7 linux/386 | (cd "$src/$1" &&
    GOPROXY=off CGO_ENABLED=0 xargs -P 2 -I{} sh -c 'p={}; os=${p%%/*}; rest=${p#*/}; arch=${rest%%/*}; v=${rest#*/};
      [ "$v" = "$rest" ] && v=; GOOS=$os GOARCH=$arch GOARM=${v#v} go build -trimpath -ldflags "-s -w -X main.version=1.2.3" -o "$0/$os-$arch$v" "$1"' "$out" "${MAIN[$1]}")
}

# Seconds from $1 to the time in "<== $2 (N ms|N s)" lines of a gantry log.
group_time() { # logfile group
  sed -n "s/^<== $2 (\([0-9.]*\) \(m\?s\))$/\1 \2/p" "$1" | awk '{ print ($2 == "ms" ? $1 / 1000 : $1) }'
}

declare -A T
for p in hello yq; do
  for kind in cold warm; do
    # gantry oci
    log="$WORK/$RUN_ID-$p-oci-$kind.log"
    t=$(now) && gantry_image "$p" oci "$REG/bench/$RUN_ID/$p-oci" "$log" && T[$p,oci,$kind]=$(since "$t")
    T[$p,oci-asm,$kind]=$(group_time "$log" 'Assemble 4 platform images')
    T[$p,oci-push,$kind]=$(group_time "$log" 'Push, then tag')
    # gantry buildx (cold: empty BuildKit cache)
    [ "$kind" = cold ] && docker buildx prune -af --builder "$GANTRY_RIG_BUILDER" >/dev/null 2>&1
    log="$WORK/$RUN_ID-$p-buildx-$kind.log"
    t=$(now) && gantry_image "$p" buildx "$REG/bench/$RUN_ID/$p-buildx" "$log" && T[$p,buildx,$kind]=$(since "$t")
    # ko, and a plain go build of the same just before it
    t=$(now) && go_build_alone "$p" && T[$p,gobuild,$kind]=$(since "$t")
    log="$WORK/$RUN_ID-$p-ko-$kind.log"
    t=$(now) && ko_build "$p" "$REG/bench/$RUN_ID/$p-ko" "$log" && T[$p,ko,$kind]=$(since "$t")
  done
  # Every image runs (arm64 under QEMU) and prints its version.
  for kind in oci buildx ko; do
    ref="$REG/bench/$RUN_ID/$p-$kind:1.2.3"
    docker pull -q --platform linux/arm64 "$ref" >/dev/null
    # hello prints the version gantry and ko inject; yq keeps its own (it reads no main.version).
    args=(-version) want=1.2.3
    [ "$p" = yq ] && args=(--version) want="version v"
    docker run --rm --network none --platform linux/arm64 "$ref" "${args[@]}" | grep -q "$want" ||
      { echo "bench: $ref does not print its version" >&2; exit 1; }
  done
done

LOAD=$(cut -d' ' -f1 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD)
KO_VERSION=$("$KO" version 2>/dev/null | head -1)
args=()
for k in "${!T[@]}"; do args+=("$k=${T[$k]}"); done
node - "$WRITE" "hello=${SIZE[hello]}" "yq=${SIZE[yq]}" "$LOAD" "$COMMIT" "$KO_VERSION" "$(go env GOVERSION)" "$(node -v)" "${args[@]}" <<'NODE'
const fs = require('fs')
const [write, helloSize, yqSize, load, commit, koVersion, goVersion, nodeVersion, ...pairs] = process.argv.slice(2)
const T = Object.fromEntries(pairs.map(p => { const [k, v] = p.split('='); return [k, Number(v)] }))
const size = { hello: helloSize.split('=')[1], yq: yqSize.split('=')[1] }
const s = x => (x < 10 ? `${x.toFixed(2)} s` : `${x.toFixed(1)} s`)
const rows = []
const ratios = []
const ratio = (a, b) => (b > 0.005 ? `${(a / b).toFixed(2)}×` : 'n/a (ko took no longer than its go build)')
for (const p of ['hello', 'yq']) {
  const g = k => T[`${p},${k}`]
  const work = kind => g(`oci-asm,${kind}`) + g(`oci-push,${kind}`)
  const koWork = kind => Math.max(0, g(`ko,${kind}`) - g(`gobuild,${kind}`))
  const label = `${p} (${size[p]} MB per platform)`
  rows.push(
    `| ${label} | gantry oci | **${s(g('oci,cold'))}** | **${s(work('cold'))}** | **${s(g('oci,warm'))}** | **${s(work('warm'))}** |`,
    `| ${label} | gantry buildx | ${s(g('buildx,cold'))} | — | ${s(g('buildx,warm'))} | — |`,
    `| ${label} | ko build | ${s(g('ko,cold'))} | ≈ ${s(koWork('cold'))} (go build alone: ${s(g('gobuild,cold'))}) | ${s(g('ko,warm'))} | ≈ ${s(koWork('warm'))} (go build alone: ${s(g('gobuild,warm'))}) |`
  )
  ratios.push(
    `${p}: gantry oci is **${(g('buildx,cold') / g('oci,cold')).toFixed(1)}×** faster than gantry buildx (${(g('buildx,warm') / g('oci,warm')).toFixed(1)}× on a re-push); its image work takes ${ratio(work('cold'), koWork('cold'))} ko's estimated image work (${ratio(work('warm'), koWork('warm'))} on a re-push)`
  )
}
const section = `<!-- bench:image-oci -->
## image: the oci engine vs the buildx engine vs ko (bench/image-oci.sh)

The image step alone: the same program for 4 platforms (linux/amd64, linux/arm64, linux/arm/v7, linux/386)
on the rig's 4-platform busybox base, pushed to the rig's local registry, one run each, ${new Date().toISOString().slice(0, 16)}Z,
gantry at ${commit}, ${koVersion.replace(/^v?/, 'ko ')}, ${goVersion}, Node ${nodeVersion}, 2 shared cores, 1-minute load ${load} at the end.
*Whole command*: gantry's CLI run (Node start-up included) or \`ko build\` (compile included).
*Image work*: for gantry oci, its own timing of reading the base, building layers, configs and the index,
and pushing; for ko, its total minus a plain \`go build\` of the same 4 targets with its flags and the same
warm Go build cache, 2 at a time as ko runs them (an estimate: ko compresses its layers before it pushes,
so its log cannot split the two). *Re-push*: the same command again, unchanged image, every blob already
in the registry.

| program | tool | push (whole command) | image work: assembly + push | re-push (whole command) | re-push image work |
| --- | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${ratios.join('.\n')}.

Targets for the oci engine: under 1 s for ~10 MB binaries, at or below ko for the same work, ≥ 5× faster
than the buildx engine. gantry oci compresses layers at gzip level 1 (src/oci/layer.ts). Every image
was pulled and run on linux/arm64 (QEMU) and printed its version. The machine was shared with other jobs:
absolute times are noisy.

Reproduce: \`eval "$(scripts/rig.sh env)"; bench/image-oci.sh\` (the rig up; scripts/tools.sh builds ko).
<!-- /bench:image-oci -->`
console.log(section)
if (write === '1') {
  const file = 'BENCHMARKS.md'
  let text = fs.readFileSync(file, 'utf8')
  const re = /<!-- bench:image-oci -->[\s\S]*?<!-- \/bench:image-oci -->/
  text = re.test(text) ? text.replace(re, section) : text.trimEnd() + '\n\n' + section + '\n'
  fs.writeFileSync(file, text)
}
NODE
