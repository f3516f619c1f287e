#!/usr/bin/env bash
# Benchmark: the image step, three ways, for the same program on 4 platforms (linux/amd64, linux/arm64,
# linux/arm/v7, linux/386), the same base (the rig's 4-platform busybox) and the same local registry (the
# rig's), in one run with the tools interleaved:
#   gantry oci     `gantry image --engine oci`: layers and configs assembled in process, pushed by digest,
#                  then the index, then the tag; no daemon
#   gantry buildx  `gantry image --engine buildx` on the rig's BuildKit (its cache pruned before each cold run)
#   ko build       ko compiles the program itself (warm Go build cache); its log is split at its first
#                  "Publishing" line into "build" (go build, and making its layers) and "publish"; --sbom=none,
#                  as gantry makes no SBOM
# Programs: examples/hello (about 1.6 MB) and yq (about 14 MB; the mid-size module of bench/build.sh).
# The three tools run in a rotating order from one repetition to the next.
# Each repetition: a cold push into a new repository, then a re-push of the unchanged image. gantry oci's
# cold push starts with an empty layer cache (XDG_CACHE_HOME, fresh for each repetition and program) and its
# re-push runs with --layer-cache false, so both compress every layer; then, with the layer cache the cold
# push filled, a re-push and a push into another new repository. gantry's binaries come from `gantry build`
# (not timed).
# Node's compile cache (V8's compiled code of gantry's bundle, which the CLI keeps in the user's cache
# folder) is the same for both engines: one folder (NODE_COMPILE_CACHE), warmed before the timed runs, as on
# any machine that ran gantry before. Each repetition also times both engines' cold push with no compile
# cache at all (NODE_DISABLE_COMPILE_CACHE=1), as on a fresh runner. Every timed run starts after `sync` and
# a second of quiet.
#
#   bench/image-oci.sh [--reps N] [--no-write]      (default 3 repetitions; medians are reported)
#
# Needs the rig up (scripts/rig.sh up, as root; this script never starts it). In a git worktree, export
# the main checkout's rig first: eval "$(/path/to/main/scripts/rig.sh env)". Results go to BENCHMARKS.md
# between <!-- bench:image-oci --> and <!-- /bench:image-oci -->.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"

WRITE=1
REPS=3
while [ $# -gt 0 ]; do
  case "$1" in
  --no-write) WRITE=0 ;;
  --reps) REPS=$2 && shift ;;
  *) echo "usage: bench/image-oci.sh [--reps N] [--no-write]" >&2 && exit 2 ;;
  esac
  shift
done

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
# Before each timed run: what the previous one left to the disk written out, and a second of quiet (a
# BuildKit prune or a push of big layers leaves work to the kernel that would be charged to the next tool).
settle() { sync && sleep 1; }
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
  cat >"$src/$p/.ko.yaml" <<YAML
defaultBaseImage: $GANTRY_RIG_BASE
builds:
  - id: app
    main: ${MAIN[$p]}
    ldflags: ["-s", "-w", "-X main.version=1.2.3"]
YAML
  # Warm ko's Go build cache (its flags differ from gantry's) so its build is a warm one, like gantry's.
  (cd "$src/$p" && KO_DOCKER_REPO="$REG/bench/warmup" GOPROXY=off "$KO" build --bare --insecure-registry --sbom=none \
    --push=false --platform "$PLATFORMS" "${MAIN[$p]}" >/dev/null 2>&1)
done

# --- the tools -----------------------------------------------------------------------------------------------
COMPILE_CACHE="$WORK/node-compile-cache"
gantry_image() { # project engine repo logfile [flag...]; NO_COMPILE_CACHE=1: without Node's compile cache
  local extra=("${@:5}")
  [ "$2" = buildx ] && extra+=(--builder "$GANTRY_RIG_BUILDER")
  local cc=(NODE_COMPILE_CACHE="$COMPILE_CACHE")
  [ "${NO_COMPILE_CACHE:-0}" = 1 ] && cc=(NODE_DISABLE_COMPILE_CACHE=1)
  env "${cc[@]}" node dist/cli/index.js image --engine "$2" --artifacts "$WORK/dist-$1/artifacts.json" --images "$3" \
    --tags 1.2.3 --base "$GANTRY_RIG_BASE" --push --allow-outside-workspace "${extra[@]}" >"$4.json" 2>"$4"
}

