export const id = 296;
export const ids = [296,538];
export const modules = {

/***/ 3296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildxEngine: () => (/* binding */ buildxEngine)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(2817);
// EXTERNAL MODULE: ./src/util/fs-errors.ts
var fs_errors = __webpack_require__(8889);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
// EXTERNAL MODULE: ./src/oci/reader.ts
var reader = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/oci/source.ts
var source = __webpack_require__(8540);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/image/buildx-args.ts
// The `docker buildx build` command line as a pure function of the resolved inputs and the installed tool
// versions, as docker/build-push-action does it; __tests__/image/buildx-args.test.ts is a table of
// inputs -> argv. Nothing here runs anything.


/** Lowest buildx gantry drives: --provenance/--sbom/--metadata-file as used here came with 0.10. */
const MIN_BUILDX = '0.10.0';
function secretEnvName(id) {
    return `GANTRY_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
function atLeast(version, min) {
    const v = version ? semver.coerce(version) : null;
    return v ? semver.gte(v, min) : false;
}
/** A CSV field for buildx's --output (values with commas or quotes are quoted). */
function csv(field) {
    return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function buildxBuildArgs(input, versions) {
    if (!atLeast(versions.buildx, MIN_BUILDX))
        throw new errors/* UserError */.yo(`buildx ${versions.buildx || '(unknown version)'} is too old; gantry needs ${MIN_BUILDX} or newer.`, {
            input: 'engine',
            fix: 'update buildx (docker/setup-buildx-action installs a current one).'
        });
    const args = ['buildx', 'build'];
    if (input.builder)
        args.push('--builder', input.builder);
    args.push('--file', input.dockerfile);
    if (input.platforms.length)
        args.push('--platform', input.platforms.join(','));
    args.push('--metadata-file', input.metadataFile);
    args.push(`--provenance=${input.provenance ? 'mode=min' : 'false'}`);
    // gantry attaches its own SBOM as an OCI referrer after the push (src/image/sbom.ts); BuildKit's attestation
    // needs its scanner image pulled from Docker Hub, so it is always off.
    args.push('--sbom=false');
    if (input.sourceDateEpoch !== undefined)
        args.push('--build-arg', `SOURCE_DATE_EPOCH=${input.sourceDateEpoch}`);
    for (const [k, v] of input.buildArgs)
        args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of input.labels)
        args.push('--label', `${k}=${v}`);
    if (input.annotations.length && !atLeast(versions.buildx, '0.12.0'))
        throw new errors/* UserError */.yo(`annotations need buildx 0.12 or newer; this is ${versions.buildx}.`, {
            input: 'annotations',
            fix: 'update buildx, or drop the annotations.'
        });
    for (const [k, v] of input.annotations)
        args.push('--annotation', `${k}=${v}`);
    for (const id of input.secretIds)
        args.push('--secret', `id=${id},env=${secretEnvName(id)}`);
    for (const c of input.cacheFrom)
        args.push('--cache-from', c);
    for (const c of input.cacheTo)
        args.push('--cache-to', c);
    // Clamp file timestamps in layers to SOURCE_DATE_EPOCH (BuildKit 0.13+), so rebuilds give the same digest.
    const rewrite = input.sourceDateEpoch !== undefined && atLeast(versions.buildkit, '0.13.0')
        ? ',rewrite-timestamp=true'
        : '';
    const o = input.output;
    if (o.kind === 'push')
        args.push('--output', `type=image,${csv(`name=${o.names.join(',')}`)},push-by-digest=true,name-canonical=true,push=true${rewrite}`);
    else if (o.kind === 'load')
        args.push('--output', `type=docker${o.names.length ? `,${csv(`name=${o.names.join(',')}`)}` : ''}${rewrite}`);
    else
        args.push('--output', `type=oci,dest=${csv(o.dest)},tar=false${rewrite}`);
    args.push(input.context);
    return args;
}

// EXTERNAL MODULE: ./src/image/context.ts
var context = __webpack_require__(6738);
// EXTERNAL MODULE: ./src/scan/misconfig/checks/go-build.ts
var go_build = __webpack_require__(2890);
// EXTERNAL MODULE: ./src/scan/misconfig/dockerfile.ts
var dockerfile = __webpack_require__(9273);
;// CONCATENATED MODULE: ./src/image/dockerfile-lint.ts
// The warning for seed-style Dockerfiles: a stage that runs `go build` without `--platform=$BUILDPLATFORM` is
// compiled once per target platform under QEMU emulation in a multi-platform build — minutes instead of
// seconds, and emulation crashes. The rule is the scanner's GANTRY-DF-010 (src/scan/misconfig), reported here
// on the line before the build starts.


function lintDockerfile(text, platforms) {
    if (platforms < 2)
        return [];
    let df;
    try {
        df = (0,dockerfile/* parseDockerfile */.Ai)(text, 'Dockerfile');
    }
    catch (err) {
        // The build itself reports a syntax error, with BuildKit's own message.
        if (err instanceof dockerfile/* DockerfileSyntaxError */.QS)
            return [];
        throw err;
    }
    return (0,go_build/* checkGoUnderQemu */.V4)({ df, platforms }).map(f => ({
        line: f.locations[0].line ?? 1,
        message: f.description ?? f.title
    }));
}

// EXTERNAL MODULE: ./src/image/publish.ts
var publish = __webpack_require__(538);
;// CONCATENATED MODULE: ./src/image/buildx-tools.ts
// What the buildx engine needs to know about the installed tools: the buildx version (`docker buildx
// version`) and the builder's BuildKit version (`docker buildx inspect`), for feature gates in the pure argv
// builder, as docker/build-push-action gates on them. Two small text parsers, so the core needs no runner
// library.


/** `github.com/docker/buildx v0.37.2 1a2b3c` → `0.37.2`; undefined when no version is printed. */
function parseBuildxVersion(output) {
    return /\bv?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)\b/.exec(output)?.[1];
}
/** The first node's BuildKit version from `docker buildx inspect` (`BuildKit version: v0.33.1`). */
function parseBuildkitVersion(inspect) {
    const m = /^\s*Build[Kk]it(?: version)?:\s*v?(\d+\.\d+\.\d+\S*)/m.exec(inspect);
    return m?.[1];
}
async function docker(host, args) {
    return (await host.exec('docker', args)).stdout;
}
/** buildx and BuildKit versions of this machine and builder; UserErrors when either is missing. */
async function detectVersions(host, builder) {
    let buildx;
    try {
        buildx = parseBuildxVersion(await docker(host, ['buildx', 'version']));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`docker buildx is not available (${err.message.split('\n')[0]}).`, {
            input: 'engine',
            fix: 'install Docker with the buildx plugin (docker/setup-buildx-action).'
        });
    }
    if (!buildx)
        throw new errors/* UserError */.yo('docker buildx version printed no version.', {
            input: 'engine',
            fix: 'install a released buildx (docker/setup-buildx-action).'
        });
    let inspect;
    try {
        inspect = await docker(host, ['buildx', 'inspect', ...(builder ? [builder] : [])]);
    }
    catch (err) {
        const why = (err instanceof exec/* ExecError */.c ? err.result.stderr : String(err)).trim().split('\n').slice(-1)[0];
        throw new errors/* UserError */.yo(`cannot inspect the buildx builder${builder ? ` "${builder}"` : ''}: ${why}`, {
            input: 'builder',
            fix: 'name an existing builder (docker buildx ls), or leave builder empty for the current one.'
        });
    }
    return { buildx, buildkit: parseBuildkitVersion(inspect) };
}

