#!/usr/bin/env bash
# Benchmark: the image step for examples/hello on 4 platforms (linux/amd64, linux/arm64, linux/arm/v7,
# linux/386), pushed to the rig's local registry, two ways:
#   gantry  — cross-compile on the host (plain go build, cold cache), then `gantry image` (buildx engine)
#             copies the prebuilt binaries into a scratch image: no compiler, no QEMU in the build;
#   seed    — the common multi-stage Dockerfile that runs `go build` inside a golang image per platform,
#             so BuildKit runs the Go compiler under QEMU for arm64 and arm/v7 (386 runs natively here).
# Both start from an empty BuildKit cache. Nothing can be pulled, so the golang builder image is made here:
# Go toolchains for linux-amd64 and linux-arm64 come from the Go module proxy as modules
# (golang.org/toolchain@v0.0.1-go<version>.linux-<arch>); linux-armv6l and linux-386 are not served by the
# proxy this project uses, so those two toolchains are cross-built here from the amd64 toolchain's source
# (GOOS=linux GOARCH=arm GOARM=7 / GOARCH=386 go install cmd/go cmd/compile cmd/link cmd/asm cmd/cgo).
# Results go to BENCHMARKS.md between <!-- bench:image --> and <!-- /bench:image -->.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib/env.sh"
cd "$GANTRY_ROOT"
scripts/rig.sh up
eval "$(scripts/rig.sh env)"

GO_VERSION=$(go env GOVERSION) # go1.26.8
WORK="$GANTRY_RIG_DIR/bench-image"
REG="$GANTRY_RIG_REGISTRY"
GOLANG="$REG/bench/golang:${GO_VERSION#go}"
PLATFORMS=linux/amd64,linux/arm64,linux/arm/v7,linux/386
RUN_ID="b$(date +%s)"
mkdir -p "$WORK"

now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f", a - b }'; }