# Seconds of an engine's own "image work N ms" line: from the engine's start to the end of its push (oci:
# reading the base, the layers, configs, index, pushes; buildx: its version check, the build context,
# `docker buildx build` with its push, reading the result back and tagging). Both leave out gantry's CLI
# start-up, which is the same code for both engines.
image_work() { # logfile
  sed -n 's/^image work \([0-9]*\) ms$/\1/p' "$1" | awk '{ print $1 / 1000 }'
}

# Seconds in a gantry log's "<== <group> (N ms|N s)" line.
group_time() { # logfile group
  sed -n "s/^<== $2 (\([0-9.]*\) \(m\?s\))$/\1 \2/p" "$1" | awk '{ print ($2 == "ms" ? $1 / 1000 : $1) }'
}

# ko with its stderr lines timestamped, so its build and its publish can be told apart.
ko_build() { # project repo logfile
  (cd "$src/$1" && KO_DOCKER_REPO="$2" GOPROXY=off "$KO" build --bare --insecure-registry --sbom=none \
    --tags 1.2.3 --platform "$PLATFORMS" "${MAIN[$1]}" 2>&1 >/dev/null) |
    while IFS= read -r line; do printf '%s %s\n' "$(now)" "$line"; done >"$3"
  [ "${PIPESTATUS[0]}" = 0 ] || { tail -n 20 "$3" >&2; return 1; }
}

# "build publish" seconds of a ko log: start to its first Publishing line, and from there to the end.
ko_split() { # start logfile end
  awk -v s="$1" -v e="$3" '/Publishing/ && !p { p = $1 } END { if (!p) p = e; printf "%.3f %.3f", p - s, e - p }' "$2"
}

