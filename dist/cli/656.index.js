export const id = 656;
export const ids = [656,467];
export const modules = {

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ registryClient)
/* harmony export */ });
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7520);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(494);
// The registry client a stage uses: credentials from the Docker config of the host's environment
// (inline auths, credential helpers), the host's logger for masking tokens, and one operation deadline.


function registryClient(host, opts = {}) {
    return new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({
        ...opts,
        credentials: registry => (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .readCredentials */ .L1)(host, registry),
        logger: host.logger
    });
}


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ registryFailure)
/* harmony export */ });
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6178);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8980);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(494);
// Registry and image-reading failures as users should read them: a UserError naming the registry, what was
// being done, the likely cause and (while publishing) that nothing was tagged. Refusals (401, 403, 404) say
// what to fix; infrastructure failures (5xx, 429, resets, timeouts) say to retry. Never "a gantry bug".





const NETWORK_CODES = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    EPIPE: 'the connection was closed while sending',
    ETIMEDOUT: 'it timed out',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
    SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed'
};
function networkCause(err) {
    for (let e = err, depth = 0; (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(e) && depth < 6; e = e.cause, depth++) {
        const code = e.code;
        if (code && NETWORK_CODES[code])
            return NETWORK_CODES[code];
        if (e.name === 'TimeoutError')
            return e.message.includes(':')
                ? `it timed out (${e.message.split(': ').slice(1).join(': ')})`
                : 'it timed out';
        if (e.name === 'AbortError')
            return 'it was cut off at the time limit';
    }
    return undefined;
}
function registryOf(err) {
    for (let e = err, depth = 0; (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(e) && depth < 6; e = e.cause, depth++)
        if (e instanceof _registry_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl && e.registry)
            return e.registry;
    return undefined;
}
/** Map a failure to a UserError when it is the user's or the infrastructure's; return anything else as is. */
function registryFailure(err, ctx, registry) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
        return err;
    const where = registry ?? registryOf(err) ?? 'the registry';
    const tail = ctx.publishing ? ' Nothing was tagged.' : '';
    if (err instanceof _auth_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenError */ .gz)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${err.message}.${tail}`, {
            input: ctx.input,
            fix: err.status === 401 || err.status === 403
                ? 'check the credentials for this registry (registry/username/password inputs or the Docker config) and that they may use this repository.'
                : 'the token service failed; retry later.'
        });
    if (err instanceof _registry_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl) {
        const codes = err.codes.join(', ');
        if (err.status === 401)
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} refused access (HTTP 401${codes ? ` ${codes}` : ''}).${tail}`, {
                input: ctx.input,
                fix: 'log in to this registry (registry, username, password inputs, or docker/login-action) with credentials for this repository.'
            });
        if (err.status === 403 || err.codes.includes('DENIED'))
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} denied it (HTTP ${err.status}${codes ? ` ${codes}` : ''}).${tail}`, {
                input: ctx.input,
                fix: 'the credentials are valid but may not do this: give the token write (push) permission on this repository.'
            });
        if (err.status === 404)
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} has no such ${err.codes.includes('NAME_UNKNOWN') ? 'repository' : err.codes.includes('BLOB_UNKNOWN') ? 'blob' : 'image'} (${err.message}).${tail}`, {
                input: ctx.input,
                fix: 'check the name and tag (and that the repository exists, on registries that do not create it on push).'
            });
        if (err.status === 405 || err.codes.includes('UNSUPPORTED'))
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} refused the request (${err.message}).${tail}`, {
                input: ctx.input,
                fix: 'check that this registry accepts pushes to this repository.'
            });
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} answered ${err.message}.${tail}`, {
            input: ctx.input,
            fix: 'check the registry and the image name.'
        });
    }
    if (err instanceof _util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestMismatchError */ .h)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${err.message}; the content was refused.${tail}`, {
            input: ctx.input,
            fix: 'the content is corrupt or was tampered with on its way; check the source (registry or layout) and retry.'
        });
    if (err instanceof _util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryExhaustedError */ .aB) {
        const last = err.last;
        const cause = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(last) && /^HTTP \d+/.test(last.message)
            ? `it answered ${last.message}`
            : (networkCause(last) ?? ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(last) ? last.message : String(last)));
        const outer = err.what.replace(/ \(([^()]*)\)$/, '');
        const reg = /\(([^()]*)\)$/.exec(err.what)?.[1] ?? where;
        const how = err.timedOut
            ? `gave up after ${Math.round(err.elapsedMs / 1000)} s and ${err.attempts} attempt${err.attempts === 1 ? '' : 's'}`
            : `${err.attempts} attempts`;
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: registry ${reg} failed: ${outer}: ${how}, last: ${cause}.${tail}`, {
            input: ctx.input,
            fix: 'the registry is down, overloaded or unreachable: retry later (a re-run reuses what was uploaded), or raise registry-timeout.'
        });
    }
    const net = networkCause(err);
    if (net)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where}: ${net}.${tail}`, {
            input: ctx.input,
            fix: 'check the registry address and that it is reachable from this runner.'
        });
    return err;
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
/* unused harmony exports BLOB_PUSH_CONCURRENCY, LIGHT_BLOB_MAX, isLightPush, pushByDigest, writeDockerArchive */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6118);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3731);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6178);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1092);
/* harmony import */ var _blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9146);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(494);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3048);
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
    if (_types_js__WEBPACK_IMPORTED_MODULE_9__/* .INDEX_TYPES */ .V.includes(m.mediaType)) {
        if (depth > 1)
            throw new Error(`${source.name}@${reference}: indexes nested deeper than two levels`);
        const children = [];
        for (const d of body.manifests ?? [])
            children.push(await readNode(source, d.digest, depth + 1));
        return { mediaType: m.mediaType, digest: m.digest, bytes: m.bytes, blobs: [], children };
    }
    if (!_types_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_TYPES */ ._P.includes(m.mediaType))
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
 * A blob this small (an image config), or one the registry can mount, moves no bulk of bytes: its push is a
 * few round trips, and it does not wait behind the big uploads (it has its own, wider, lane).
 */
const LIGHT_BLOB_MAX = 64 * 1024;
const LIGHT_LANE = 16;
/** Whether pushing `blob` (with its mount source, if any) to `repository` goes in the light lane. */
function isLightPush(blob, repository) {
    return blob.size <= LIGHT_BLOB_MAX || (0,_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .canMount */ .an)(blob.origin, repository);
}
/**
 * The blob pushes to one repository, each started once (by digest): uploads of big blobs at most
 * `concurrency` at a time, small blobs and mounts in a lane of their own (so a config is not queued behind
 * the layers). A builder hands blobs over as soon as it has them, so uploads overlap the rest of the build;
 * pushByDigest then waits for those and pushes what is left.
 */
class BlobPushes {
    client;
    repository;
    mountFrom;
    pushes = new Map();
    heavy;
    light;
    constructor(client, repository, concurrency = BLOB_PUSH_CONCURRENCY, mountFrom) {
        this.client = client;
        this.repository = repository;
        this.mountFrom = mountFrom;
        this.heavy = new _util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .Limiter */ .j(concurrency);
        this.light = new _util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .Limiter */ .j(Math.max(concurrency, LIGHT_LANE));
    }
    /** Push `b` (once): 'exists', 'mounted' or 'uploaded'. */
    push(b) {
        let p = this.pushes.get(b.digest);
        if (!p) {
            const blob = this.mountFrom && (!b.origin || b.origin.registry !== this.repository.registry)
                ? { ...b, origin: this.mountFrom }
                : b;
            const lane = isLightPush(blob, this.repository) ? this.light : this.heavy;
            p = lane.run(() => this.client.pushBlob(this.repository, blob));
            // Whoever waits for this push reports its failure; until then it must not count as unhandled.
            p.catch(() => undefined);
            this.pushes.set(b.digest, p);
        }
        return p;
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
    const there = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .s)(node.children, opts.concurrency ?? BLOB_PUSH_CONCURRENCY, c => putManifest(c, fresh(c)));
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
    await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_10__/* .mapLimit */ .s)(allBlobs(node), 4, b => writeBlob(dir, b));
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
            const name = d.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANNOTATION */ .YX.refName];
            return name !== undefined && !tags.includes(name);
        });
    }
    catch {
        /* a new layout */
    }
    const base = { mediaType: node.mediaType, digest: node.digest, size: node.bytes.length };
    const ours = tags.length
        ? tags.map(t => ({ ...base, annotations: { ...(opts.annotations ?? {}), [_types_js__WEBPACK_IMPORTED_MODULE_9__/* .ANNOTATION */ .YX.refName]: t } }))
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


/***/ })

};

//# sourceMappingURL=656.index.js.map