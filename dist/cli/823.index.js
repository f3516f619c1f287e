export const id = 823;
export const ids = [823];
export const modules = {

/***/ 7010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ resolveRefs),
/* harmony export */   yY: () => (/* binding */ resolvePlan)
/* harmony export */ });
/* unused harmony export DEFAULT_TAG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _model_artifacts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2314);
/* harmony import */ var _model_artifact_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5858);
/* harmony import */ var _model_binary_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8418);
/* harmony import */ var _oci_reader_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6586);
/* harmony import */ var _model_target_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5936);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1092);
/* harmony import */ var _model_labels_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3582);
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1251);
// Resolve ImageOptions into an ImagePlan: which repositories and tags, which platforms, which prebuilt
// binary per platform, which labels. Engine-independent, so the buildx and the coming oci engine build the
// same thing, and every bad input fails here, before anything is built or pushed.












const DEFAULT_TAG = 'latest';
/** images × tags (bare tags) plus full refs given in tags; sorted and unique. */
function resolveRefs(options) {
    const repos = new Map();
    for (const name of options.images) {
        const r = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRepository */ .SU)(name, 'images');
        repos.set((0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryName */ .aR)(r), r);
    }
    const bare = [];
    const refs = new Map();
    for (const t of options.tags) {
        if (t.includes('/') || t.includes('@')) {
            const ref = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRef */ .rd)(t, 'tags');
            if (ref.digest)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${t}" has a digest; tags name tags.`, {
                    input: 'tags',
                    fix: 'drop the @sha256:… part.'
                });
            if (!ref.tag)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${t}" has no tag.`, { input: 'tags', fix: `write ${t}:<tag>.` });
            refs.set((0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRef */ .rq)(ref), ref);
            repos.set((0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryName */ .aR)(ref), { registry: ref.registry, path: ref.path });
        }
        else if (t.includes(':')) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"${t}" is not a valid tag.`, {
                input: 'tags',
                fix: 'a tag is 1 to 128 characters of letters, digits, _, . and -; write full references as registry/repo:tag.'
            });
        }
        else
            bare.push((0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .validateTag */ .z7)(t, 'tags'));
    }
    const tags = bare.length || refs.size ? bare : [DEFAULT_TAG];
    for (const name of options.images) {
        const r = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .parseRepository */ .SU)(name, 'images');
        for (const tag of tags) {
            const ref = { ...r, tag };
            refs.set((0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRef */ .rq)(ref), ref);
        }
    }
    const sortedRepos = [...repos.values()].sort((0,_util_compare_js__WEBPACK_IMPORTED_MODULE_11__/* .byKey */ .dX)(_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryName */ .aR));
    const sortedRefs = [...refs.values()].sort((0,_util_compare_js__WEBPACK_IMPORTED_MODULE_11__/* .byKey */ .dX)(r => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRef */ .rq)(r)));
    return { repositories: sortedRepos, refs: sortedRefs };
}
function parsePlatforms(list) {
    const out = [];
    for (const p of list) {
        const t = (0,_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .parsePlatform */ .FL)(p, 'platforms');
        if (!out.some(o => (0,_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .sameTarget */ .cS)(o, t)))
            out.push(t);
    }
    return out.sort(_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .compareTargets */ .wu);
}
/** The output options that exclude each other, checked before anything is read. */
function checkOutputs(options, refs, repositories) {
    if (options.push && options.pushByDigest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('push and push-by-digest exclude each other.', {
            input: 'push-by-digest',
            fix: 'use push-by-digest in the per-platform jobs and push (or merge) in one job after them.'
        });
    if (options.push && !refs.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('push: true with no tags: there is nothing to push to.', {
            input: 'tags',
            fix: 'set images (and tags), or full references such as ghcr.io/org/app:1.2.3 in tags.'
        });
    if (options.pushByDigest && !repositories.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('push-by-digest needs a repository.', { input: 'images', fix: 'set images.' });
    if (options.push && options.load)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('push and load exclude each other here.', {
            input: 'load',
            fix: 'push, then docker pull the image where you need it.'
        });
}
/** The binary to put in the image: the binary input, or the only linux binary in artifacts.json. */
function chooseBinary(options, names) {
    if (options.binary) {
        if (!names.includes(options.binary) && !options.dockerfile)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`no linux binary named "${options.binary}" in ${options.artifacts}.`, {
                input: 'binary',
                fix: names.length ? `use one of ${names.join(', ')}.` : 'build linux targets with the go-build stage.'
            });
        return options.binary;
    }
    if (names.length === 1)
        return names[0];
    if (names.length > 1 && !options.dockerfile)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${options.artifacts} has several binaries: ${names.join(', ')}.`, {
            input: 'binary',
            fix: 'name the one to put in the image.'
        });
    return undefined;
}
/** The prebuilt binary of each platform (every platform must have one when the Dockerfile is generated). */
async function platformBinaries(options, requested) {
    const fromFile = await (0,_model_artifacts_js__WEBPACK_IMPORTED_MODULE_4__/* .readArtifacts */ .MN)(options.artifacts, 'artifacts');
    const manifest = fromFile.manifest;
    const linux = manifest.artifacts.filter(a => a.kind === 'binary' && a.target?.goos === 'linux');
    const binaryName = chooseBinary(options, [...new Set(linux.map(a => a.binary ?? ''))].filter(Boolean).sort());
    const mine = linux.filter(a => (a.binary ?? '') === binaryName && a.target);
    const available = mine.map(a => a.target).sort(_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .compareTargets */ .wu);
    const platforms = requested.length ? requested : available;
    if (options.dockerfile)
        return { manifest, binaryName, platforms, binaries: [] };
    if (!platforms.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${options.artifacts} has no linux binaries.`, {
            input: 'artifacts',
            fix: 'add linux targets to the go-build stage.'
        });
    const missing = platforms.filter(p => !available.some(a => (0,_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .sameTarget */ .cS)(a, p)));
    if (missing.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`no binary for ${missing.map(_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .toPlatform */ .rE).join(', ')} in ${options.artifacts}; it has ${available.length ? available.map(_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .toPlatform */ .rE).join(', ') : 'no linux binaries'}.`, {
            input: 'platforms',
            fix: 'build those targets in the go-build stage, or leave them out of platforms.'
        });
    const binaries = [];
    for (const p of platforms) {
        const artifact = mine.find(a => (0,_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .sameTarget */ .cS)(a.target, p));
        // The file is checked now (a regular file inside dist, of the listed size), and its sha256 when staged.
        const file = await (0,_model_artifact_file_js__WEBPACK_IMPORTED_MODULE_5__/* .checkArtifactFile */ .$)(fromFile.dir, artifact, 'artifacts');
        binaries.push({ target: p, platform: (0,_model_target_js__WEBPACK_IMPORTED_MODULE_8__/* .toPlatform */ .rE)(p), artifact, file, dir: fromFile.dir });
    }
    return { manifest, binaryName, platforms, binaries };
}
/** Paths given as inputs stay in the workspace unless allowed; input values are checked before use. */
async function checkInputs(options) {
    const c = { workspace: options.workspace, allowOutside: options.allowOutsideWorkspace };
    if (options.binary)
        (0,_model_binary_name_js__WEBPACK_IMPORTED_MODULE_6__/* .checkBinaryName */ .Ji)(options.binary, 'binary');
    if (!options.dockerfile) {
        // One image: scratch, a reference, or a layout folder (oci engine), which is a path to confine too.
        const base = (0,_oci_reader_js__WEBPACK_IMPORTED_MODULE_7__/* .parseImageLocation */ .s_)(options.base, 'base', options.cwd);
        if (base.kind === 'layout')
            await (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(base.path, 'base', c);
    }
    if (options.dockerfile)
        await (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(options.dockerfile, 'dockerfile', c);
    if (options.context)
        await (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(options.context, 'context', c);
    else if (options.dockerfile)
        await (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(options.dockerfile), 'dockerfile', c);
    await (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .confinePath */ .ey)(options.artifacts, 'artifacts', c);
}
async function resolvePlan(options, ci) {
    const { repositories, refs } = resolveRefs(options);
    if (options.merge.length) {
        // A digest-only merge writes no tag: the index is tagged by a later merge of the same digests, once it
        // has been accepted (the reusable workflow scans it in between).
        if (options.pushByDigest) {
            if (options.tags.length)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('merge with push-by-digest writes no tags.', {
                    input: 'tags',
                    fix: 'drop tags here, and merge the same digests again with tags to tag the index; or drop push-by-digest.'
                });
            return { options, repositories: [], refs: [], platforms: [], binaries: [], labels: [] };
        }
        if (!refs.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('merge needs somewhere to push the index.', {
                input: 'images',
                fix: 'set images (and tags) for the merged image.'
            });
        return { options, repositories, refs, platforms: [], binaries: [], labels: [] };
    }
    checkOutputs(options, refs, repositories);
    await checkInputs(options);
    let platforms = parsePlatforms(options.platforms);
    let manifest;
    let binaries = [];
    let binaryName;
    // A user Dockerfile may do without artifacts.json; the generated one copies its binaries.
    if (!options.dockerfile || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.artifacts))
        ({ manifest, binaryName, platforms, binaries } = await platformBinaries(options, platforms));
    if (options.load && platforms.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`load takes one platform; this build has ${platforms.length}.`, {
            input: 'load',
            fix: 'set platforms to the one to load, or push instead.'
        });
    const date = manifest?.project.date ? Date.parse(manifest.project.date) : NaN;
    return {
        options,
        repositories,
        refs,
        platforms,
        binaries,
        binaryName,
        manifest,
        labels: (0,_model_labels_js__WEBPACK_IMPORTED_MODULE_10__/* .mergeLabels */ .Mr)((0,_model_labels_js__WEBPACK_IMPORTED_MODULE_10__/* .ociLabels */ .TT)({
            ...(0,_model_labels_js__WEBPACK_IMPORTED_MODULE_10__/* .repositoryLabels */ .cQ)(ci),
            created: Number.isFinite(date) ? Math.floor(date / 1000) : undefined,
            revision: manifest?.project.commit || ci.sha || undefined,
            title: binaryName,
            version: manifest?.project.version
        }), options.labels),
        sourceDateEpoch: Number.isFinite(date) ? Math.floor(date / 1000) : undefined
    };
}


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   cQ: () => (/* binding */ repositoryLabels)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8854);
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1251);
// OCI labels and annotations (org.opencontainers.image.*): the one label set the tag and image stages both
// write. `created` is the commit time, so rebuilding the same commit gives the same labels; source and url
// come from the repository, description and licenses from the event payload (made one line: payload text
// must not add label lines).



/** The labels, in a fixed order; empty values are left out; every value is one line. */
function ociLabels(i) {
    const entries = [
        ['org.opencontainers.image.created', i.created === undefined ? undefined : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .ag)(i.created)],
        ['org.opencontainers.image.description', i.description],
        ['org.opencontainers.image.licenses', i.licenses],
        ['org.opencontainers.image.revision', i.revision],
        ['org.opencontainers.image.source', i.repositoryUrl],
        ['org.opencontainers.image.title', i.title],
        ['org.opencontainers.image.url', i.repositoryUrl],
        ['org.opencontainers.image.version', i.version]
    ];
    return entries.filter((e) => Boolean(e[1])).map(([k, v]) => [k, (0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(v)]);
}
/** What the CI context says about the repository: its URL, and description and license from the payload. */
function repositoryLabels(ci) {
    const repo = ci.payload.repository;
    const description = typeof repo?.description === 'string' ? repo.description : undefined;
    const spdx = typeof repo?.license?.spdx_id === 'string' ? repo.license.spdx_id : undefined;
    return {
        repositoryUrl: ci.repository ? `${ci.serverUrl}/${ci.repository}` : undefined,
        description: description?.replace(/[\r\n]+/g, ' ').trim() || undefined,
        licenses: spdx && spdx !== 'NOASSERTION' ? spdx : undefined
    };
}
/** Later entries win; sorted by key. */
function mergeLabels(base, user) {
    const m = new Map(base);
    for (const [k, v] of user)
        m.set(k, v);
    return [...m.entries()].sort((0,_util_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .byKey */ .dX)(([k]) => k));
}
/** `key=value` lines, as build tools take labels and annotations. */
function keyValueLines(entries) {
    return entries.map(([k, v]) => `${k}=${v}`).join('\n');
}


/***/ }),

/***/ 8482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ targetRepositories),
/* harmony export */   E7: () => (/* binding */ nodeOf),
/* harmony export */   XH: () => (/* binding */ readNode),
/* harmony export */   dy: () => (/* binding */ dockerLoad),
/* harmony export */   kE: () => (/* binding */ BlobPushes),
/* harmony export */   w4: () => (/* binding */ publishToRegistry),
/* harmony export */   wy: () => (/* binding */ writeLayout)
/* harmony export */ });
/* unused harmony exports BLOB_PUSH_CONCURRENCY, pushByDigest, writeDockerArchive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6118);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3731);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6178);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1092);
/* harmony import */ var _blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9146);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3048);
// Publishers, separate from building (ko's split): an image tree goes to a registry (blobs, then the
// platform manifests by digest, then the index by digest — the last repository's under its first tag —
// then the other tags, so a failure never leaves a tag on a partial image), to an OCI layout folder (blobs, then index.json last), or into a Docker daemon
// (a docker-archive tar through `docker load`). The tree is anything with bytes and blobs: an image
// assembled by the oci engine, or one read back from a registry or layout (merge, mirrors, buildx results).










function nodeOf(tree) {
    if (tree.kind === 'manifest')
        return {
            mediaType: tree.mediaType,
            digest: tree.digest,
            bytes: tree.bytes,
            blobs: [tree.configBlob, ...tree.layers],
            children: []
        };
    return {
        mediaType: tree.mediaType,
        digest: tree.digest,
        bytes: tree.bytes,
        blobs: [],
        children: tree.images.map(i => nodeOf(i))
    };
}
/** Read what `reference` holds in `source` (an index and all its manifests, attestations included). */
async function readNode(source, reference, depth = 0) {
    const m = await source.manifest(reference);
    const body = JSON.parse(m.bytes.toString('utf8'));
    if (_types_js__WEBPACK_IMPORTED_MODULE_8__/* .INDEX_TYPES */ .V.includes(m.mediaType)) {
        if (depth > 1)
            throw new Error(`${source.name}@${reference}: indexes nested deeper than two levels`);
        const children = [];
        for (const d of body.manifests ?? [])
            children.push(await readNode(source, d.digest, depth + 1));
        return { mediaType: m.mediaType, digest: m.digest, bytes: m.bytes, blobs: [], children };
    }
    if (!_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_TYPES */ ._P.includes(m.mediaType))
        throw new Error(`${source.name}@${reference} is a ${m.mediaType}, which gantry does not copy`);
    const blobs = [body.config, ...(body.layers ?? [])]
        .filter((d) => !!d)
        .map(d => source.blob(d));
    return { mediaType: m.mediaType, digest: m.digest, bytes: m.bytes, blobs, children: [] };
}
function allBlobs(node) {
    const seen = new Map();
    const walk = (n) => {
        for (const b of n.blobs)
            if (!seen.has(b.digest))
                seen.set(b.digest, b);
        n.children.forEach(walk);
    };
    walk(node);
    return [...seen.values()];
}
/** Blobs pushed at once to one repository: enough to keep a registry busy, few enough not to flood it. */
const BLOB_PUSH_CONCURRENCY = 8;
/**
 * The blob pushes to one repository, each started once (by digest) and at most `concurrency` at a time.
 * A builder hands blobs over as soon as it has them, so uploads overlap the rest of the build; pushByDigest
 * then waits for those and pushes what is left.
 */
class BlobPushes {
    client;
    repository;
    concurrency;
    mountFrom;
    pushes = new Map();
    running = 0;
    queue = [];
    constructor(client, repository, concurrency = BLOB_PUSH_CONCURRENCY, mountFrom) {
        this.client = client;
        this.repository = repository;
        this.concurrency = concurrency;
        this.mountFrom = mountFrom;
    }
    /** Push `b` (once): 'exists', 'mounted' or 'uploaded'. */
    push(b) {
        let p = this.pushes.get(b.digest);
        if (!p) {
            const blob = this.mountFrom && (!b.origin || b.origin.registry !== this.repository.registry)
                ? { ...b, origin: this.mountFrom }
                : b;
            p = this.limited(() => this.client.pushBlob(this.repository, blob));
            // Whoever waits for this push reports its failure; until then it must not count as unhandled.
            p.catch(() => undefined);
            this.pushes.set(b.digest, p);
        }
        return p;
    }
    async limited(fn) {
        if (this.running >= this.concurrency)
            await new Promise(resolve => this.queue.push(resolve));
        this.running++;
        try {
            return await fn();
        }
        finally {
            this.running--;
            this.queue.shift()?.();
        }
    }
    /** Wait until no push is running (after a failed build, before its files are removed). */
    async settle() {
        await Promise.allSettled([...this.pushes.values()]);
    }
}
/**
 * Push `node` into `repo` by digest: every blob (HEAD, mount or upload, a few at a time), then each child
 * manifest, then the root. No tag is written. A manifest is looked for first (HEAD) and not sent again
 * when it is there, unless one of its blobs or child manifests was missing: then it cannot be there.
 */
async function pushByDigest(client, repo, node, opts = {}) {
    const stats = { uploaded: 0, mounted: 0, existing: 0, uploadedBytes: 0 };
    const pushes = opts.pushes && (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .sameRepository */ .RB)(opts.pushes.repository, repo)
        ? opts.pushes
        : new BlobPushes(client, repo, opts.concurrency, opts.mountFrom);
    const blobs = allBlobs(node);
    const missing = new Set();
    const results = await Promise.allSettled(blobs.map(b => pushes.push(b)));
    results.forEach((r, i) => {
        if (r.status === 'rejected')
            throw r.reason;
        if (r.value === 'uploaded') {
            stats.uploaded++;
            stats.uploadedBytes += blobs[i].size;
        }
        else if (r.value === 'mounted')
            stats.mounted++;
        else
            stats.existing++;
        if (r.value !== 'exists')
            missing.add(blobs[i].digest);
    });
    /** Put `n` unless it is there; true when it was there already. */
    const putManifest = async (n, fresh) => {
        if (!fresh && (await client.headManifest(repo, n.digest)))
            return true;
        await client.putManifest(repo, n.digest, n.bytes, n.mediaType);
        return false;
    };
    const fresh = (n) => n.blobs.some(b => missing.has(b.digest));
    const there = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .s)(node.children, opts.concurrency ?? BLOB_PUSH_CONCURRENCY, c => putManifest(c, fresh(c)));
    if (opts.rootTag !== undefined)
        await client.putManifest(repo, opts.rootTag, node.bytes, node.mediaType);
    else
        await putManifest(node, fresh(node) || there.some(t => !t));
    return stats;
}
/** The repositories publishToRegistry pushes to, in the order it does: `repositories`, then those of `refs`. */
function targetRepositories(repositories, refs) {
    const repos = [];
    for (const r of [...repositories, ...refs])
        if (!repos.some(x => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .sameRepository */ .RB)(x, r)))
            repos.push({ registry: r.registry, path: r.path });
    return repos;
}
/**
 * Push `node` to every repository of `refs` (and `repositories`), all by digest, then write every tag.
 * Returns `repo:tag@digest` for each tag written (or `repo@digest` per repository when there are no tags).
 */
async function publishToRegistry(client, host, node, opts) {
    const repos = opts.pushed ? [] : targetRepositories(opts.repositories, opts.refs);
    // The last repository's root goes in under its first tag rather than by digest (one round trip less):
    // by then every blob and child manifest is in there, and every other repository is complete.
    const last = repos.at(-1);
    const early = opts.tag && last ? opts.refs.find(r => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .sameRepository */ .RB)(r, last)) : undefined;
    const done = [];
    for (const repo of repos) {
        const start = host.now();
        const mountFrom = done.find(d => d.registry === repo.registry);
        const s = await pushByDigest(client, repo, node, {
            concurrency: opts.concurrency,
            mountFrom,
            pushes: opts.pushes,
            ...(early && repo === last ? { rootTag: early.tag } : {})
        });
        done.push(repo);
        host.logger.info(`${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(repo)}@${node.digest}: ${s.uploaded} blob${s.uploaded === 1 ? '' : 's'} uploaded (${s.uploadedBytes} bytes), ${s.mounted} mounted, ${s.existing} already there (${host.now() - start} ms)`);
    }
    if (!opts.tag)
        return targetRepositories(opts.repositories, opts.refs).map(r => `${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(r)}@${node.digest}`);
    const out = [];
    for (const ref of opts.refs) {
        if (ref !== early)
            await client.putManifest(ref, ref.tag, node.bytes, node.mediaType);
        host.logger.info(`tagged ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRef */ .rq)(ref)}`);
        out.push((0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRef */ .rq)({ ...ref, digest: node.digest }));
    }
    return out;
}
async function writeBlob(dir, b) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'blobs', 'sha256', b.digest.slice(7));
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    if (st?.isFile() && st.size === b.size && `sha256:${(await (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(file)).hex}` === b.digest)
        return;
    const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(await b.open(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
    }
}
/**
 * Write `node` into the OCI image layout at `dir` (created when missing): blobs first, index.json last
 * (atomically), listing the image once per tag (`org.opencontainers.image.ref.name`), or once untagged.
 * Images under other tags in an existing index.json are kept.
 */
async function writeLayout(dir, node, opts = {}) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'blobs', 'sha256'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimit */ .s)(allBlobs(node), 4, b => writeBlob(dir, b));
    const manifests = [];
    const walk = (n) => {
        n.children.forEach(walk);
        manifests.push(n);
    };
    walk(node);
    for (const m of manifests)
        await writeBlob(dir, (0,_blob_js__WEBPACK_IMPORTED_MODULE_7__/* .bufferBlob */ .gb)(m.bytes, m.mediaType));
    const tags = opts.tags ?? [];
    let kept = [];
    try {
        const old = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'index.json'), 'utf8'));
        kept = (old.manifests ?? []).filter(d => {
            const name = d.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION */ .YX.refName];
            return name !== undefined && !tags.includes(name);
        });
    }
    catch {
        /* a new layout */
    }
    const base = { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length };
    const ours = tags.length
        ? tags.map(t => ({ ...base, annotations: { ...(opts.annotations ?? {}), [_types_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION */ .YX.refName]: t } }))
        : [
            {
                ...base,
                ...(opts.annotations && Object.keys(opts.annotations).length
                    ? { annotations: opts.annotations }
                    : {})
            }
        ];
    const index = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [...kept, ...ours]
    };
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `index.json.tmp-${process.pid}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(index));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'index.json'));
}
/**
 * Write one image as a tar that `docker load` reads (manifest.json with RepoTags, config and layer blobs
 * by digest) and that is an OCI layout too (oci-layout, index.json), as `docker save` writes them today.
 */