RESULTS="$WORK/$RUN_ID.tsv" # project, measure, kind, seconds
: >"$RESULTS"
record() { printf '%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS"; }

# Warm the compile cache with both engines (not timed), from an empty one: the same state for both.
rm -rf "$COMPILE_CACHE"
for engine in oci buildx; do
  XDG_CACHE_HOME="$WORK/xdg-$RUN_ID-warmup" gantry_image hello "$engine" "$REG/bench/$RUN_ID/warmup/$engine" \
    "$WORK/$RUN_ID-warmup-$engine.log" || { tail -n 20 "$WORK/$RUN_ID-warmup-$engine.log" >&2; exit 1; }
done
rm -rf "$WORK/xdg-$RUN_ID-warmup"

run_oci() { # project kind
  local log="$WORK/$RUN_ID-$rep-$1-oci-$2.log" flags=()
  [ "$2" = warm ] && flags=(--layer-cache false)
  settle && t=$(now) && XDG_CACHE_HOME="$xdg" gantry_image "$1" oci "$repo/$1-oci" "$log" "${flags[@]}" &&
    record "$1" oci "$2" "$(since "$t")"
  record "$1" oci-work "$2" "$(image_work "$log")"
}
run_buildx() { # project kind
  local log="$WORK/$RUN_ID-$rep-$1-buildx-$2.log"
  [ "$2" = cold ] && docker buildx prune -af --builder "$GANTRY_RIG_BUILDER" >/dev/null 2>&1
  settle && t=$(now) && gantry_image "$1" buildx "$repo/$1-buildx" "$log" && record "$1" buildx "$2" "$(since "$t")"
  record "$1" buildx-work "$2" "$(image_work "$log")"
}
run_ko() { # project kind
  local log="$WORK/$RUN_ID-$rep-$1-ko-$2.log" e kb kp
  settle && t=$(now) && ko_build "$1" "$repo/$1-ko" "$log" && e=$(now)
  record "$1" ko "$2" "$(awk -v a="$e" -v b="$t" 'BEGIN { printf "%.3f", a - b }')"
  read -r kb kp <<<"$(ko_split "$t" "$log" "$e")"
  record "$1" ko-build "$2" "$kb"
  record "$1" ko-publish "$2" "$kp"
}
run_oci_nocc() { # project
  local log="$WORK/$RUN_ID-$rep-$1-oci-nocc.log"
  rm -rf "$xdg"
  settle && t=$(now) && NO_COMPILE_CACHE=1 XDG_CACHE_HOME="$xdg" gantry_image "$1" oci "$repo/$1-oci-nocc" "$log" &&
    record "$1" oci-nocc cold "$(since "$t")"
  record "$1" oci-nocc-work cold "$(image_work "$log")"
}
run_buildx_nocc() { # project
  local log="$WORK/$RUN_ID-$rep-$1-buildx-nocc.log"
  docker buildx prune -af --builder "$GANTRY_RIG_BUILDER" >/dev/null 2>&1
  settle && t=$(now) && NO_COMPILE_CACHE=1 gantry_image "$1" buildx "$repo/$1-buildx-nocc" "$log" &&
    record "$1" buildx-nocc cold "$(since "$t")"
  record "$1" buildx-nocc-work cold "$(image_work "$log")"
}

# The tools run in a rotating order (repetition 1: oci, buildx, ko; 2: buildx, ko, oci; ...): whatever one
# tool leaves behind is charged to each of the others in turn.
TOOLS=(oci buildx ko)
for rep in $(seq 1 "$REPS"); do
  order=()
  for i in 0 1 2; do order+=("${TOOLS[$(((rep - 1 + i) % 3))]}"); done
  for p in hello yq; do
    xdg="$WORK/xdg-$RUN_ID-$rep-$p" # this repetition's layer cache, empty for the cold push
    rm -rf "$xdg"
    repo="$REG/bench/$RUN_ID/$rep"
    for kind in cold warm; do
      for tool in "${order[@]}"; do "run_$tool" "$p" "$kind"; done
    done
    # With the layer cache the cold push filled: a re-push, and a push into another new repository.
    for kind in warm cold; do
      target="$repo/$p-oci"
      [ "$kind" = cold ] && target="$repo/$p-oci-cached"
      log="$WORK/$RUN_ID-$rep-$p-oci-cached-$kind.log"
      settle && t=$(now) && XDG_CACHE_HOME="$xdg" gantry_image "$p" oci "$target" "$log" && record "$p" oci-cached "$kind" "$(since "$t")"
      grep -q 'layers reused, 0 built' "$log" || { echo "bench: $log did not use the layer cache" >&2; exit 1; }
      record "$p" oci-cached-work "$kind" "$(image_work "$log")"
    done
    # Both engines' cold push without a compile cache (a fresh runner), into new repositories, in turns.
    if [ $((rep % 2)) = 1 ]; then
      run_oci_nocc "$p" && run_buildx_nocc "$p"
    else
      run_buildx_nocc "$p" && run_oci_nocc "$p"
    fi
    rm -rf "$xdg"
  done
done

# Every image of the last repetition runs (arm64 under QEMU) and prints its version.
for p in hello yq; do
  for kind in oci oci-cached buildx ko; do
    ref="$REG/bench/$RUN_ID/$REPS/$p-$kind:1.2.3"
    docker pull -q --platform linux/arm64 "$ref" >/dev/null
    # hello prints the version gantry and ko inject; yq keeps its own (it reads no main.version).
    args=(-version) want=1.2.3
    [ "$p" = yq ] && args=(--version) want="version v"
    docker run --rm --network none --platform linux/arm64 "$ref" "${args[@]}" | grep -q "$want" ||
      { echo "bench: $ref does not print its version" >&2; exit 1; }
  done
done

node - "$WRITE" "$RESULTS" "$REPS" "${SIZE[hello]}" "${SIZE[yq]}" "$(cut -d' ' -f1 /proc/loadavg)" \
  "$(git rev-parse --short HEAD)" "$("$KO" version 2>/dev/null | head -1)" "$(go env GOVERSION)" "$(node -v)" <<'NODE'
const fs = require('fs')
const [write, file, reps, helloSize, yqSize, load, commit, koVersion, goVersion, nodeVersion] = process.argv.slice(2)
const all = {}
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n')) {
  const [p, m, kind, v] = line.split('\t')
  ;(all[`${p},${m},${kind}`] ??= []).push(Number(v))
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const T = k => median(all[k])
const s = x => (x < 10 ? `${x.toFixed(2)} s` : `${x.toFixed(1)} s`)
const size = { hello: helloSize, yq: yqSize }
const rows = []
const notes = []
for (const p of ['hello', 'yq']) {
  const g = (m, kind) => T(`${p},${m},${kind}`)
  const label = `${p} (${size[p]} MB)`
  rows.push(
    `| ${label} | gantry oci | **${s(g('oci', 'cold'))}** | **${s(g('oci-work', 'cold'))}** | **${s(g('oci', 'warm'))}** | **${s(g('oci-work', 'warm'))}** |`,
    `| ${label} | gantry oci, layer cache warm | ${s(g('oci-cached', 'cold'))} | ${s(g('oci-cached-work', 'cold'))} | **${s(g('oci-cached', 'warm'))}** | **${s(g('oci-cached-work', 'warm'))}** |`,
    `| ${label} | gantry buildx | ${s(g('buildx', 'cold'))} | ${s(g('buildx-work', 'cold'))} | ${s(g('buildx', 'warm'))} | ${s(g('buildx-work', 'warm'))} |`,
    `| ${label} | gantry oci, no compile cache | ${s(g('oci-nocc', 'cold'))} | ${s(g('oci-nocc-work', 'cold'))} | | |`,
    `| ${label} | gantry buildx, no compile cache | ${s(g('buildx-nocc', 'cold'))} | ${s(g('buildx-nocc-work', 'cold'))} | | |`,
    `| ${label} | ko build | ${s(g('ko', 'cold'))} | build ${s(g('ko-build', 'cold'))} + publish ${s(g('ko-publish', 'cold'))} | ${s(g('ko', 'warm'))} | build ${s(g('ko-build', 'warm'))} + publish ${s(g('ko-publish', 'warm'))} |`
  )
  notes.push(
    `${p}: gantry oci's image work (assembly + push) **${(g('buildx-work', 'cold') / g('oci-work', 'cold')).toFixed(1)}×** faster than gantry buildx's cold, ${(g('buildx-work', 'warm') / g('oci-work', 'warm')).toFixed(1)}× on a re-push; ` +
      `whole command ${(g('buildx', 'cold') / g('oci', 'cold')).toFixed(1)}× cold (${(g('buildx-nocc', 'cold') / g('oci-nocc', 'cold')).toFixed(1)}× with no compile cache for either), ${(g('buildx', 'warm') / g('oci', 'warm')).toFixed(1)}× on a re-push (${(g('buildx', 'warm') / g('oci-cached', 'warm')).toFixed(1)}× with the layer cache warm); ` +
      `whole command ${(g('oci', 'cold') / g('ko', 'cold')).toFixed(2)}× ko's cold, ${(g('oci', 'warm') / g('ko', 'warm')).toFixed(2)}× on a re-push`
  )
}
const y = (m, kind) => T(`yq,${m},${kind}`)
const met = ok => (ok ? 'met' : 'not met')
const ratio = (a, b) => Math.min(...['hello', 'yq'].map(p => T(`${p},${a},cold`) / T(`${p},${b},cold`)))
const speedup = ratio('buildx-work', 'oci-work')
const whole = ratio('buildx', 'oci')
const fresh = ratio('buildx-nocc', 'oci-nocc')
const targets =
  `Targets for the oci engine, on yq (the ~10 MB binaries): image work under 1 s — ${s(y('oci-work', 'cold'))}, ${met(y('oci-work', 'cold') < 1)}; ` +
  `at or below ko for the same work — whole command ${s(y('oci', 'cold'))} vs ${s(y('ko', 'cold'))}, ${met(y('oci', 'cold') <= y('ko', 'cold'))}, ` +
  `but its image work ${s(y('oci-work', 'cold'))} vs ko's publish ${s(y('ko-publish', 'cold'))} (ko's layer compression is in its build share); ` +
  `≥ 5× faster than the buildx engine, assembly + push (each engine's image work, cold, no layer cache) — ${speedup.toFixed(1)}× at worst of both programs, ${met(speedup >= 5)}; ` +
  `the whole command, gantry's shared CLI start-up included, ${whole.toFixed(1)}× at worst, ${met(whole >= 5)}, and ${fresh.toFixed(1)}× with no compile cache for either, ${met(fresh >= 5)}; ` +
  `re-push of an unchanged image near zero — image work ${s(y('oci-cached-work', 'warm'))} with the layer cache warm (${s(y('oci-work', 'warm'))} without it), whole command ${s(y('oci-cached', 'warm'))}.`
const section = `<!-- bench:image-oci -->
## image: the oci engine vs the buildx engine vs ko (bench/image-oci.sh)

The image step for one program on 4 platforms (linux/amd64, linux/arm64, linux/arm/v7, linux/386), on the
rig's 4-platform busybox base, pushed to the rig's local registry; medians of ${reps} interleaved
repetitions (the tools in a rotating order, each timed run after \`sync\` and a second of quiet), ${new Date().toISOString().slice(0, 16)}Z, gantry at ${commit}, ${koVersion.replace(/^v?/, 'ko ')}, ${goVersion},
Node ${nodeVersion}, 2 shared cores, 1-minute load ${load} at the end. Sizes are per platform binary.

*Whole command*: gantry's CLI run (Node start-up included), or \`ko build\` (its Go build included, warm
cache). *Image work*: the assembly and push, as each gantry engine times itself ("image work" in its log,
from the engine's start to the end of its push; the CLI start-up both engines share is left out): for oci
reading the base, building the layers, configs and index, and pushing; for buildx its version check, the
build context, \`docker buildx build\` with its push, and reading the result back. ko's log is split at its first "Publishing" line: *build* is its go
build and making its image (its layers are compressed before it publishes), *publish* the pushes.
*Re-push*: the same command again, unchanged image, every blob already in the registry. The *gantry oci*
row has no layer cache: its push starts with an empty one and its re-push runs with \`--layer-cache false\`,
so both compress every layer. The *layer cache warm* row runs with the cache that push filled: its push
column is a push into another new repository (the layers come from the cache, the blobs are uploaded), its
re-push the same command again. Node's compile cache (V8's compiled code of the bundle, which gantry's CLI
keeps in the user's cache folder) is one folder for both engines, warmed before the timed runs; the *no
compile cache* rows are both engines' cold push without it, as on a fresh runner. (Runs of this benchmark
before 2026-12-02T06Z gave gantry oci an empty compile cache with its empty layer cache, and gantry buildx
a warm one.)

| program | tool | push (whole command) | image work | re-push (whole command) | re-push image work |
| --- | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${notes.join('.\n')}.

${targets}

gantry oci writes gzip level 1, memLevel 9 (src/oci/layer.ts) with Node's zlib, which compresses a Go
binary at roughly 70–100 MB/s per core here; a layer up to 32 MiB is built in memory and compressed in one
call on Node's thread pool. ko's layers are compressed in Go by go-containerregistry. Without the
layer cache a re-push compresses the layers again to learn their digests; with it (src/oci/layer-cache.ts,
docs/image.md) it hashes the binaries, the uncompressed tars and the cached blobs, HEADs the blobs and puts
the manifests, index and tag. On the cold path the binary layers are compressed while the base is read,
and each blob is pushed as soon as it exists. Every image was pulled and run on linux/arm64 (QEMU) and
printed its version. The machine was shared with other jobs: absolute times are noisy, and ratios count
only within one run.

Reproduce: \`eval "$(scripts/rig.sh env)"; bench/image-oci.sh\` (the rig up; scripts/tools.sh builds ko).
<!-- /bench:image-oci -->`
console.log(section)
if (write === '1') {
  const md = 'BENCHMARKS.md'
  let text = fs.readFileSync(md, 'utf8')
  const re = /<!-- bench:image-oci -->[\s\S]*?<!-- \/bench:image-oci -->/
  text = re.test(text) ? text.replace(re, section) : text.trimEnd() + '\n\n' + section + '\n'
  fs.writeFileSync(md, text)
}
NODE