;// CONCATENATED MODULE: ./src/image/buildx.ts
// The buildx engine: stage the prebuilt binaries (or take the user's Dockerfile), run one
// `docker buildx build` for every platform, push by digest, read the result back from the registry, and
// write the tags last. The command line comes from the pure buildxBuildArgs, gated on the tool versions.















/** The user's Dockerfile (with the emulation warning) or a generated one over the staged binaries. */
async function prepareContext(plan, host) {
    const o = plan.options;
    if (!o.dockerfile) {
        (0,context/* dockerfileBase */.Qm)(o.base);
        const staged = await host.logger.group('Stage the build context', () => (0,context/* stageContext */.U1)(plan, host));
        // Through the logger, which fences text that could hold a workflow command (the inputs are validated too).
        host.logger.info(staged.text);
        return { context: staged.context, dockerfile: staged.dockerfile };
    }
    let text;
    try {
        text = await (0,promises_.readFile)(o.dockerfile, 'utf8');
    }
    catch (err) {
        throw ((0,fs_errors/* fsUserError */.BM)(err, {
            input: 'dockerfile',
            path: o.dockerfile,
            doing: 'reading the Dockerfile',
            reading: true
        }) ?? err);
    }
    for (const w of lintDockerfile(text, plan.platforms.length))
        host.logger.warn(w.message, {
            file: external_node_path_default().relative(o.cwd, o.dockerfile) || o.dockerfile,
            line: w.line,
            title: 'Go compiled under emulation'
        });
    return { context: o.context ?? external_node_path_default().dirname(o.dockerfile), dockerfile: o.dockerfile };
}
/** Where buildx writes: pushed by digest, loaded into the daemon, or an OCI layout to read back. */
function chooseOutput(plan, metaDir) {
    const o = plan.options;
    if (o.push || o.pushByDigest)
        return { output: { kind: 'push', names: plan.repositories.map(image_ref/* repositoryName */.aR) } };
    if (o.load)
        return { output: { kind: 'load', names: plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r)) } };
    const layout = external_node_path_default().join(metaDir, 'oci-layout');
    return { output: { kind: 'oci-layout', dest: layout }, layout };
}
/**
 * The last lines of buildx's error output for the error message. BuildKit quotes the Dockerfile's lines in
 * parse errors, so when the Dockerfile or the context lies outside the workspace (allowed explicitly), the
 * annotation says only where to look: it never quotes a file from outside the workspace.
 */