async function writeDockerArchive(file, image, config, layers, repoTags) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_4__.pack();
    const done = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(pack, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
    const mtime = new Date(0);
    const put = async (name, data) => new Promise((resolve, reject) => pack.entry({ name, mode: 0o644, mtime, size: data.length }, data, err => err ? reject(err) : resolve()));
    const blobName = (digest) => `blobs/sha256/${digest.slice(7)}`;
    try {
        const seen = new Set();
        for (const b of [config, ...layers]) {
            if (seen.has(b.digest))
                continue;
            seen.add(b.digest);
            const sink = pack.entry({ name: blobName(b.digest), mode: 0o644, mtime, size: b.size });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(await b.open(), sink);
        }
        await put(blobName(image.digest), image.bytes);
        await put('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
        await put('index.json', Buffer.from(JSON.stringify({
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            manifests: [{ mediaType: image.mediaType, digest: image.digest, size: image.bytes.length }]
        })));
        await put('manifest.json', Buffer.from(JSON.stringify([
            { Config: blobName(config.digest), RepoTags: repoTags, Layers: layers.map(l => blobName(l.digest)) }
        ])));
        pack.finalize();
        await done;
    }
    catch (err) {
        pack.destroy();
        await done.catch(() => undefined);
        throw err;
    }
}
/** Load one image into the Docker daemon: a docker-archive tar, then `docker load -i` (argv, no shell). */
async function dockerLoad(host, image, config, layers, repoTags) {
    const dir = await host.tempDir('docker-load');
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'image.tar');
    try {
        await writeDockerArchive(file, image, config, layers, repoTags);
        const r = await host.exec('docker', ['load', '-i', file]);
        return r.stdout.trim();
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 2823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageOptions: () => (/* binding */ imageOptions),
  imageStage: () => (/* binding */ imageStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/util/disk-cache.ts
var disk_cache = __webpack_require__(708);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
var oci_source = __webpack_require__(8540);
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

// EXTERNAL MODULE: ./src/model/binary-name.ts
var binary_name = __webpack_require__(8418);
// EXTERNAL MODULE: ./src/model/artifact-file.ts
var artifact_file = __webpack_require__(5858);
;// CONCATENATED MODULE: ./src/image/context.ts
// The generated build: a context folder with each platform's prebuilt binary at <os>/<arch>[/<variant>]/
// (so `COPY ${TARGETPLATFORM}/…` picks the right one), and a Dockerfile that only copies files onto the
// base. No compiler and no emulation at build time: every platform's step is a file copy.







/** The runner's CA bundle (Debian/Ubuntu path; GitHub's Ubuntu runners have it). */
const CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
/** The user the image runs as: uid[:gid] or a login name (checked by the image stage's parser). */
const USER_PATTERN = /^(\d+(:\d+)?|[a-z_][a-z0-9_-]*)$/;
function isScratch(base) {
    return base.trim().toLowerCase() === 'scratch';
}
/**
 * The base as the generated Dockerfile's FROM takes it: `scratch` or one registry reference (parsed by the
 * one image-location parser), nothing more, so no value can add an instruction. A layout base is the oci
 * engine's.
 */
function dockerfileBase(base) {
    const loc = (0,reader/* parseImageLocation */.s_)(base, 'base', '/');
    if (loc.kind === 'layout')
        throw new errors/* UserError */.yo(`${loc.text}: an OCI layout base is read by the oci engine only.`, {
            input: 'base',
            fix: 'use engine: oci (or auto), or a registry reference as the base.'
        });
    return base.trim();
}
/** Where the binary lands in the image. */
function binaryPathInImage(name) {
    return `/usr/local/bin/${name}`;
}
/**
 * The generated Dockerfile: deterministic text from its input. Every value it interpolates is checked here
 * again (the callers validate the inputs first), so no value can add an instruction.
 */
function generateDockerfile(d) {
    dockerfileBase(d.base);
    if (!(0,binary_name/* isBinaryName */.Xw)(d.binaryName) || !USER_PATTERN.test(d.user))
        throw new Error(`generateDockerfile: unvalidated binary name or user (${JSON.stringify(d)})`);
    const target = binaryPathInImage(d.binaryName);
    const lines = [
        '# Generated by gantry: copies the prebuilt binary of each platform; nothing is compiled here.',
        `FROM ${d.base.trim()}`,
        'ARG TARGETPLATFORM'
    ];
    // No --chmod: BuildKit applies it to the parent folders it creates too (/etc as drw-r--r--, which the
    // non-root user cannot enter). The files are staged with their modes and folders 0755 instead.
    if (d.scratchExtras)
        lines.push('COPY etc/ /etc/', 'ENV SSL_CERT_FILE=' + CA_BUNDLE);
    lines.push(`COPY \${TARGETPLATFORM}/${d.binaryName} ${target}`, `USER ${d.user}`, `ENTRYPOINT ["${target}"]`, '');
    return lines.join('\n');
}
/** passwd and group for scratch: root and the non-root user the image runs as. */
function passwdFiles(user) {
    const [uid, gid = uid] = user.split(':');
    const numeric = /^\d+$/.test(uid);
    const name = numeric ? 'nonroot' : uid;
    const u = numeric ? uid : '65532';
    const g = /^\d+$/.test(gid) ? gid : u;
    const passwd = ['root:x:0:0:root:/root:/sbin/nologin'];
    const group = ['root:x:0:'];
    if (u !== '0') {
        passwd.push(`${name}:x:${u}:${g}:${name}:/home/${name}:/sbin/nologin`);
        group.push(`${name}:x:${g}:`);
    }
    return { passwd: passwd.join('\n') + '\n', group: group.join('\n') + '\n' };
}
/** mkdir -p with every folder from `root` down to `dir` 0755, whatever the umask. */
async function folders(root, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (let d = dir; (0,paths/* isInside */.FK)(root, d) && d !== root; d = external_node_path_default().dirname(d))
        await (0,promises_.chmod)(d, 0o755);
}
async function file(root, rel, text) {
    const dest = external_node_path_default().join(root, rel);
    await folders(root, external_node_path_default().dirname(dest));
    await (0,promises_.writeFile)(dest, text);
    await (0,promises_.chmod)(dest, 0o644);
    return dest;
}
/** /etc/passwd, /etc/group and the runner's CA bundle for a scratch image, under etc/ of the context. */
async function stageScratchExtras(plan, host, dir) {
    const { passwd, group } = passwdFiles(plan.options.user);
    await file(dir, 'etc/passwd', passwd);
    await file(dir, 'etc/group', group);
    const bundle = await file(dir, 'etc/ssl/certs/ca-certificates.crt', '');
    try {
        await (0,promises_.copyFile)(CA_BUNDLE, bundle);
        await (0,promises_.chmod)(bundle, 0o644);
    }
    catch {
        host.logger.warn(`${CA_BUNDLE} is not on this runner; the image gets an empty CA bundle and HTTPS clients in it will fail. Install ca-certificates on the runner, or set ca-certificates: false.`);
    }
}
/** Each platform's binary at <os>/<arch>[/<variant>]/<name>, 0755, verified against artifacts.json. */
async function stageBinaries(plan, dir, name) {
    for (const b of plan.binaries) {
        const dest = external_node_path_default().join(dir, ...b.platform.split('/'), name);
        if (!(0,paths/* isInside */.FK)(dir, dest) || dest === dir)
            throw new errors/* UserError */.yo(`the binary name ${name} leads outside the build context.`, {
                input: 'binary',
                fix: 'use a plain file name.'
            });
        await folders(dir, external_node_path_default().dirname(dest));
        await (0,artifact_file/* copyArtifactVerified */.O)(b.dir, b.artifact, dest, 0o755, 'artifacts');
    }
}
/** Stage the context folder and Dockerfile; returns their paths. Nothing is left behind on failure. */
async function stageContext(plan, host) {
    const dir = await host.tempDir('image-context');
    try {
        const name = plan.binaryName;
        await stageBinaries(plan, dir, name);
        const scratchExtras = isScratch(plan.options.base) && plan.options.caCertificates;
        if (scratchExtras)
            await stageScratchExtras(plan, host, dir);
        await (0,promises_.chmod)(dir, 0o755);
        const text = generateDockerfile({
            base: plan.options.base,
            binaryName: name,
            user: plan.options.user,
            scratchExtras
        });
        const dockerfile = await file(dir, 'Dockerfile', text);
        return { context: dir, dockerfile, text };
    }
    catch (err) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw err;
    }
}

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

// EXTERNAL MODULE: ./src/oci/client.ts
var oci_client = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(8630);
// EXTERNAL MODULE: ./src/oci/publish.ts
var publish = __webpack_require__(8482);
// EXTERNAL MODULE: ./src/util/digest.ts
var util_digest = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/image/publish.ts
// Publishing that both engines share, through the registry client: read back what was pushed by digest
// (platforms, per-platform digests, sizes), merge per-platform pushes into one index, and write the tags
// last, so a failure part-way never leaves a tag pointing at a partial image.










/** What is at repo@digest: an index (its platforms) or a single manifest (its config's platform). */
function describeImage(client, repo, digest) {
    return (0,reader/* describeImage */.hu)(new oci_source/* RegistrySource */.n(client, repo), digest);
}
/**
 * Put the image at source@digest under every ref's tag, pushing it by digest into the refs' other
 * repositories first (blobs mounted within a registry). Tags go last, after every repository has the
 * complete image by digest.
 */
async function writeTags(client, host, source, image, refs) {
    const node = await (0,publish/* readNode */.XH)(new oci_source/* RegistrySource */.n(client, source), image.digest);
    return (0,publish/* publishToRegistry */.w4)(client, host, node, { repositories: [source], refs, tag: true });
}
/** Turn a registry failure into a UserError naming the registry and what failed; nothing was tagged. */
function registryUserError(err, what) {
    return (0,oci_errors/* registryFailure */.M)(err, { operation: what, input: 'images', publishing: true });
}
/**
 * merge: one multi-arch index from per-platform pushes (repo@digest), pushed by digest, then tagged (not with
 * push-by-digest). The index is the same bytes for the same inputs, so merging again later tags that digest.
 */
async function mergeImages(plan, host) {
    const inputs = plan.options.merge.map(m => {
        const ref = (0,image_ref/* parseRef */.rd)(m, 'merge');
        if (!ref.digest)
            throw new errors/* UserError */.yo(`"${m}" has no digest.`, {
                input: 'merge',
                fix: 'pass the refs output of the push-by-digest jobs (repo@sha256:…).'
            });
        return ref;
    });
    const source = { registry: inputs[0].registry, path: inputs[0].path };
    const other = inputs.find(r => !(0,image_ref/* sameRepository */.RB)(r, source));
    if (other)
        throw new errors/* UserError */.yo(`the digests come from different repositories: ${(0,image_ref/* repositoryName */.aR)(source)} and ${(0,image_ref/* repositoryName */.aR)(other)}.`, {
            input: 'merge',
            fix: 'merge images pushed by digest to one repository (the same images input in every job).'
        });
    const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
    const platforms = [];
    const platformDescs = [];
    const attestations = [];
    for (const ref of inputs) {
        const d = await describeImage(client, source, ref.digest).catch(err => {
            throw (0,oci_errors/* registryFailure */.M)(err, {
                operation: `merge: read ${(0,image_ref/* formatRef */.rq)(ref)}`,
                input: 'merge',
                publishing: true
            });
        });
        for (const desc of d.descriptors) {
            if ((0,types/* isAttestation */.H3)(desc)) {
                attestations.push(desc);
                continue;
            }
            const p = (0,types/* platformString */.Fd)(desc.platform);
            if (platforms.some(x => x.platform === p))
                throw new errors/* UserError */.yo(`two of the merged images are ${p}.`, {
                    input: 'merge',
                    fix: 'give each push-by-digest job its own platforms.'
                });
            platforms.push(d.platforms.find(x => x.digest === desc.digest));
            platformDescs.push(desc);
        }
    }
    const order = (a, b) => (0,types/* platformString */.Fd)(a.platform) < (0,types/* platformString */.Fd)(b.platform) ? -1 : 1;
    const index = {
        schemaVersion: 2,
        mediaType: types/* MEDIA */.Rn.ociIndex,
        manifests: [...platformDescs.sort(order), ...attestations.sort((a, b) => (a.digest < b.digest ? -1 : 1))]
    };
    const bytes = Buffer.from(JSON.stringify(index));
    const digest = (0,util_digest/* sha256Digest */.sI)(bytes);
    let refs;
    try {
        await client.putManifest(source, digest, bytes, types/* MEDIA */.Rn.ociIndex);
        refs = plan.options.pushByDigest
            ? [(0,image_ref/* formatRef */.rq)({ ...source, digest })]
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
        tags: plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r)),
        metadata: { merged: inputs.map(r => (0,image_ref/* formatRef */.rq)(r)), 'containerimage.digest': digest },
        pushed: true
    };
}

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
        dockerfileBase(o.base);
        const staged = await host.logger.group('Stage the build context', () => stageContext(plan, host));
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
    const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: o.registryTimeoutMs });
    const source = plan.repositories[0];
    try {
        const image = await describeImage(client, source, digest);
        const refs = o.pushByDigest
            ? plan.repositories.map(r => `${(0,image_ref/* repositoryName */.aR)(r)}@${digest}`)
            : await host.logger.group('Write tags', () => writeTags(client, host, source, image, plan.refs));
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
        throw registryUserError(err, 'publish');
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
            const l = await (0,reader/* describeImage */.hu)(await oci_source/* LayoutSource */.c.open(layout, 'engine'));
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
};