# --- the golang builder image (made once, kept in the rig's registry) ---------------------------------
toolchain_dir() { go mod download -json "golang.org/toolchain@v0.0.1-${GO_VERSION}.linux-$1" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p'; }

# Copy a GOROOT without tests and testdata (they are not needed to build, and halve the image).
copy_goroot() {
  local from=$1 to=$2
  mkdir -p "$to"
  (cd "$from" && tar --exclude='*_test.go' --exclude=testdata --exclude='./pkg/tool/*' --exclude='./bin/*' -cf - .) | (cd "$to" && tar -xf -)
  chmod -R u+w "$to"
}

make_golang_image() {
  if skopeo inspect --raw --tls-verify=false "docker://$GOLANG" >/dev/null 2>&1; then return 0; fi
  echo "bench: making $GOLANG (once)" >&2
  local ctx="$WORK/golang" amd arm64dir
  rm -rf "$ctx" && mkdir -p "$ctx"
  amd=$(toolchain_dir amd64)
  arm64dir=$(toolchain_dir arm64)
  # Served toolchains: used as they are.
  copy_goroot "$amd" "$ctx/linux/amd64/go"
  cp -r "$amd/bin" "$ctx/linux/amd64/go/" && mkdir -p "$ctx/linux/amd64/go/pkg/tool" && cp -r "$amd/pkg/tool/linux_amd64" "$ctx/linux/amd64/go/pkg/tool/"
  copy_goroot "$arm64dir" "$ctx/linux/arm64/go"
  cp -r "$arm64dir/bin" "$ctx/linux/arm64/go/" && mkdir -p "$ctx/linux/arm64/go/pkg/tool" && cp -r "$arm64dir/pkg/tool/linux_arm64" "$ctx/linux/arm64/go/pkg/tool/"
  # Cross-built toolchains for arm/v7 and 386, from a writable copy of the amd64 GOROOT.
  local src="$WORK/goroot-amd64"
  rm -rf "$src" && cp -r "$amd" "$src" && chmod -R u+w "$src"
  # Module zips carry no file modes: make the toolchain's programs executable again.
  chmod 0755 "$src"/bin/* "$src"/pkg/tool/linux_amd64/*
  local spec goarch dir
  for spec in arm:linux/arm/v7 386:linux/386; do
    goarch=${spec%%:*} dir="$ctx/${spec#*:}/go"
    (cd "$src/src" && GOROOT="$src" GOOS=linux GOARCH=$goarch GOARM=7 CGO_ENABLED=0 GOTOOLCHAIN=local \
      nice "$src/bin/go" install cmd/go cmd/compile cmd/link cmd/asm cmd/cgo)
    copy_goroot "$src" "$dir"
    mkdir -p "$dir/bin" "$dir/pkg/tool/linux_$goarch"
    cp "$src/bin/linux_$goarch/go" "$dir/bin/go"
    cp "$src/pkg/tool/linux_$goarch/"{compile,link,asm,cgo} "$dir/pkg/tool/linux_$goarch/"
  done
  chmod 0755 "$ctx"/linux/*/go/bin/* "$ctx"/linux/*/go/pkg/tool/*/* "$ctx"/linux/arm/v7/go/bin/* "$ctx"/linux/arm/v7/go/pkg/tool/*/*
  cat >"$ctx/Dockerfile" <<DOCKERFILE
FROM $GANTRY_RIG_BASE
ARG TARGETPLATFORM
COPY \${TARGETPLATFORM}/go /usr/local/go
ENV PATH=/usr/local/go/bin:/bin GOTOOLCHAIN=local GOFLAGS=-buildvcs=false HOME=/root GOPATH=/root/go
WORKDIR /src
DOCKERFILE
  docker buildx build --builder "$GANTRY_RIG_BUILDER" --platform "$PLATFORMS" --provenance=false \
    --output "type=image,name=$GOLANG,push=true" "$ctx" >"$WORK/golang-build.log" 2>&1
  rm -rf "$src"
}

make_golang_image

prune() { docker buildx prune -af --builder "$GANTRY_RIG_BUILDER" >/dev/null 2>&1; }

# --- gantry: cross-compile on the host, then the image step --------------------------------------------
DIST="$WORK/dist"
rm -rf "$DIST" && mkdir -p "$DIST"
export GOCACHE="$WORK/gocache-$RUN_ID" # cold: a fresh build cache, as on a fresh runner
t=$(now)
node dist/cli/index.js build --working-directory examples/hello --targets "$PLATFORMS" --version 1.2.3 \
  --dist "$DIST" --archives false --checksums false >/dev/null
T_COMPILE=$(since "$t")
rm -rf "$GOCACHE"
unset GOCACHE

prune
t=$(now)
node dist/cli/index.js image --artifacts "$DIST/artifacts.json" --images "$REG/bench/$RUN_ID/gantry" --tags 1.2.3 \
  --push --builder "$GANTRY_RIG_BUILDER" >"$WORK/gantry.json" 2>"$WORK/gantry.log"
T_GANTRY=$(since "$t")

# --- seed: compile inside the Dockerfile, per platform --------------------------------------------------
SEED="$WORK/seed.Dockerfile"
cat >"$SEED" <<DOCKERFILE
FROM $GOLANG AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=1.2.3" -o /out/hello ./cmd/hello
FROM scratch
COPY --from=build /out/hello /hello
ENTRYPOINT ["/hello"]
DOCKERFILE
prune
t=$(now)
docker buildx build --builder "$GANTRY_RIG_BUILDER" --platform "$PLATFORMS" --provenance=false -f "$SEED" \
  --output "type=image,name=$REG/bench/$RUN_ID/seed:1.2.3,push=true" examples/hello >"$WORK/seed.log" 2>&1
T_SEED=$(since "$t")

# Both images run: check the arm64 one prints the version.
for kind in gantry seed; do
  docker pull -q --platform linux/arm64 "$REG/bench/$RUN_ID/$kind:1.2.3" >/dev/null
  [ "$(docker run --rm --network none --platform linux/arm64 "$REG/bench/$RUN_ID/$kind:1.2.3" -version)" = 1.2.3 ]
done

node - "$T_COMPILE" "$T_GANTRY" "$T_SEED" "$GO_VERSION" <<'NODE'
const fs = require('fs')
const [compile, gantry, seed, goVersion] = process.argv.slice(2).map((x, i) => (i < 3 ? Number(x) : x))
const f = s => `${s.toFixed(1)} s`
const section = `<!-- bench:image -->
## image: prebuilt binaries (gantry, buildx engine) vs compiling in the Dockerfile under QEMU

examples/hello, 4 platforms (linux/amd64, linux/arm64, linux/arm/v7, linux/386), pushed to the rig's local
registry, empty BuildKit cache for each, ${goVersion}, 2 shared cores. \`bench/image.sh\`.

| | time |
| --- | --- |
| cross-compile on the host, 4 platforms, cold Go build cache | ${f(compile)} |
| gantry image step (stage, build, push by digest, tags last) | ${f(gantry)} |
| **gantry end to end** (compile + image) | **${f(compile + gantry)}** |
| seed-style multi-stage Dockerfile (go build per platform; arm64 and arm/v7 under QEMU) | ${f(seed)} |

Image step: **${(seed / gantry).toFixed(0)}×** faster. End to end, including gantry's cold cross-compile:
**${(seed / (compile + gantry)).toFixed(1)}×** faster.

The golang builder image is built locally (nothing can be pulled): the linux-amd64 and linux-arm64 Go
toolchains come from the Go module proxy as modules; linux-armv6l and linux-386 are not served there, so
those two are cross-built from the amd64 toolchain's source. linux/386 runs natively on this x86-64 host,
not under QEMU, so the seed column is a lower bound for hosts that emulate all three. The machine was
shared with other jobs while this ran: absolute times are noisy; the ratios are the point.
<!-- /bench:image -->`
const file = 'BENCHMARKS.md'
let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n'
const re = /<!-- bench:image -->[\s\S]*?<!-- \/bench:image -->/
text = re.test(text) ? text.replace(re, section) : text.trimEnd() + '\n\n' + section + '\n'
fs.writeFileSync(file, text)
console.log(section)
NODE