async function errorTail(plan, stderr) {
    const o = plan.options;
    const files = [o.dockerfile, o.context].filter((f) => Boolean(f));
    for (const f of files)
        if (!(await (0,paths/* isInsideReal */.NC)(o.workspace, f)))
            return '(the output is in the build log above; it is not quoted here because the Dockerfile or the context lies outside the workspace)';
    return stderr.trim().split('\n').slice(-8).join('\n');
}
/** Run `docker buildx build`; a failure is a UserError blaming the push or the build. */
async function runBuildx(plan, host, args) {
    const o = plan.options;
    const pushing = o.push || o.pushByDigest;
    // Provenance in the metadata file would make the metadata output huge; the attestation is what matters.
    const env = {
        ...host.env,
        BUILDKIT_PROGRESS: 'plain',
        BUILDX_METADATA_PROVENANCE: 'disabled'
    };
    for (const [id, value] of o.secrets) {
        host.logger.mask(value);
        env[secretEnvName(id)] = value;
    }
    const title = `docker ${args.slice(0, 2).join(' ')} (${plan.platforms.map(target/* toPlatform */.rE).join(', ') || 'builder default'})`;
    await host.logger.group(title, async () => {
        host.logger.info(`docker ${args.join(' ')}`);
        try {
            await host.exec('docker', args, {
                env,
                onStdoutLine: l => host.logger.info(l),
                onStderrLine: l => host.logger.info(l)
            });
        }
        catch (err) {
            if (!(err instanceof exec/* ExecError */.c))
                throw err;
            const tail = await errorTail(plan, err.result.stderr);
            const push = /push|unexpected status|denied|unauthorized|401|403|405/i.test(tail) && pushing;
            throw new errors/* UserError */.yo(push ? `the registry refused the push:\n${tail}` : `docker buildx build failed:\n${tail}`, push
                ? {
                    input: 'images',
                    fix: 'check the repository name and that these credentials may push to it; nothing was tagged.'
                }
                : { input: o.dockerfile ? 'dockerfile' : 'base', fix: 'see the build log above.' });
        }
    });
}
/** What was pushed by digest, read back from the registry; then the tags (unless pushing by digest only). */
async function publishPushed(plan, host, digest, metadata) {
    const o = plan.options;
    const client = (0,publish.registryClient)(host, { operationTimeoutMs: o.registryTimeoutMs });
    const source = plan.repositories[0];
    try {
        const image = await (0,publish.describeImage)(client, source, digest);
        const refs = o.pushByDigest
            ? plan.repositories.map(r => `${(0,image_ref/* repositoryName */.aR)(r)}@${digest}`)
            : await host.logger.group('Write tags', () => (0,publish.writeTags)(client, host, source, image, plan.refs));
        return {
            digest,
            refs,
            platforms: image.platforms.sort((a, b) => (a.platform < b.platform ? -1 : 1)),
            tags: o.pushByDigest ? [] : plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r)),
            metadata,
            pushed: true
        };
    }
    catch (err) {
        throw (0,publish.registryUserError)(err, 'publish');
    }
}
async function readMetadata(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '{}');
    const data = JSON.parse(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}