;// CONCATENATED MODULE: ./src/image/engine.ts
// Which engine builds the image. `auto` (the default) takes the daemonless oci engine whenever nothing in
// the inputs needs a Dockerfile or BuildKit, and buildx otherwise; either way the log says which and why.

/** Inputs only the buildx engine understands, with why each needs it. */
function buildxOnly(o) {
    const out = [];
    if (o.dockerfile)
        out.push('dockerfile');
    if (o.context)
        out.push('context');
    if (o.buildArgs.length)
        out.push('build-args');
    if (o.secrets.length)
        out.push('secrets');
    if (o.cacheFrom.length)
        out.push('cache-from');
    if (o.cacheTo.length)
        out.push('cache-to');
    if (o.builder)
        out.push('builder');
    if (o.provenance)
        out.push('provenance');
    return out;
}
function chooseEngine(o) {
    const needs = buildxOnly(o);
    if (o.engine === 'buildx')
        return { engine: 'buildx', why: 'engine: buildx' };
    if (o.engine === 'oci') {
        if (needs.length)
            throw new errors/* UserError */.yo(`the oci engine does not take ${needs.join(', ')}: those need a Dockerfile build.`, {
                input: needs[0],
                fix: 'use engine: buildx (or auto) for them, or leave them out.'
            });
        return { engine: 'oci', why: 'engine: oci' };
    }
    if (o.output && needs.length)
        throw new errors/* UserError */.yo(`output (an OCI layout) is written by the oci engine, but ${needs.join(', ')} need buildx.`, {
            input: 'output',
            fix: `leave output empty (buildx reports its layout in the metadata output), or drop ${needs.join(', ')}.`
        });
    if (needs.length)
        return { engine: 'buildx', why: `${needs.join(', ')} set: a Dockerfile build` };
    return { engine: 'oci', why: 'prebuilt binaries and no Dockerfile: assembled without a daemon' };
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/oci/blob.ts
var oci_blob = __webpack_require__(9146);
;// CONCATENATED MODULE: ./src/oci/image.ts
// Images as values, as go-containerregistry and ko treat them: a manifest (config + layers) or an index of
// manifests, with their bytes and digests computed once, and every blob a BlobRef that can be opened. An
// image read from a registry or a layout and an image assembled here have the same shape, so one set of
// publishers writes either. JSON is written with a fixed key order, so equal values give equal digests.



function nonEmpty(a) {
    return a && Object.keys(a).length ? sortedRecord(a) : undefined;
}
function sortedRecord(a) {
    return Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
/** The platform an image config declares. */
function configPlatform(c) {
    return c.variant
        ? { os: c.os, architecture: c.architecture, variant: c.variant }
        : { os: c.os, architecture: c.architecture };
}
/**
 * An image from its config and layers. `family` picks OCI (the default) or Docker media types; a Docker
 * manifest cannot carry annotations, so they are dropped there.
 */
function newImage(opts) {
    const family = opts.family ?? 'oci';
    const configBlob = (0,oci_blob/* bufferBlob */.gb)(Buffer.from(JSON.stringify(opts.config)), (0,types/* toFamily */.Qp)(types/* MEDIA */.Rn.ociConfig, family));
    const layers = opts.layers.map(l => ({ ...l, mediaType: (0,types/* toFamily */.Qp)(l.mediaType, family) }));
    const mediaType = (0,types/* toFamily */.Qp)(types/* MEDIA */.Rn.ociManifest, family);
    const manifest = {
        schemaVersion: 2,
        mediaType,
        config: (0,oci_blob/* descriptorOf */.nb)(configBlob),
        layers: layers.map(oci_blob/* descriptorOf */.nb)
    };
    const annotations = family === 'oci' ? nonEmpty(opts.annotations) : undefined;
    if (annotations)
        manifest.annotations = annotations;
    const bytes = Buffer.from(JSON.stringify(manifest));
    const blob = (0,oci_blob/* bufferBlob */.gb)(bytes, mediaType);
    return {
        kind: 'manifest',
        mediaType,
        digest: blob.digest,
        size: bytes.length,
        bytes,
        manifest,
        config: opts.config,
        configBlob,
        layers,
        platform: configPlatform(opts.config)
    };
}
/** An index of images, in the order given (callers sort by platform). */
function newIndex(images, opts = {}) {
    const family = opts.family ?? 'oci';
    const mediaType = (0,types/* toFamily */.Qp)(types/* MEDIA */.Rn.ociIndex, family);
    const index = {
        schemaVersion: 2,
        mediaType,
        manifests: images.map((i) => ({
            mediaType: i.mediaType,
            digest: i.digest,
            size: i.size,
            platform: i.platform
        }))
    };
    const annotations = family === 'oci' ? nonEmpty(opts.annotations) : undefined;
    if (annotations)
        index.annotations = annotations;
    const bytes = Buffer.from(JSON.stringify(index));
    return {
        kind: 'index',
        mediaType,
        digest: (0,oci_blob/* bufferBlob */.gb)(bytes, mediaType).digest,
        size: bytes.length,
        bytes,
        index,
        images: [...images]
    };
}
/** An image that was read (registry or layout) as a value the publishers can write elsewhere. */
function imageFromRead(p) {
    return {
        kind: 'manifest',
        mediaType: p.mediaType,
        digest: p.digest,
        size: p.bytes.length,
        bytes: p.bytes,
        manifest: p.manifest,
        config: p.config,
        configBlob: p.configBlob,
        layers: p.layers,
        platform: configPlatform(p.config)
    };
}
/** PATH as BuildKit sets it for an image that has none (scratch). */
const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/**
 * The config of `base` with layers appended (diff_ids and history), the run config changed, and the
 * platform and time set. Without a base (scratch) it starts empty. A new entrypoint drops the base's Cmd,
 * as a Dockerfile ENTRYPOINT does.
 */
function appendConfig(base, c) {
    const p = (0,target/* toOciPlatform */.kw)(c.platform);
    const run = { ...(base?.config ?? {}) };
    if (c.user !== undefined)
        run.User = c.user;
    const env = [...(run.Env ?? [])];
    if (!env.some(e => e.startsWith('PATH=')))
        env.unshift(DEFAULT_PATH);
    for (const e of c.env ?? []) {
        const key = e.slice(0, e.indexOf('=') + 1);
        const at = env.findIndex(x => x.startsWith(key));
        if (at >= 0)
            env[at] = e;
        else
            env.push(e);
    }
    run.Env = env;
    if (c.entrypoint) {
        run.Entrypoint = c.entrypoint;
        delete run.Cmd;
    }
    const labels = { ...(run.Labels ?? {}), ...(c.labels ?? {}) };
    if (Object.keys(labels).length)
        run.Labels = sortedRecord(labels);
    else
        delete run.Labels;
    const history = [...(base?.history ?? [])];
    for (const l of c.layers)
        history.push({ created: c.created, created_by: l.createdBy, comment: 'gantry' });
    if (c.comment)
        history.push({ created: c.created, created_by: c.comment, comment: 'gantry', empty_layer: true });
    // Keys in the order the image spec lists them; anything else the base had is kept after them.
    const rest = { ...(base ?? {}) };
    for (const k of [
        'created',
        'author',
        'architecture',
        'os',
        'os.version',
        'os.features',
        'variant',
        'config',
        'rootfs',
        'history'
    ])
        delete rest[k];
    const out = {
        created: c.created,
        ...(base?.author ? { author: base.author } : {}),
        architecture: p.architecture,
        os: p.os,
        ...(base?.['os.version'] ? { 'os.version': base['os.version'] } : {}),
        ...(base?.['os.features'] ? { 'os.features': base['os.features'] } : {}),
        ...(p.variant ? { variant: p.variant } : {}),
        config: run,
        rootfs: {
            type: 'layers',
            diff_ids: [...(base?.rootfs?.diff_ids ?? []), ...c.layers.map(l => l.layer.diffId)]
        },
        history,
        ...rest
    };
    return out;
}

// EXTERNAL MODULE: ./src/util/json.ts + 1 modules
var json = __webpack_require__(3174);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/oci/layer.ts
// Deterministic image layers: a gzip-compressed tar whose bytes depend only on the files given and one
// timestamp. Entries are sorted, every parent directory is written explicitly (0755, owner 0:0), files carry
// the mode asked for, every entry has the same mtime (the commit time or SOURCE_DATE_EPOCH), no user or
// group names, and the gzip header has no mtime, no name and OS byte 3 (Unix) on every platform. The tar is
// streamed through two hashes (the diff_id of the uncompressed tar, the digest of the compressed blob) into
// a file, so a layer never sits in memory whole.
//
// The compressed bytes are those of the zlib inside Node (Chromium's fork): stable across machines and
// CPUs for one Node release, so gantry's digests are stable for one gantry release (its bundle pins Node 24).












/**
 * zlib level of every layer gantry writes; changing it changes every digest, so it is part of the format.
 * Level 1: on a Go binary it compresses about 7 % worse than level 6 at two to four times the speed, and
 * layer compression is most of the oci engine's time (bench/image-oci.sh).
 */
const LAYER_GZIP_LEVEL = 1;
function entryName(p) {
    const parts = p.split('/').filter(Boolean);
    if (!p.startsWith('/') || !parts.length || parts.some(x => x === '.' || x === '..'))
        throw new Error(`bug: layer path ${p} is not an absolute, normalised path`);
    return parts.join('/');
}
/** Every entry of the layer, parents first: directories as `a/b/`, then files, in byte order of their names. */
function entries(files) {
    const byName = new Map();
    for (const f of files) {
        const name = entryName(f.path);
        if (byName.has(name))
            throw new Error(`bug: ${f.path} is twice in one layer`);
        byName.set(name, { name, dir: false, file: f });
        const parts = name.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            const seen = byName.get(dir);
            if (seen && !seen.dir)
                throw new Error(`bug: ${dir} is both a file and a directory in one layer`);
            byName.set(dir, { name: dir, dir: true });
        }
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** Hashes (and counts) what passes through. */
class Tap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.size += chunk.length;
        cb(null, chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/** Sets the gzip header's OS byte (offset 9) to 3: zlib writes the build platform's (Unix 3, macOS 19, Windows 10). */
class GzipOsByte extends external_node_stream_.Transform {
    offset = 0;
    _transform(chunk, _enc, cb) {
        if (this.offset <= 9 && this.offset + chunk.length > 9) {
            chunk = Buffer.from(chunk);
            chunk[9 - this.offset] = 3;
        }
        this.offset += chunk.length;
        cb(null, chunk);
    }
}
async function writeEntries(pack, list, mtime) {
    for (const e of list) {
        const f = e.file;
        const header = {
            name: e.dir ? `${e.name}/` : e.name,
            mode: e.dir ? 0o755 : f.mode & 0o7777,
            uid: f?.uid ?? 0,
            gid: f?.gid ?? 0,
            uname: '',
            gname: '',
            mtime
        };
        if (!f) {
            await new Promise((resolve, reject) => pack.entry({ ...header, type: 'directory' }, err => (err ? reject(err) : resolve())));
            continue;
        }
        const c = f.content;
        if (Buffer.isBuffer(c)) {
            await new Promise((resolve, reject) => pack.entry({ ...header, type: 'file', size: c.length }, c, err => (err ? reject(err) : resolve())));
            continue;
        }
        // Only a regular file goes into a layer (a symlink in dist could point anywhere on the runner), and only
        // with the bytes artifacts.json promised.
        const st = await (0,promises_.lstat)(c.file);
        if (!st.isFile())
            throw new errors/* UserError */.yo(`${c.file} is not a regular file.`, {
                input: 'artifacts',
                fix: 'rebuild the dist folder with the go-build stage; a binary must be a plain file.'
            });
        if (st.size !== c.size)
            throw new errors/* UserError */.yo(`${c.file} is ${st.size} bytes; artifacts.json says ${c.size}.`, {
                input: 'artifacts',
                fix: 'the dist folder changed after it was built: rebuild it with the go-build stage.'
            });
        const sink = pack.entry({ ...header, type: 'file', size: c.size });
        // O_NOFOLLOW: a symlink swapped in after the lstat above fails to open instead of being followed.
        const source = await (0,promises_.open)(c.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ highWaterMark: oci_blob/* BLOB_READ_CHUNK */.$j }), (0,util_digest/* verifyingStream */.oP)(`sha256:${c.sha256}`, `${c.file} does not match the sha256 in artifacts.json`, c.size), sink);
    }
}
/**
 * The diff_id of the layer `files` make (the sha256 of its uncompressed tar), checking every file as
 * buildLayer does, without compressing or writing anything: what a cached layer is checked against.
 */
async function layerDiffId(files, mtime) {
    const list = entries(files);
    const pack = tar_stream.pack();
    const tap = new Tap();
    const sink = new external_node_stream_.Writable({ write: (_chunk, _enc, cb) => cb() });
    const done = (0,external_node_stream_promises_.pipeline)(pack, tap, sink);
    // A file that fails its check fails the pipeline before `done` is awaited: not an unhandled rejection.
    done.catch(() => undefined);
    try {
        await writeEntries(pack, list, mtime);
        pack.finalize();
        await done;
    }
    catch (err) {
        pack.destroy();
        await done.catch(() => undefined);
        throw err;
    }
    return tap.digest();
}
/**
 * Write one layer of `files` into `dir` (as <hex>.tar.gz) and return it as a blob. The same files and mtime
 * give the same bytes on any machine.
 */
async function buildLayer(files, opts) {
    const list = entries(files);
    const pack = tar_stream.pack();
    const uncompressed = new Tap();
    const compressed = new Tap();
    const tmp = external_node_path_default().join(opts.dir, `layer-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
    const done = (0,external_node_stream_promises_.pipeline)(pack, uncompressed, 
    // Bigger output chunks than zlib's 16 KiB: fewer hops to the thread pool. The bytes do not depend on it.
    external_node_zlib_default().createGzip({ level: opts.gzipLevel ?? LAYER_GZIP_LEVEL, chunkSize: 256 << 10 }), new GzipOsByte(), compressed, (0,external_node_fs_.createWriteStream)(tmp));
    done.catch(() => undefined);
    try {
        await writeEntries(pack, list, opts.mtime);
        pack.finalize();
        await done;
    }
    catch (err) {
        pack.destroy();
        await done.catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    const digest = compressed.digest();
    const file = external_node_path_default().join(opts.dir, `${digest.slice(7)}.tar.gz`);
    await (0,promises_.rename)(tmp, file);
    const mediaType = opts.mediaType ?? types/* MEDIA */.Rn.ociLayerGzip;
    return {
        ...(0,oci_blob/* fileBlob */.Ax)(file, { mediaType, digest, size: compressed.size }),
        diffId: uncompressed.digest(),
        file
    };
}

;// CONCATENATED MODULE: ./src/oci/layer-cache.ts
// Compressed image layers kept between runs in the user's cache folder, as GOCACHE keeps compiled packages:
// compressing the binary is most of what the oci engine does, and a layer's bytes depend only on its files
// and format, so a re-push (or a push of the same binaries under another tag) reuses them.
//
// An entry maps a key (the sha256 of everything that changes the layer's bytes: each file's path, mode,
// owner and content sha256, the mtime, the gzip level, media type, Node's zlib version and this cache's
// format version) to the layer's digest, size and diff_id; the compressed blob is kept beside it, named by
// its digest. On use the blob is hashed again (it must be the digest and size the entry says) and the
// diff_id is computed again from the files (one sha256 pass over the uncompressed tar, which also checks
// each binary against the sha256 it must have), so the only thing taken on trust is that the blob is the
// gzip of that tar: like GOCACHE, the folder is this user's own (0700, owned by the user, else not used).
// Any problem with an entry is a miss, and the rebuilt layer replaces it; entries and blobs are written to
// a temporary name and renamed, so a killed run leaves no half-written entry. Entries and blobs not used
// for LAYER_CACHE_MAX_AGE_MS are removed (checked once a day, as Go trims its cache), and the oldest go
// first when the blobs pass LAYER_CACHE_CAP_BYTES.








/** Bumped whenever the layer bytes change for the same inputs in a way the key does not show. */
const LAYER_CACHE_VERSION = 1;
/** Entries and blobs not used for this long are removed (Go's cache uses 5 days too). */
const LAYER_CACHE_MAX_AGE_MS = 5 * 24 * 3600_000;
/** Past this, the least recently used blobs are removed at the daily trim. */
const LAYER_CACHE_CAP_BYTES = 2 * 1024 ** 3;
const TRIM_EVERY_MS = 24 * 3600_000;
/** A used entry's mtime is refreshed at most this often (one write per hour, not one per use). */
const TOUCH_AFTER_MS = 3600_000;
/** A temporary file this old belongs to a run that was killed. */
const STALE_TMP_MS = 3600_000;
/** The cache key of a layer: hex sha256 of a canonical description of everything its bytes depend on. */
function layerCacheKey(files, format, zlibVersion = process.versions.zlib) {
    const list = files
        .map(f => ({
        path: f.path,
        mode: f.mode,
        uid: f.uid ?? 0,
        gid: f.gid ?? 0,
        ...(Buffer.isBuffer(f.content)
            ? { sha256: (0,util_digest/* sha256Hex */.fg)(f.content), size: f.content.length }
            : { sha256: f.content.sha256, size: f.content.size })
    }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return (0,util_digest/* sha256Hex */.fg)(JSON.stringify({
        version: LAYER_CACHE_VERSION,
        zlib: zlibVersion,
        gzip: { level: format.gzipLevel, os: 3, name: '', mtime: 0 },
        mediaType: format.mediaType,
        mtime: format.mtime.getTime(),
        files: list
    }));
}
const ENTRY_SCHEMA = {
    type: 'object',
    required: ['version', 'digest', 'size', 'diffId', 'mediaType'],
    properties: {
        version: { const: LAYER_CACHE_VERSION },
        digest: { type: 'string', pattern: util_digest/* SHA256_DIGEST */.fu.source },
        size: { type: 'integer', minimum: 0 },
        diffId: { type: 'string', pattern: util_digest/* SHA256_DIGEST */.fu.source },
        mediaType: { type: 'string' }
    }
};
// Compiled on first use, not when the module loads (every CLI command loads it).
let entryCheck;
function isEntry(data) {
    entryCheck ??= (0,json/* validator */.Nc)(ENTRY_SCHEMA);
    return entryCheck(data);
}
function tmpName(file) {
    return `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
}
/** Write `file` through a temporary file and a rename: readers see the old content or the new, whole. */
async function writeAtomic(file, from) {
    const tmp = tmpName(file);
    try {
        if ('data' in from)
            await (0,promises_.writeFile)(tmp, from.data, { mode: 0o600 });
        else
            await (0,promises_.copyFile)(from.copy, tmp);
        await (0,promises_.rename)(tmp, file);
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
class LayerCache {
    dir;
    /** Layers taken from the cache, and layers built (and stored) in this run. */
    hits = 0;
    misses = 0;
    constructor(dir) {
        this.dir = dir;
    }
    /** The cache at `dir`, or undefined when it cannot be a private folder of this user. */
    static async open(dir) {
        const root = await (0,disk_cache/* privateDir */.XK)(dir);
        if (!root)
            return undefined;
        try {
            await (0,promises_.mkdir)(external_node_path_default().join(root, 'entries'), { mode: 0o700 }).catch(ignoreExists);
            await (0,promises_.mkdir)(external_node_path_default().join(root, 'blobs'), { mode: 0o700 }).catch(ignoreExists);
        }
        catch {
            return undefined;
        }
        return new LayerCache(root);
    }
    entryFile(key) {
        return external_node_path_default().join(this.dir, 'entries', `${key}.json`);
    }
    blobFile(digest) {
        return external_node_path_default().join(this.dir, 'blobs', `${digest.slice(7)}.tar.gz`);
    }
    async readEntry(key, mediaType) {
        try {
            const data = JSON.parse(await (0,promises_.readFile)(this.entryFile(key), 'utf8'));
            return isEntry(data) && data.mediaType === mediaType ? data : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Whether the blob file is there, a regular file of the entry's size, hashing to its digest. */
    async blobIntact(e) {
        const file = this.blobFile(e.digest);
        try {
            const st = await (0,promises_.lstat)(file);
            if (!st.isFile() || st.size !== e.size)
                return false;
            const { hex, size } = await (0,util_digest/* sha256File */.Q3)(file);
            return `sha256:${hex}` === e.digest && size === e.size;
        }
        catch {
            return false;
        }
    }
    /**
     * The cached layer for `key`, checked: its blob against the entry, and `diffIdOf()` (the diff_id computed
     * from the files, which may throw for a file that is not what it must be) against the entry's diff_id.
     */
    async lookup(key, mediaType, diffIdOf) {
        const e = await this.readEntry(key, mediaType);
        if (!e)
            return undefined;
        const [intact, diffId] = await Promise.all([this.blobIntact(e), diffIdOf()]);
        if (!intact || diffId !== e.diffId)
            return undefined;
        const file = this.blobFile(e.digest);
        await this.touch([this.entryFile(key), file]);
        return { ...(0,oci_blob/* fileBlob */.Ax)(file, { mediaType, digest: e.digest, size: e.size }), diffId: e.diffId, file };
    }
    /** Keep `layer` under `key`: the blob first, then the entry naming it. Failures leave no entry. */
    async store(key, layer) {
        try {
            await writeAtomic(this.blobFile(layer.digest), { copy: layer.file });
            const entry = {
                version: LAYER_CACHE_VERSION,
                digest: layer.digest,
                size: layer.size,
                diffId: layer.diffId,
                mediaType: layer.mediaType
            };
            await writeAtomic(this.entryFile(key), { data: JSON.stringify(entry) });
            return true;
        }
        catch {
            return false;
        }
    }
    async touch(files) {
        const now = new Date();
        for (const f of files) {
            const st = await (0,promises_.lstat)(f).catch(() => undefined);
            if (st && now.getTime() - st.mtimeMs > TOUCH_AFTER_MS)
                await (0,promises_.utimes)(f, now, now).catch(() => undefined);
        }
    }
    /**
     * At most once a day (`force` for tests): remove temporary files of killed runs, entries and blobs not
     * used for LAYER_CACHE_MAX_AGE_MS, then the least recently used blobs past LAYER_CACHE_CAP_BYTES.
     * Returns how many files went, or undefined when no trim was due.
     */
    async trim(now = Date.now(), opts = {}) {
        const stamp = external_node_path_default().join(this.dir, 'trim.txt');
        const last = Number((await (0,promises_.readFile)(stamp, 'utf8').catch(() => '')).trim());
        if (!opts.force && Number.isFinite(last) && now - last < TRIM_EVERY_MS && now >= last)
            return undefined;
        await writeAtomic(stamp, { data: `${now}\n` }).catch(() => undefined);
        let removed = 0;
        const kept = [];
        for (const sub of ['entries', 'blobs']) {
            const dir = external_node_path_default().join(this.dir, sub);
            for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
                const file = external_node_path_default().join(dir, name);
                const st = await (0,promises_.lstat)(file).catch(() => undefined);
                if (!st)
                    continue;
                const age = now - st.mtimeMs;
                if ((name.endsWith('.tmp') && age > STALE_TMP_MS) || age > LAYER_CACHE_MAX_AGE_MS || !st.isFile()) {
                    await (0,promises_.rm)(file, { force: true, recursive: true });
                    removed++;
                }
                else if (sub === 'blobs' && !name.endsWith('.tmp'))
                    kept.push({ file, size: st.size, mtimeMs: st.mtimeMs });
            }
        }
        let total = kept.reduce((n, b) => n + b.size, 0);
        const cap = opts.capBytes ?? LAYER_CACHE_CAP_BYTES;
        for (const b of kept.sort((x, y) => x.mtimeMs - y.mtimeMs)) {
            if (total <= cap)
                break;
            await (0,promises_.rm)(b.file, { force: true });
            total -= b.size;
            removed++;
        }
        return removed;
    }
}
function ignoreExists(err) {
    if (err.code !== 'EEXIST')
        throw err;
}
/**
 * buildLayer through the cache: a checked hit, else the layer built into `dir` and stored. Without a cache,
 * buildLayer as it is. `cached` says which.
 */
async function cachedLayer(cache, files, opts) {
    if (!cache)
        return { ...(await buildLayer(files, opts)), cached: false };
    const format = {
        mtime: opts.mtime,
        gzipLevel: opts.gzipLevel ?? LAYER_GZIP_LEVEL,
        mediaType: opts.mediaType ?? types/* MEDIA */.Rn.ociLayerGzip
    };
    const key = layerCacheKey(files, format);
    const hit = await cache.lookup(key, format.mediaType, () => layerDiffId(files, opts.mtime));
    if (hit) {
        cache.hits++;
        return { ...hit, cached: true };
    }
    const layer = await buildLayer(files, { ...opts, ...format });
    cache.misses++;
    await cache.store(key, layer);
    return { ...layer, cached: false };
}

;// CONCATENATED MODULE: ./src/image/oci-engine.ts
// The oci engine: images without a daemon, BuildKit or QEMU, in ko's shape. For each platform take the
// base's manifest for exactly that platform (or nothing, for scratch), append the CA bundle and passwd/group
// layer (scratch), then one layer with the prebuilt binary, write the config (entrypoint, user, env,
// labels, created = the commit time), and put the platforms in an index with the base annotations. The
// result is a value; publishers then write it to the registry (tags last), an OCI layout, or the daemon.
// Same artifacts, same commit, same base: the same digests on any machine.

















/**
 * Annotations in buildx's syntax: `key=value` (the manifests), `index:key=value`, `manifest:key=value`.
 * Other buildx levels (descriptors) have no meaning here and are refused.
 */
function splitAnnotations(list) {
    const out = { index: {}, manifest: {} };
    for (const [k, v] of list) {
        const m = /^(index|manifest):(.+)$/.exec(k);
        if (!m && k.includes(':') && /^[a-z-]+(\[[^\]]*\])?:/.test(k))
            throw new errors/* UserError */.yo(`annotation "${k}" has a level the oci engine does not write.`, {
                input: 'annotations',
                fix: 'write key=value (manifests), index:key=value or manifest:key=value.'
            });
        if (m)
            out[m[1]][m[2]] = v;
        else
            out.manifest[k] = v;
    }
    return out;
}
/** The image's time: the commit date from artifacts.json, else SOURCE_DATE_EPOCH, else the Unix epoch. */
function createdTime(plan, host) {
    if (plan.sourceDateEpoch !== undefined)
        return new Date(plan.sourceDateEpoch * 1000);
    const sde = host.env.SOURCE_DATE_EPOCH;
    if (sde && /^\d+$/.test(sde))
        return new Date(Number(sde) * 1000);
    return new Date(0);
}
async function scratchFiles(plan, host) {
    const { passwd, group } = passwdFiles(plan.options.user);
    let bundle;
    try {
        bundle = await (0,promises_.readFile)(CA_BUNDLE);
    }
    catch {
        host.logger.warn(`${CA_BUNDLE} is not on this runner; the image gets an empty CA bundle and HTTPS clients in it will fail. Install ca-certificates on the runner, or set ca-certificates: false.`);
        bundle = Buffer.alloc(0);
    }
    // Files 0644 and directories 0755, owned by root: readable by the image's non-root user.
    return [
        { path: '/etc/passwd', mode: 0o644, content: Buffer.from(passwd) },
        { path: '/etc/group', mode: 0o644, content: Buffer.from(group) },
        { path: CA_BUNDLE, mode: 0o644, content: bundle }
    ];
}
/** The base's image for every platform (none on scratch), with its name and digest for the annotations. */
async function readBases(plan, host, client) {
    const o = plan.options;
    const loc = (0,reader/* parseImageLocation */.s_)(o.base, 'base', o.cwd);
    const scratch = loc.kind === 'scratch' || isScratch(o.base);
    if (loc.kind === 'scratch')
        return { bases: plan.platforms.map(() => undefined), scratch };
    const baseName = loc.kind === 'registry' ? (0,image_ref/* formatRef */.rq)(loc.ref) : loc.text;
    let bases;
    try {
        const { source, reference } = await (0,reader/* sourceFor */.nm)(loc, client, 'base');
        bases = await (0,reader/* resolvePlatforms */.zT)(source, reference, plan.platforms, 'base');
    }
    catch (err) {
        throw (0,oci_errors/* registryFailure */.M)(err, { operation: `read the base image ${baseName}`, input: 'base' });
    }
    const baseDigest = bases[0]?.rootDigest;
    host.logger.info(`base ${baseName} (${baseDigest})`);
    return { bases, baseName, baseDigest, scratch };
}
/** One platform's binary layer, from the cache or built (the binary checked against artifacts.json). */
async function binaryLayer(ctx, b, created) {
    const file = {
        path: binaryPathInImage(ctx.plan.binaryName),
        mode: 0o755,
        content: { file: b.file, sha256: b.artifact.sha256, size: b.artifact.size }
    };
    const layer = await cachedLayer(ctx.cache, [file], { mtime: created, dir: ctx.layerDir }).catch(err => {
        if (!(err instanceof util_digest/* DigestMismatchError */.h))
            throw err;
        throw new errors/* UserError */.yo(`${b.file} does not match the sha256 in ${ctx.plan.options.artifacts}.`, {
            input: 'artifacts',
            fix: 'the dist folder changed after go-build wrote it (or was tampered with): build it again.'
        });
    });
    void ctx.pushes?.push(layer);
    return layer;
}
/** One platform's image: the base's layers, the shared scratch layer, the binary layer, and its config. */
function platformImage(p, b, binary) {
    const o = p.plan.options;
    const binPath = binaryPathInImage(p.plan.binaryName);
    const added = [
        ...(p.shared ? [{ layer: p.shared, createdBy: `gantry: COPY passwd, group, ${CA_BUNDLE}` }] : []),
        { layer: binary, createdBy: `gantry: COPY ${b.platform}/${p.plan.binaryName} ${binPath}` }
    ];
    const config = appendConfig(p.base?.config, {
        platform: b.target,
        created: (0,format/* rfc3339 */.ag)(p.created),
        layers: added,
        user: o.user,
        entrypoint: [binPath],
        env: p.shared ? [`SSL_CERT_FILE=${CA_BUNDLE}`] : [],
        labels: Object.fromEntries(p.plan.labels)
    });
    const annotations = { ...p.manifestAnnotations };
    if (p.base) {
        annotations[types/* ANNOTATION */.YX.baseName] = p.baseName;
        annotations[types/* ANNOTATION */.YX.baseDigest] = p.base.digest;
    }
    return newImage({ config, layers: [...(p.base?.layers ?? []), ...added.map(a => a.layer)], annotations });
}
/** Both results, or the first failure in argument order (after both have finished: nothing runs on). */
async function both(a, b) {
    const [ra, rb] = await Promise.allSettled([a, b]);
    if (ra.status === 'rejected')
        throw ra.reason;
    if (rb.status === 'rejected')
        throw rb.reason;
    return [ra.value, rb.value];
}
async function assemble(ctx) {
    const { plan, host } = ctx;
    const o = plan.options;
    const created = createdTime(plan, host);
    // The binary layers do not depend on the base: they are built (or found in the cache) while it is read.
    const [{ bases, baseName, baseDigest, scratch }, layers] = await both(readBases(plan, host, ctx.client), (0,concurrency/* mapLimit */.s)(plan.binaries, 4, b => binaryLayer(ctx, b, created)));
    const shared = scratch && o.caCertificates
        ? await cachedLayer(ctx.cache, await scratchFiles(plan, host), { mtime: created, dir: ctx.layerDir })
        : undefined;
    const { index: indexAnnotations, manifest: manifestAnnotations } = splitAnnotations(o.annotations);
    const images = plan.binaries.map((b, i) => platformImage({ plan, base: bases[i], baseName, shared, created, manifestAnnotations }, b, layers[i]));
    for (const img of images)
        for (const blob of [img.configBlob, ...img.layers])
            void ctx.pushes?.push(blob);
    images.forEach((img, i) => host.logger.info(`${(0,target/* toPlatform */.rE)(plan.binaries[i].target)}: ${img.digest}`));
    if (ctx.cache)
        host.logger.info(`layer cache ${ctx.cache.dir}: ${ctx.cache.hits} layer${ctx.cache.hits === 1 ? '' : 's'} reused, ${ctx.cache.misses} built`);
    if (images.length === 1)
        return { tree: images[0], images, baseName, baseDigest };
    const annotations = { ...indexAnnotations };
    if (baseName && baseDigest) {
        annotations[types/* ANNOTATION */.YX.baseName] = baseName;
        annotations[types/* ANNOTATION */.YX.baseDigest] = baseDigest;
    }
    return { tree: newIndex(images, { annotations }), images, baseName, baseDigest };
}
/** Write the OCI layout (the output input, or a temporary one when the image goes nowhere else). */
async function writeLayoutOutput(plan, host, built) {
    const o = plan.options;
    // The layout names the image by its tags: those of the refs, or bare tags given without images.
    const bare = o.tags.filter(t => !t.includes('/') && !t.includes(':')).map(t => (0,image_ref/* validateTag */.z7)(t, 'tags'));
    const tags = [
        ...new Set([...plan.refs.map(r => r.tag).filter(Boolean), ...(plan.refs.length ? [] : bare)])
    ].sort();
    let layout = o.output;
    if (!layout && !(o.push || o.pushByDigest) && !o.load)
        layout = external_node_path_default().join(await host.tempDir('oci-layout'), 'layout');
    if (!layout)
        return undefined;
    const dest = layout;
    await host.logger.group(`Write the OCI layout ${dest}`, () => (0,publish/* writeLayout */.wy)(dest, (0,publish/* nodeOf */.E7)(built.tree), { tags }).catch(err => {
        throw new errors/* UserError */.yo(`cannot write the OCI layout ${dest}: ${err.message}`, {
            input: 'output',
            fix: 'point output at a writable folder.'
        });
    }));
    return dest;
}
/** Push (blobs, manifests, index, then tags; or by digest only) or docker load; the refs written. */
async function oci_engine_publish(plan, host, built, client, pushes) {
    const o = plan.options;
    if (o.push || o.pushByDigest) {
        const what = `push ${plan.repositories.map(image_ref/* repositoryName */.aR).join(', ') || plan.refs.map(r => (0,image_ref/* repositoryName */.aR)(r)).join(', ')}`;
        return host.logger
            .group(o.pushByDigest ? 'Push by digest' : 'Push, then tag', () => (0,publish/* publishToRegistry */.w4)(client, host, (0,publish/* nodeOf */.E7)(built.tree), {
            repositories: plan.repositories,
            refs: o.pushByDigest ? [] : plan.refs,
            tag: !o.pushByDigest,
            pushes
        }))
            .catch(err => {
            throw (0,oci_errors/* registryFailure */.M)(err, { operation: what, input: 'images', publishing: true });
        });
    }
    if (!o.load)
        return [];
    const img = built.images[0];
    const repoTags = plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r));
    await host.logger.group('docker load', async () => {
        try {
            host.logger.info(await (0,publish/* dockerLoad */.dy)(host, (0,publish/* nodeOf */.E7)(img), img.configBlob, img.layers, repoTags));
        }
        catch (err) {
            throw new errors/* UserError */.yo(`docker load failed: ${err.message.split('\n').slice(-3).join(' ')}`, {
                input: 'load',
                fix: 'load needs a running Docker daemon (DOCKER_HOST); or write an OCI layout with output instead.'
            });
        }
    });
    return repoTags;
}
function result(plan, built, refs, layout) {
    const o = plan.options;
    const pushing = o.push || o.pushByDigest;
    return {
        digest: built.tree.digest,
        refs,
        platforms: built.images
            .map((img, i) => ({
            platform: (0,target/* toPlatform */.rE)(plan.binaries[i].target),
            digest: img.digest,
            size: img.configBlob.size + img.layers.reduce((n, l) => n + l.size, 0)
        }))
            .sort((0,compare/* byKey */.dX)(p => p.platform)),
        tags: o.pushByDigest || !pushing ? (o.load ? refs : []) : plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r)),
        metadata: {
            engine: 'oci',
            'containerimage.digest': built.tree.digest,
            'containerimage.descriptor': {
                mediaType: built.tree.mediaType,
                digest: built.tree.digest,
                size: built.tree.size
            },
            ...(built.baseName ? { 'gantry.base': { name: built.baseName, digest: built.baseDigest } } : {}),
            ...(layout ? { 'gantry.oci-layout': layout } : {})
        },
        pushed: pushing,
        layout
    };
}
/** The layer cache of `dir`, or none (with a note) when it cannot be used. */
async function openCache(dir, host) {
    if (!dir)
        return undefined;
    const cache = await LayerCache.open(dir);
    if (!cache)
        host.logger.info(`layer cache off: ${dir} is not a folder only this user may use (it must be 0700 and yours).`);
    return cache;
}
/** When pushing: the blob pushes to the first repository, started while the image is assembled. */
function earlyPushes(plan, client) {
    const o = plan.options;
    if (!(o.push || o.pushByDigest))
        return undefined;
    const first = (0,publish/* targetRepositories */.CI)(plan.repositories, o.pushByDigest ? [] : plan.refs)[0];
    return first ? new publish/* BlobPushes */.kE(client, first) : undefined;
}
const ociEngine = {
    name: 'oci',
    async build(plan, host) {
        if (!plan.binaryName || !plan.binaries.length)
            throw new errors/* UserError */.yo('the oci engine needs prebuilt binaries.', {
                input: 'artifacts',
                fix: 'point artifacts at the go-build stage output, or use engine: buildx with a dockerfile.'
            });
        const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
        const layerDir = await host.tempDir('oci-layers');
        const cache = await openCache(plan.options.layerCache, host);
        const pushes = earlyPushes(plan, client);
        try {
            const start = host.now();
            const n = plan.binaries.length;
            const built = await host.logger.group(`Assemble ${n} platform image${n === 1 ? '' : 's'}`, () => assemble({ plan, host, client, layerDir, cache, pushes }));
            host.logger.info(`assembled ${built.tree.digest} in ${(0,format/* formatDuration */.a3)(host.now() - start)}`);
            const layout = await writeLayoutOutput(plan, host, built);
            const r = result(plan, built, await oci_engine_publish(plan, host, built, client, pushes), layout);
            host.logger.info(`image work ${host.now() - start} ms`);
            if (cache) {
                r.layerCache = { dir: cache.dir, reused: cache.hits, built: cache.misses };
                await cache.trim();
            }
            return r;
        }
        finally {
            // A failed build may leave uploads running: they finish before their files go.
            await pushes?.settle();
            await (0,promises_.rm)(layerDir, { recursive: true, force: true });
        }
    }
};

// EXTERNAL MODULE: ./src/image/plan.ts
var image_plan = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/model/tool.ts
var tool = __webpack_require__(8515);
// EXTERNAL MODULE: ./src/scan/attach-sbom.ts + 1 modules
var attach_sbom = __webpack_require__(3831);
// EXTERNAL MODULE: ./src/scan/image-source.ts + 1 modules
var image_source = __webpack_require__(769);
// EXTERNAL MODULE: ./src/scan/inventory.ts + 2 modules
var scan_inventory = __webpack_require__(7184);
// EXTERNAL MODULE: ./src/scan/report/cyclonedx.ts
var cyclonedx = __webpack_require__(5345);
;// CONCATENATED MODULE: ./src/image/sbom.ts
// `sbom: true`: after the push, the image's inventory (read back from the registry, every platform) as a
// CycloneDX SBOM, attached to the pushed image in each repository as an OCI referrer, the same path as the
// scan stage's attach-sbom. This replaces BuildKit's SBOM attestation, whose scanner image has to be pulled
// from Docker Hub, and works for both engines and for merge.









/** Every repository the image was pushed to, by digest. */
function pushedRepositories(plan) {
    const out = [];
    for (const r of [...plan.repositories, ...plan.refs])
        if (!out.some(o => (0,image_ref/* sameRepository */.RB)(o, r)))
            out.push({ registry: r.registry, path: r.path });
    return out;
}
/** Build the SBOM of the pushed image and attach it in every repository; the SBOM referrers, repo@digest. */
async function attachImageSbom(plan, result, host) {
    const repos = pushedRepositories(plan);
    if (!result.pushed || !result.digest || !repos.length)
        throw new errors/* UserError */.yo('needs a pushed image: the SBOM is attached to it in the registry as an OCI referrer.', {
            input: 'sbom',
            fix: 'set push (or push-by-digest, or merge) with images, or scan the layout with the scan action instead.'
        });
    const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
    const name = `${(0,image_ref/* repositoryName */.aR)(repos[0])}@${result.digest}`;
    const opened = await (0,image_source/* openScanImage */.D)({
        kind: 'registry',
        name,
        location: { kind: 'registry', ref: { ...repos[0], digest: result.digest }, text: name }
    }, { platforms: [], client, host });
    const { inventory } = await host.logger.group(`SBOM of ${name}`, () => (0,scan_inventory/* inventoryImage */.Yp)(opened.image, { host }));
    const time = plan.sourceDateEpoch !== undefined ? (0,format/* rfc3339 */.ag)(plan.sourceDateEpoch * 1000) : undefined;
    const sbom = Buffer.from((0,cyclonedx/* cyclonedxReport */._6)({ tool: { ...tool/* TOOL */.j }, inventory, findings: [], ...(time ? { time } : {}) }));
    const refs = [];
    for (const repo of repos) {
        const subject = { repository: repo, descriptor: opened.subject.descriptor };
        refs.push((await (0,attach_sbom/* attachSbom */.B)(client, subject, sbom, host, time)).ref);
    }
    return refs;
}

;// CONCATENATED MODULE: ./src/image/index.ts
// The image stage: resolve the plan, then merge (distributed builds) or build with the chosen engine.







async function image_image(options, ci, host) {
    const plan = await (0,image_plan/* resolvePlan */.yY)(options, ci);
    if (options.sbom && !options.push && !options.pushByDigest && !options.merge.length)
        throw new errors/* UserError */.yo('needs push: the SBOM is attached to the pushed image in the registry.', {
            input: 'sbom',
            fix: 'set push (or push-by-digest, or merge), or scan the image layout with the scan action.'
        });
    let result;
    if (options.merge.length)
        result = await host.logger.group('Merge per-platform images', () => mergeImages(plan, host));
    else {
        const { engine, why } = chooseEngine(options);
        host.logger.info(`engine ${engine} (${why})`);
        result = { ...(await (engine === 'oci' ? ociEngine : buildxEngine).build(plan, host)), engine };
    }
    if (options.sbom)
        result.sboms = await attachImageSbom(plan, result, host);
    return result;
}

// EXTERNAL MODULE: ./src/stages/registry-login.ts + 2 modules
var registry_login = __webpack_require__(4287);
;// CONCATENATED MODULE: ./src/stages/image.ts
// The image stage (actions/image, `gantry image`): multi-arch images from the prebuilt binaries, pushed by
// digest with tags last, or merged from per-platform pushes. A login given by registry/username/password
// lives in a private Docker config for the step only, removed when the step ends (the post step, or the end
// of the CLI command, removes it too when the step was killed).









const image_inputs = {
    engine: {
        kind: 'enum',
        values: ['auto', 'oci', 'buildx'],
        description: 'How images are assembled: oci (daemonless: base + one layer per platform, pushed straight to the registry), buildx (docker buildx with BuildKit), or auto: oci unless dockerfile, build-args, secrets, cache-from/to, builder or provenance need buildx.',
        default: 'auto'
    },
    images: {
        kind: 'list',
        description: 'Repositories to push to, one per line or comma-separated (ghcr.io/org/app). Lower-case, no tag.'
    },
    tags: {
        kind: 'list',
        description: "Tags for every repository in images (1.2.3), or full references (ghcr.io/org/app:1.2.3), e.g. the tag action's output. Default: latest."
    },
    artifacts: {
        kind: 'string',
        description: 'The artifacts.json of the go-build stage (prebuilt binaries by platform).',
        default: 'dist/artifacts.json'
    },
    platforms: {
        kind: 'list',
        description: 'OCI platforms to build (linux/amd64, linux/arm/v7). Default: every linux target in artifacts.'
    },
    base: {
        kind: 'string',
        description: 'Base image: scratch (the smallest image, with ca-certificates and a passwd entry, see ca-certificates), a registry reference, or (oci engine) an OCI layout as oci-layout://path[:tag].',
        default: 'scratch'
    },
    binary: {
        kind: 'string',
        description: 'The binary to put in the image, by name. Default: the only binary in artifacts.'
    },
    dockerfile: {
        kind: 'string',
        description: 'Use this Dockerfile as given instead of generating one (relative to the workspace). Default: generate one that copies the prebuilt binaries.'
    },
    context: {
        kind: 'string',
        description: 'Build context for a user dockerfile. Default: the folder holding the dockerfile.'
    },
    labels: {
        kind: 'keyvalues',
        description: 'Extra image labels, KEY=value, one per line. OCI labels (source, revision, version, created) are added.'
    },
    annotations: {
        kind: 'keyvalues',
        description: 'Manifest and index annotations, KEY=value, one per line (buildx --annotation syntax).'
    },
    'build-args': {
        kind: 'keyvalues',
        description: 'Build arguments, KEY=value, one per line.'
    },
    secrets: {
        kind: 'keyvalues',
        description: 'Build secrets, id=value, one per line (buildx --secret, passed through the environment).'
    },
    push: {
        kind: 'bool',
        description: 'Push the image to every repository in images and write the tags (last).',
        default: 'false'
    },
    load: {
        kind: 'bool',
        description: 'Load the image into the Docker daemon (one platform only).',
        default: 'false'
    },
    provenance: {
        kind: 'bool',
        description: 'Add provenance attestations. Off by default: registries and tools show the attestation manifests as platform unknown/unknown, and a single-platform image becomes an index.',
        default: 'false'
    },
    sbom: {
        kind: 'bool',
        description: "After the push, attach a CycloneDX SBOM of the image (every platform's packages and Go modules, read back from the registry) as an OCI referrer, as the scan action's attach-sbom does; needs push. BuildKit's SBOM attestation is not used.",
        default: 'false'
    },
    'cache-from': {
        kind: 'list',
        commas: false,
        description: 'buildx --cache-from entries, one per line (type=gha,scope=app).'
    },
    'cache-to': {
        kind: 'list',
        commas: false,
        description: 'buildx --cache-to entries, one per line.'
    },
    'push-by-digest': {
        kind: 'bool',
        description: "Push this job's platforms by digest only, with no tag; output the digest for a later merge job (distributed builds). With merge: push the merged index by digest only, to be tagged by a later merge (after a scan, say).",
        default: 'false'
    },
    merge: {
        kind: 'list',
        description: 'Merge these images (repo@sha256:…, one per line, the refs outputs of push-by-digest jobs) into one multi-arch index, pushed under every tag. Nothing is built.'
    },
    builder: {
        kind: 'string',
        description: 'The buildx builder to use. Default: the current one.'
    },
    'ca-certificates': {
        kind: 'bool',
        description: "On a scratch base, add the runner's CA bundle (/etc/ssl/certs/ca-certificates.crt) and passwd/group entries for the user, so HTTPS clients work.",
        default: 'true'
    },
    user: {
        kind: 'string',
        description: 'The user the generated image runs as (uid or uid:gid). 65532 is the common non-root uid.',
        default: '65532'
    },
    output: {
        kind: 'string',
        description: 'oci engine: write the image to this OCI image layout folder (as well as pushing, when push is set). Default: a temporary folder when not pushing or loading; its path is the oci-layout output.'
    },
    'layer-cache': {
        kind: 'bool',
        description: "oci engine: keep compressed layers in the user's cache folder ($XDG_CACHE_HOME/gantry/layers, else ~/.cache/gantry/layers), keyed by the binary's sha256 and everything else that changes the layer, so an unchanged binary is not compressed again; checked on every use, trimmed after 5 days unused.",
        default: 'true'
    },
    'registry-timeout': {
        kind: 'int',
        min: 1,
        max: 86400,
        description: 'Seconds everything this step does with registries may take (reading the base, pushing, tagging) before it fails; each request also has its own connect, response and idle timeouts.',
        default: '90'
    },
    ...registry_login/* LOGIN_INPUTS */.E8,
    'allow-outside-workspace': {
        kind: 'bool',
        description: 'Allow artifacts, dockerfile and context outside the workspace (GITHUB_WORKSPACE; the current folder for the CLI). Off: a path that leads outside it, also through a symbolic link, is refused.',
        default: 'false'
    }
};
const outputs = {
    digest: {
        encode: 'text',
        description: 'Digest of the image: the multi-arch index (or the single manifest of a one-platform image without attestations).'
    },
    refs: {
        encode: 'lines',
        description: 'One per line: repo:tag@digest for every tag written; repo@digest for push-by-digest (pass these to merge).'
    },
    platforms: { encode: 'json', description: 'JSON object of OCI platform -> manifest digest.' },
    metadata: {
        encode: 'json',
        description: 'JSON build metadata (buildx --metadata-file), or the merged refs for merge.'
    },
    'oci-layout': {
        encode: 'text',
        description: 'oci engine: the OCI image layout folder the image was written to (the output input, or a temporary one), else empty.'
    }
};
function parseImage(i, cwd, workspace, env) {
    const user = i.user;
    if (!USER_PATTERN.test(user))
        throw new errors/* UserError */.yo(`"${user}" is not a user.`, { input: 'user', fix: 'write a uid (65532) or uid:gid.' });
    return {
        engine: i.engine,
        output: i.output ? external_node_path_default().resolve(cwd, i.output) : undefined,
        layerCache: i['layer-cache'] && env ? (0,disk_cache/* userCacheDir */.bE)(env, 'layers') : undefined,
        registryTimeoutMs: i['registry-timeout'] * 1000,
        images: i.images,
        tags: i.tags,
        artifacts: external_node_path_default().resolve(cwd, i.artifacts),
        platforms: i.platforms,
        base: i.base,
        binary: i.binary || undefined,
        dockerfile: i.dockerfile ? external_node_path_default().resolve(cwd, i.dockerfile) : undefined,
        context: i.context ? external_node_path_default().resolve(cwd, i.context) : undefined,
        labels: i.labels,
        annotations: i.annotations,
        buildArgs: i['build-args'],
        secrets: i.secrets,
        push: i.push,
        load: i.load,
        provenance: i.provenance,
        sbom: i.sbom,
        cacheFrom: i['cache-from'],
        cacheTo: i['cache-to'],
        pushByDigest: i['push-by-digest'],
        merge: i.merge,
        builder: i.builder || undefined,
        caCertificates: i['ca-certificates'],
        user: /^\d+$/.test(user) ? `${(0,inputs/* parseInteger */.cG)(user, 'user', { min: 0, max: 2147483647 })}` : user,
        login: (0,registry_login/* parseLogin */.$n)(i),
        cwd,
        workspace,
        allowOutsideWorkspace: i['allow-outside-workspace']
    };
}
async function runImage(o, ctx) {
    if (o.secrets.length)
        for (const [, v] of o.secrets)
            ctx.host.logger.mask(v);
    return (0,registry_login/* withStepLogin */.WW)(o.login, ctx, host => image_image(o, ctx.ci, host));
}
const imageStage = (0,stage/* defineStage */.wf)({
    name: 'image',
    action: 'image',
    title: 'gantry image',
    description: 'Multi-arch container images from prebuilt Go binaries: daemonless (oci) or with buildx, without compiling or emulating; push by digest, tags last, distributed merge.',
    summary: 'build a multi-arch image from prebuilt binaries (oci or buildx), push it, or merge digests',
    branding: { icon: 'package', color: 'blue' },
    inputs: image_inputs,
    outputs,
    parse: (i, env) => parseImage(i, env.cwd, env.ci.workspace || env.cwd, env.env),
    run: runImage,
    output: r => ({
        digest: r.digest,
        refs: r.refs,
        platforms: Object.fromEntries(r.platforms.map(p => [p.platform, p.digest])),
        metadata: r.metadata,
        'oci-layout': r.layout ?? ''
    }),
    report: r => ({
        title: 'gantry image',
        table: {
            columns: ['platform', 'digest', 'size'],
            rows: r.platforms.map(p => [p.platform, { code: p.digest }, p.size ? (0,format/* formatBytes */.z3)(p.size) : '—'])
        },
        facts: [
            ...(r.digest
                ? [{ label: 'digest', value: [{ code: r.digest }, r.pushed ? '' : ' (not pushed)'] }]
                : []),
            ...(r.refs.length ? [{ label: 'refs', value: r.refs.flatMap(x => [' ', { code: x }]) }] : []),
            ...(r.layerCache
                ? [{ label: 'layer cache', value: `${r.layerCache.reused} reused, ${r.layerCache.built} built` }]
                : []),
            ...(r.sboms?.length ? [{ label: 'SBOM', value: r.sboms.flatMap(x => [' ', { code: x }]) }] : [])
        ]
    }),
    post: { if: 'always()', run: registry_login/* undoStepLogin */.IA }
});
/**
 * The image stage's options from raw input strings, as the action would parse them (tests, benchmarks).
 * The layer cache is used only when `env` (where the user's cache folder is) is given.
 */
function imageOptions(raw, cwd, workspace = cwd, env) {
    return parseImage((0,inputs/* parseInputs */.TL)(image_inputs, raw), cwd, workspace, env);
}


/***/ })

};

//# sourceMappingURL=823.index.js.map