const buildxEngine = {
    name: 'buildx',
    async build(plan, host) {
        // "image work": the engine's own time, from its start to the end of its push, as the oci engine logs it.
        const start = host.now();
        const result = await buildWithBuildx(plan, host);
        host.logger.info(`image work ${host.now() - start} ms`);
        return result;
    }
};
async function buildWithBuildx(plan, host) {
    const o = plan.options;
    const versions = await detectVersions(host, o.builder);
    host.logger.info(`buildx ${versions.buildx}, BuildKit ${versions.buildkit ?? 'unknown'}`);
    const { context, dockerfile } = await prepareContext(plan, host);
    const metaDir = await host.tempDir('image-meta');
    const metadataFile = external_node_path_default().join(metaDir, 'metadata.json');
    const { output, layout } = chooseOutput(plan, metaDir);
    const args = buildxBuildArgs({
        builder: o.builder,
        context,
        dockerfile,
        platforms: plan.platforms.map(target/* toPlatform */.rE),
        labels: plan.labels,
        annotations: o.annotations,
        buildArgs: o.buildArgs,
        secretIds: o.secrets.map(([id]) => id),
        provenance: o.provenance,
        cacheFrom: o.cacheFrom,
        cacheTo: o.cacheTo,
        output,
        metadataFile,
        sourceDateEpoch: plan.sourceDateEpoch
    }, versions);
    await runBuildx(plan, host, args);
    const metadata = await readMetadata(metadataFile);
    const digest = typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : '';
    if (layout) {
        const l = await (0,reader/* describeImage */.hu)(await source/* LayoutSource */.c.open(layout, 'engine'));
        return {
            digest: l.digest,
            refs: [],
            platforms: l.platforms,
            tags: [],
            metadata: { ...metadata, 'gantry.oci-layout': layout },
            pushed: false
        };
    }
    if (o.load) {
        const refs = plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r));
        const platforms = plan.platforms.map(t => ({ platform: (0,target/* toPlatform */.rE)(t), digest, size: 0 }));
        return { digest, refs, platforms, tags: refs, metadata, pushed: false };
    }
    return publishPushed(plan, host, digest, metadata);
}


/***/ }),

/***/ 538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeImage: () => (/* binding */ describeImage),
/* harmony export */   mergeImages: () => (/* binding */ mergeImages),
/* harmony export */   registryClient: () => (/* reexport safe */ _oci_client_js__WEBPACK_IMPORTED_MODULE_2__.R),
/* harmony export */   registryUserError: () => (/* binding */ registryUserError),
/* harmony export */   writeTags: () => (/* binding */ writeTags)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1092);
/* harmony import */ var _oci_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3734);
/* harmony import */ var _oci_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8630);
/* harmony import */ var _oci_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6586);
/* harmony import */ var _oci_publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8482);
/* harmony import */ var _oci_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8540);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6178);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3048);
// Publishing that both engines share, through the registry client: read back what was pushed by digest
// (platforms, per-platform digests, sizes), merge per-platform pushes into one index, and write the tags
// last, so a failure part-way never leaves a tag pointing at a partial image.










/** What is at repo@digest: an index (its platforms) or a single manifest (its config's platform). */
function describeImage(client, repo, digest) {
    return (0,_oci_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .describeImage */ .hu)(new _oci_source_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistrySource */ .n(client, repo), digest);
}
/**
 * Put the image at source@digest under every ref's tag, pushing it by digest into the refs' other
 * repositories first (blobs mounted within a registry). Tags go last, after every repository has the
 * complete image by digest.
 */
async function writeTags(client, host, source, image, refs) {
    const node = await (0,_oci_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .readNode */ .XH)(new _oci_source_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistrySource */ .n(client, source), image.digest);
    return (0,_oci_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishToRegistry */ .w4)(client, host, node, { repositories: [source], refs, tag: true });
}
/** Turn a registry failure into a UserError naming the registry and what failed; nothing was tagged. */
function registryUserError(err, what) {
    return (0,_oci_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registryFailure */ .M)(err, { operation: what, input: 'images', publishing: true });
}
/**
 * merge: one multi-arch index from per-platform pushes (repo@digest), pushed by digest, then tagged (not with
 * push-by-digest). The index is the same bytes for the same inputs, so merging again later tags that digest.
 */
async function mergeImages(plan, host) {
    const inputs = plan.options.merge.map(m => {
        const ref = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRef */ .rd)(m, 'merge');
        if (!ref.digest)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${m}" has no digest.`, {
                input: 'merge',
                fix: 'pass the refs output of the push-by-digest jobs (repo@sha256:…).'
            });
        return ref;
    });
    const source = { registry: inputs[0].registry, path: inputs[0].path };
    const other = inputs.find(r => !(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepository */ .RB)(r, source));
    if (other)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the digests come from different repositories: ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(source)} and ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(other)}.`, {
            input: 'merge',
            fix: 'merge images pushed by digest to one repository (the same images input in every job).'
        });
    const client = (0,_oci_client_js__WEBPACK_IMPORTED_MODULE_2__/* .registryClient */ .R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
    const platforms = [];
    const platformDescs = [];
    const attestations = [];
    for (const ref of inputs) {
        const d = await describeImage(client, source, ref.digest).catch(err => {
            throw (0,_oci_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registryFailure */ .M)(err, {
                operation: `merge: read ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)(ref)}`,
                input: 'merge',
                publishing: true
            });
        });
        for (const desc of d.descriptors) {
            if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isAttestation */ .H3)(desc)) {
                attestations.push(desc);
                continue;
            }
            const p = (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .platformString */ .Fd)(desc.platform);
            if (platforms.some(x => x.platform === p))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`two of the merged images are ${p}.`, {
                    input: 'merge',
                    fix: 'give each push-by-digest job its own platforms.'
                });
            platforms.push(d.platforms.find(x => x.digest === desc.digest));
            platformDescs.push(desc);
        }
    }
    const order = (a, b) => (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .platformString */ .Fd)(a.platform) < (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .platformString */ .Fd)(b.platform) ? -1 : 1;
    const index = {
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.ociIndex,
        manifests: [...platformDescs.sort(order), ...attestations.sort((a, b) => (a.digest < b.digest ? -1 : 1))]
    };
    const bytes = Buffer.from(JSON.stringify(index));
    const digest = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Digest */ .sI)(bytes);
    let refs;
    try {
        await client.putManifest(source, digest, bytes, _oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.ociIndex);
        refs = plan.options.pushByDigest
            ? [(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)({ ...source, digest })]
            : await writeTags(client, host, source, { digest }, plan.refs);
    }
    catch (err) {
        throw registryUserError(err, 'merge');
    }
    platforms.sort((a, b) => (a.platform < b.platform ? -1 : 1));
    return {
        digest,
        refs,
        platforms,
        tags: plan.refs.map(r => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)(r)),
        metadata: { merged: inputs.map(r => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)(r)), 'containerimage.digest': digest },
        pushed: true
    };
}


/***/ })

};

//# sourceMappingURL=296.index.js.map