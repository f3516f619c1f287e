export const id = 477;
export const ids = [477];
export const modules = {

/***/ 5477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attachImageSbom: () => (/* binding */ attachImageSbom)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
;// CONCATENATED MODULE: ./src/model/tool.ts
// gantry's own name and version, as reports (SARIF's tool.driver, CycloneDX's tools, the json report) name
// the tool that wrote them. Kept equal to package.json's version by a unit test.
const TOOL = { name: 'gantry', version: '0.1.0' };

// EXTERNAL MODULE: ./src/oci/client.ts
var oci_client = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/util/log-safe.ts
var log_safe = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(8630);
// EXTERNAL MODULE: ./src/util/digest.ts
var util_digest = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/util/json.ts + 2 modules
var json = __webpack_require__(5898);
// EXTERNAL MODULE: ./src/oci/blob.ts
var blob = __webpack_require__(9146);
// EXTERNAL MODULE: ./src/oci/registry.ts
var registry = __webpack_require__(494);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
;// CONCATENATED MODULE: ./src/oci/referrers.ts
// Artifacts attached to an image as OCI referrers (image spec 1.1 "artifacts", distribution spec 1.1
// "referrers"): a manifest with `artifactType`, the empty config, the artifact as its one layer and the image
// as its `subject`. A registry with the referrers API acknowledges the subject (OCI-Subject header) and lists
// the artifact itself; for one without it (distribution 2.8, Debian's docker-registry) the client keeps the
// referrers tag schema: an image index tagged `sha256-<hex of the subject digest>` listing every referrer,
// which is what oras, cosign and regclient read on such registries. The image itself is never written.





const CYCLONEDX_JSON = 'application/vnd.cyclonedx+json';
/** The empty JSON object `{}` as the config of an artifact manifest (image spec 1.1). */
const EMPTY_JSON = 'application/vnd.oci.empty.v1+json';
const EMPTY_BYTES = Buffer.from('{}');
/** The referrers tag schema's tag for a subject: `sha256-<hex>`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/** The artifact manifest for `subject`, as bytes (keys in the spec's order). */
function artifactManifest(subject, a) {
    const layer = {
        mediaType: a.mediaType,
        digest: (0,util_digest/* sha256Digest */.sI)(a.bytes),
        size: a.bytes.length,
        ...(a.title ? { annotations: { 'org.opencontainers.image.title': a.title } } : {})
    };
    const m = {
        schemaVersion: 2,
        mediaType: types/* MEDIA */.Rn.ociManifest,
        artifactType: a.artifactType,
        config: { mediaType: EMPTY_JSON, digest: (0,util_digest/* sha256Digest */.sI)(EMPTY_BYTES), size: EMPTY_BYTES.length },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        ...(a.annotations && Object.keys(a.annotations).length ? { annotations: a.annotations } : {})
    };
    return Buffer.from(JSON.stringify(m));
}
/** Push `artifact` as a referrer of `subject` in `repo`; blobs first, the manifest, then the fallback index. */
async function attachArtifact(client, repo, subject, artifact) {
    const bytes = artifactManifest(subject, artifact);
    await client.pushBlob(repo, (0,blob/* bufferBlob */.gb)(EMPTY_BYTES, EMPTY_JSON));
    await client.pushBlob(repo, (0,blob/* bufferBlob */.gb)(artifact.bytes, artifact.mediaType));
    const put = await client.putReferrer(repo, bytes, types/* MEDIA */.Rn.ociManifest);
    if (put.subjectAcknowledged)
        return { digest: put.digest, via: 'referrers-api' };
    const descriptor = {
        mediaType: types/* MEDIA */.Rn.ociManifest,
        digest: put.digest,
        size: bytes.length,
        artifactType: artifact.artifactType,
        ...(artifact.annotations && Object.keys(artifact.annotations).length
            ? { annotations: artifact.annotations }
            : {})
    };
    const tag = referrersTag(subject.digest);
    const index = (await readTagIndex(client, repo, tag)) ?? {
        schemaVersion: 2,
        mediaType: types/* MEDIA */.Rn.ociIndex,
        manifests: []
    };
    if (!index.manifests.some(d => d.digest === descriptor.digest)) {
        index.manifests.push(descriptor);
        await client.putManifest(repo, tag, Buffer.from(JSON.stringify(index)), types/* MEDIA */.Rn.ociIndex);
    }
    return { digest: put.digest, via: 'tag-schema', tag };
}
const INDEX_SCHEMA = {
    type: 'object',
    required: ['schemaVersion', 'manifests'],
    properties: {
        schemaVersion: { const: 2 },
        manifests: {
            type: 'array',
            items: {
                type: 'object',
                required: ['mediaType', 'digest', 'size'],
                properties: {
                    mediaType: { type: 'string' },
                    digest: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' },
                    size: { type: 'integer', minimum: 0 },
                    artifactType: { type: 'string' },
                    annotations: { type: 'object', additionalProperties: { type: 'string' } }
                }
            }
        }
    }
};
/** The tag-schema index, or undefined when the tag does not exist yet. */
async function readTagIndex(client, repo, tag) {
    let fetched;
    try {
        fetched = await client.getManifest(repo, tag);
    }
    catch (err) {
        if (err instanceof registry/* RegistryError */.gl && err.status === 404)
            return undefined;
        throw err;
    }
    return (0,json/* parseJsonAs */.WT)(fetched.bytes.toString('utf8'), INDEX_SCHEMA, `the referrers index ${tag}`);
}
/**
 * The referrers of `digest` as discovery tools find them: the referrers API when the registry has it, else the
 * tag-schema index; filtered by artifactType when given.
 */
async function listReferrers(client, repo, digest, artifactType) {
    const api = await client.getReferrers(repo, digest);
    const index = api
        ? parseJsonAs(api.toString('utf8'), INDEX_SCHEMA, `the referrers of ${digest}`)
        : await readTagIndex(client, repo, referrersTag(digest));
    const manifests = [];
    for (const d of index?.manifests ?? []) {
        // Some registries list the config's media type (the empty one) instead of the manifest's artifactType.
        const type = d.artifactType && d.artifactType !== EMPTY_JSON
            ? d.artifactType
            : await manifestArtifactType(client, repo, d);
        if (!artifactType || type === artifactType)
            manifests.push({ ...d, ...(type ? { artifactType: type } : {}) });
    }
    return { via: api ? 'referrers-api' : 'tag-schema', manifests };
}
async function manifestArtifactType(client, repo, d) {
    const m = await client.getManifest(repo, d.digest);
    const body = parseJsonAs(m.bytes.toString('utf8'), { type: 'object' }, `the referrer ${d.digest}`);
    return typeof body.artifactType === 'string' ? body.artifactType : body.config?.mediaType;
}

;// CONCATENATED MODULE: ./src/scan/attach-sbom.ts
// The SBOM travels with the image: the scan's CycloneDX document pushed as an OCI referrer of the image (its
// index, or its manifest for a one-platform image), found by `oras discover`, cosign and regclient through
// the referrers API or the sha256-<digest> tag. Only new content is pushed; the image is never rewritten.





async function attachSbom(client, subject, sbom, host, time) {
    const repo = (0,image_ref/* repositoryName */.aR)(subject.repository);
    const what = `attach the SBOM to ${repo}@${subject.descriptor.digest}`;
    try {
        const r = await attachArtifact(client, subject.repository, subject.descriptor, {
            artifactType: CYCLONEDX_JSON,
            mediaType: CYCLONEDX_JSON,
            bytes: sbom,
            title: 'sbom.cdx.json',
            ...(time ? { annotations: { 'org.opencontainers.image.created': time } } : {})
        });
        const ref = `${repo}@${r.digest}`;
        host.logger.info(`SBOM attached to ${repo}@${subject.descriptor.digest} as ${ref} (${r.via === 'referrers-api' ? 'referrers API' : `tag ${r.tag}`})`);
        return { ...r, ref };
    }
    catch (err) {
        const mapped = (0,oci_errors/* registryFailure */.M)(err, { operation: (0,log_safe/* oneLine */.TN)(what), input: 'attach-sbom' });
        if (mapped instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`${mapped.detail} The image itself was not changed.`, {
                input: 'attach-sbom',
                ...(mapped.fix ? { fix: mapped.fix } : {}),
                cause: err
            });
        throw mapped;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(2817);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/oci/reader.ts
var reader = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/oci/tar-index.ts
var tar_index = __webpack_require__(243);
;// CONCATENATED MODULE: ./src/oci/docker-archive.ts
// Reading a `docker save` tar without unpacking it. Docker 25 and later write an OCI layout inside the tar
// (read as one, through LayoutSource); Docker 20.10 to 24 write the legacy format: `manifest.json` naming a
// config `<id>.json` and uncompressed layers `<id>/layer.tar` (a layer seen twice may be a symlink to the
// first copy). Names are resolved inside the archive only (`..` past its root and absolute links are
// refused), the config and every layer are verified as they are read: the config against its file name
// (the image ID) and each layer against the config's `rootfs.diff_ids`, with the size from the tar header.








const MANIFEST_SCHEMA = {
    type: 'array',
    minItems: 1,
    items: {
        type: 'object',
        required: ['Config', 'Layers'],
        properties: {
            Config: { type: 'string', minLength: 1 },
            RepoTags: { type: ['array', 'null'], items: { type: 'string' } },
            Layers: { type: 'array', items: { type: 'string', minLength: 1 } }
        }
    }
};
const CONFIG_SCHEMA = {
    type: 'object',
    required: ['os', 'architecture', 'rootfs'],
    properties: {
        os: { type: 'string' },
        architecture: { type: 'string' },
        variant: { type: 'string' },
        rootfs: {
            type: 'object',
            required: ['diff_ids'],
            properties: { diff_ids: { type: 'array', items: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' } } }
        }
    }
};
const MAX_LINK_HOPS = 8;
/** Open a docker-archive: which format it is, and for the legacy one its image. */
async function openDockerArchive(file, input) {
    const links = new Map();
    let index;
    try {
        index = await (0,tar_index/* indexTar */.O)(file, links);
    }
    catch (err) {
        throw bad(file, input, `it is not a tar archive: ${err.message}`);
    }
    if (index.has('oci-layout') && index.has('index.json'))
        return { format: 'oci-layout' };
    const entry = (name) => {
        const e = index.get(resolveName(name, links, file, input));
        if (!e)
            throw bad(file, input, `it names ${(0,log_safe/* clipLine */.DX)(name, 200)}, which it does not hold`);
        return e;
    };
    if (!index.has('manifest.json'))
        throw bad(file, input, 'it has neither manifest.json (docker save) nor an OCI layout');
    const manifests = checked(file, input, 'manifest.json', MANIFEST_SCHEMA, await readEntry(file, index.get('manifest.json'), 1 << 20, input));
    if (manifests.length > 1)
        throw bad(file, input, `it holds ${manifests.length} images (${manifests.flatMap(m => m.RepoTags ?? []).join(', ') || 'untagged'})`, 'save one image per archive (docker save <ref> -o file.tar).');
    const m = manifests[0];
    const configEntry = entry(m.Config);
    const configBytes = await readEntry(file, configEntry, reader/* MAX_CONFIG_BYTES */.GW, input);
    const id = (0,util_digest/* sha256Digest */.sI)(configBytes);
    const named = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(m.Config)?.[1];
    if (named && `sha256:${named}` !== id)
        throw bad(file, input, `its config ${(0,log_safe/* clipLine */.DX)(m.Config, 100)} is not the image it names (${id})`);
    const config = checked(file, input, (0,log_safe/* clipLine */.DX)(m.Config, 100), CONFIG_SCHEMA, configBytes);
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== m.Layers.length)
        throw bad(file, input, `manifest.json lists ${m.Layers.length} layers but the config ${diffIds.length}`);
    const layers = m.Layers.map((name, i) => {
        const e = entry(name);
        return {
            mediaType: '',
            digest: diffIds[i],
            diffId: diffIds[i],
            size: e.size,
            open: async () => (0,blob/* verified */.zr)(slice(file, e), diffIds[i], e.size, `${name} in ${file}, which`)
        };
    });
    return { format: 'legacy', image: { id, repoTags: m.RepoTags ?? [], config, layers } };
}
/** Follow symlinks inside the archive: relative to the link's folder, never above the archive's root. */
function resolveName(name, links, file, input) {
    let current = confined(name, '', file, input);
    for (let hops = 0; links.has(current); hops++) {
        if (hops >= MAX_LINK_HOPS)
            throw bad(file, input, `${(0,log_safe/* clipLine */.DX)(name, 200)} is a symlink loop`);
        const target = links.get(current);
        if (target.startsWith('/'))
            throw bad(file, input, `${(0,log_safe/* clipLine */.DX)(current, 200)} links to the absolute path ${(0,log_safe/* clipLine */.DX)(target, 200)}`);
        current = confined(target, current.split('/').slice(0, -1).join('/'), file, input);
    }
    return current;
}
function confined(name, dir, file, input) {
    const parts = dir ? dir.split('/') : [];
    for (const p of name.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (!parts.length)
                throw bad(file, input, `${(0,log_safe/* clipLine */.DX)(name, 200)} points outside the archive`);
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/');
}
function slice(file, e) {
    return e.size === 0
        ? external_node_stream_.Readable.from([])
        : (0,blob/* readBlobFile */.Ww)(file, { start: e.offset, end: e.offset + e.size - 1 });
}
/** JSON from the archive, checked against its schema; a bad one is the archive's fault. */
function checked(file, input, what, schema, bytes) {
    try {
        return (0,json/* parseJsonAs */.WT)(bytes.toString('utf8'), schema, what);
    }
    catch (err) {
        throw bad(file, input, (0,log_safe/* clipLine */.DX)(err.message, 300));
    }
}
async function readEntry(file, e, limit, input) {
    if (e.size > limit)
        throw bad(file, input, `an entry of ${e.size} bytes is larger than the ${limit} allowed`);
    const chunks = [];
    for await (const c of slice(file, e))
        chunks.push(c);
    return Buffer.concat(chunks);
}
function bad(file, input, what, fix) {
    return new errors/* UserError */.yo(`${(0,log_safe/* clipLine */.DX)(file, 300)} is not a readable docker-archive: ${what}.`, {
        input,
        fix: fix ?? 'write it again with docker save <image> -o file.tar (or give an OCI layout).'
    });
}

// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(8540);
;// CONCATENATED MODULE: ./src/scan/image-source.ts
// The scan stage's `image` input: where the image is (a registry reference, an OCI layout as `oci:<path>` or
// `oci-layout://<path>`, a `docker save` tar as `docker-archive:<tar>`, or `docker:<ref>` from the Docker
// daemon, saved to a temporary tar with argv) and its platforms' layers as the inventory reads them: each a
// stream verified against its digest. A registry image also gives the descriptor SBOMs attach to.










const INPUT = 'image';
/** Parse the `image` input; relative paths are relative to `cwd`. */
function parseScanImage(text, cwd) {
    const s = text.trim();
    const transport = /^(oci|docker-archive|docker):(?!\/\/)(.*)$/.exec(s);
    if (transport?.[1] === 'docker-archive') {
        if (!transport[2])
            throw new UserError('docker-archive: names no file.', {
                input: INPUT,
                fix: 'write docker-archive:<file.tar>.'
            });
        return { kind: 'docker-archive', name: s, path: path.resolve(cwd, transport[2]) };
    }
    if (transport?.[1] === 'docker') {
        const ref = transport[2];
        // eslint-disable-next-line no-control-regex
        if (!ref || ref.startsWith('-') || /[\s\u0000-\u001f\u007f]/.test(ref))
            throw new UserError(`"${clipLine(ref, 80)}" is not an image in the Docker daemon.`, {
                input: INPUT,
                fix: 'write docker:<name:tag> or docker:<image id>.'
            });
        return { kind: 'docker', name: s, ref };
    }
    const location = parseImageLocation(transport?.[1] === 'oci' ? `${LAYOUT_PREFIX}${transport[2]}` : s, INPUT, cwd);
    if (location.kind === 'scratch')
        throw new UserError('scratch is not an image to scan.', { input: INPUT, fix: 'name an image.' });
    if (location.kind === 'registry')
        return { kind: 'registry', name: s, location };
    // One spelling for both forms, so reports and SARIF categories name a layout the same way.
    const name = `oci:${path.relative(cwd, location.path) || '.'}${location.reference ? `:${location.reference}` : ''}`;
    return { kind: 'layout', name, location };
}
async function openScanImage(input, opts) {
    if (input.kind === 'docker')
        return fromDaemon(input, opts);
    if (input.kind === 'docker-archive')
        return fromArchive(input.name, input.path, opts);
    try {
        const { source, reference } = await (0,reader/* sourceFor */.nm)(input.location, opts.client, INPUT);
        const opened = await fromSource(input.name, source, reference, opts.platforms);
        return { ...opened, cleanup: async () => undefined };
    }
    catch (err) {
        throw (0,oci_errors/* registryFailure */.M)(err, { operation: `read the image ${(0,log_safe/* oneLine */.TN)(input.name)}`, input: INPUT });
    }
}
async function fromSource(name, source, reference, platforms) {
    const described = await (0,reader/* describeImage */.hu)(source, reference, INPUT);
    const have = described.platforms.flatMap(p => {
        try {
            return [(0,target/* parsePlatform */.FL)(p.platform, INPUT)];
        }
        catch {
            return []; // a platform gantry's model does not know (Windows versions, unknown/unknown) is not scanned
        }
    });
    const targets = pickPlatforms(have, platforms, name);
    const images = await (0,reader/* resolvePlatforms */.zT)(source, reference, targets, INPUT);
    const scanned = images.map(p => ({
        platform: (0,target/* toPlatform */.rE)(p.platform),
        digest: p.digest,
        layers: p.layers.map((l, i) => ({
            digest: l.digest,
            ...(p.config.rootfs?.diff_ids?.[i] ? { diffId: p.config.rootfs.diff_ids[i] } : {}),
            mediaType: l.mediaType,
            size: l.size,
            open: () => l.open()
        }))
    }));
    return {
        image: { name, digest: described.digest, platforms: scanned },
        ...(source.repository
            ? {
                subject: {
                    repository: source.repository,
                    descriptor: {
                        mediaType: described.mediaType,
                        digest: described.digest,
                        size: described.bytes.length
                    }
                }
            }
            : {})
    };
}
/** The requested platforms (all when none are), each one the image must have. */
function pickPlatforms(have, wanted, name) {
    if (!wanted.length) {
        if (!have.length)
            throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(name)} has no platform gantry can scan.`, {
                input: INPUT,
                fix: 'scan a Linux container image.'
            });
        return have;
    }
    return wanted.map(w => {
        const t = (0,target/* parsePlatform */.FL)(w, 'platforms');
        if (!have.some(h => (0,target/* sameTarget */.cS)(h, t)))
            throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(name)} has no ${(0,target/* toPlatform */.rE)(t)} image; it has ${have.map(target/* toPlatform */.rE).join(', ') || 'none'}.`, {
                input: 'platforms',
                fix: 'leave platforms empty to scan every platform, or name ones the image has.'
            });
        return t;
    });
}
async function fromArchive(name, file, opts) {
    const archive = await openDockerArchive(file, INPUT);
    if (archive.format === 'oci-layout') {
        const source = await oci_source/* LayoutSource */.c.open(file, INPUT);
        const opened = await fromSource(name, source, undefined, opts.platforms);
        return { image: opened.image, cleanup: async () => undefined };
    }
    const { config, layers } = archive.image;
    const platform = (0,target/* parsePlatform */.FL)([config.os, config.architecture, config.variant].filter(Boolean).join('/'), INPUT);
    pickPlatforms([platform], opts.platforms, name);
    return {
        image: {
            name,
            platforms: [
                { platform: (0,target/* toPlatform */.rE)(platform), layers: layers.map(l => ({ ...l, open: () => l.open() })) }
            ]
        },
        cleanup: async () => undefined
    };
}
/** `docker save` the image into a temporary tar (argv, never a shell), then read it as a docker-archive. */
async function fromDaemon(input, opts) {
    const dir = await opts.host.tempDir('docker-save');
    const tar = external_node_path_default().join(dir, 'image.tar');
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        await opts.host.exec('docker', ['save', '-o', tar, input.ref]);
        const opened = await fromArchive(input.name, tar, opts);
        return { image: opened.image, cleanup };
    }
    catch (err) {
        await cleanup();
        if (err instanceof exec/* ExecError */.c)
            throw new errors/* UserError */.yo(`docker save ${(0,log_safe/* oneLine */.TN)(input.ref)} failed: ${(0,log_safe/* clipLine */.DX)((err.result.stderr || err.result.stdout).trim().split('\n').at(-1) ?? '', 300)}`, { input: INPUT, fix: 'check that the Docker daemon is reachable (DOCKER_HOST) and holds this image.' });
        if (err.code === 'ENOENT')
            throw new errors/* UserError */.yo('the docker command is not installed.', {
                input: INPUT,
                fix: 'install Docker, or scan the image from a registry or an OCI layout.'
            });
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
;// CONCATENATED MODULE: ./src/scan/purl.ts
// Package URLs (the purl spec) for what the scanner inventories, built with packageurl-js so encoding and
// qualifier order follow the spec: Go modules, Alpine and Debian packages, and OCI images.

/** `pkg:golang/golang.org/x/text@v0.3.5`; the module path splits into namespace and name at its last `/`. */
function goPurl(modulePath, version) {
    const slash = modulePath.lastIndexOf('/');
    const namespace = slash > 0 ? modulePath.slice(0, slash) : undefined;
    const name = slash > 0 ? modulePath.slice(slash + 1) : modulePath;
    return new packageurl_js.PackageURL('golang', namespace, name, version || undefined, undefined, undefined).toString();
}
/** `pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3` (distro is the full VERSION_ID, as Trivy writes it). */
function apkPurl(name, version, arch, distro) {
    return new packageurl_js.PackageURL('apk', 'alpine', name, version, qualifiers({ arch, distro }), undefined).toString();
}
/** `pkg:deb/debian/libc6@2.36-9+deb12u7?arch=amd64&distro=debian-12`. */
function debPurl(vendor, name, version, arch, distro) {
    return new packageurl_js.PackageURL('deb', vendor, name, version, qualifiers({ arch, distro }), undefined).toString();
}
/** `pkg:oci/app@sha256%3A...?repository_url=registry.example%2Fteam%2Fapp` for an image with a digest. */
function ociPurl(repository, digest) {
    const name = repository.slice(repository.lastIndexOf('/') + 1).toLowerCase();
    return new packageurl_js.PackageURL('oci', undefined, name, digest, { repository_url: repository }, undefined).toString();
}
/** Parse a purl; undefined when it is not one. */
function parsePurl(text) {
    try {
        const p = PackageURL.fromString(text);
        return {
            type: p.type,
            ...(p.namespace ? { namespace: p.namespace } : {}),
            name: p.name,
            ...(p.version ? { version: p.version } : {}),
            qualifiers: { ...(p.qualifiers ?? {}) }
        };
    }
    catch {
        return undefined;
    }
}
function qualifiers(q) {
    const out = Object.fromEntries(Object.entries(q).filter((e) => !!e[1]));
    return Object.keys(out).length ? out : undefined;
}

;// CONCATENATED MODULE: ./src/scan/analyzers/os-release.ts
// Parses os-release (etc/os-release, usr/lib/os-release): the OS family and release that decide which
// vulnerability database ecosystem an image's OS packages belong to (`Alpine:v3.20`, `Debian:12`).
/** KEY=value lines with shell quoting, as the os-release manual page defines the format. */
function parseOsRelease(text) {
    const vars = {};
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (m)
            vars[m[1]] = unquote(m[2]);
    }
    const family = vars.ID?.toLowerCase();
    if (!family)
        return undefined;
    const name = vars.PRETTY_NAME || vars.NAME;
    return { family, version: vars.VERSION_ID ?? '', ...(name ? { name } : {}) };
}
function unquote(v) {
    const q = v[0];
    if ((q === '"' || q === "'") && v.endsWith(q) && v.length >= 2) {
        const body = v.slice(1, -1);
        return q === '"' ? body.replace(/\\([$"`\\])/g, '$1') : body;
    }
    return v;
}
/**
 * The OSV ecosystem for the packages of an apk or dpkg database: Alpine and Debian by release
 * (`Alpine:v3.20` from VERSION_ID major.minor, `Debian:12`), the bare family when the release is unknown;
 * another distribution using the same package manager (Wolfi, Ubuntu) gets its own name, which the database
 * may not carry.
 */
function osEcosystem(db, os) {
    const base = db === 'apk' ? 'alpine' : 'debian';
    const family = os?.family ?? base;
    if (family !== base)
        return family.charAt(0).toUpperCase() + family.slice(1);
    if (db === 'apk') {
        const m = /^(\d+)\.(\d+)/.exec(os?.version ?? '');
        return m ? `Alpine:v${m[1]}.${m[2]}` : 'Alpine';
    }
    const m = /^(\d+)/.exec(os?.version ?? '');
    return m ? `Debian:${m[1]}` : 'Debian';
}

;// CONCATENATED MODULE: ./src/scan/analyzers/apk.ts
// Alpine's installed-package database (lib/apk/db/installed): one stanza per package, `K:value` lines, a
// blank line between stanzas. Only the fields the inventory needs are read: P name, V version, A arch,
// o origin (the source package the security database is keyed by) and L license.


function parseApkInstalled(text) {
    const out = [];
    let cur = {};
    const flush = () => {
        if (cur.name && cur.version)
            out.push(cur);
        cur = {};
    };
    for (const line of text.split('\n')) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        if (line[1] !== ':')
            continue;
        const value = line.slice(2).trim();
        switch (line[0]) {
            case 'P':
                cur.name = value;
                break;
            case 'V':
                cur.version = value;
                break;
            case 'A':
                cur.arch = value;
                break;
            case 'o':
                cur.origin = value;
                break;
            case 'L':
                cur.license = value;
                break;
        }
    }
    flush();
    return out;
}
function apkPackages(records, os, location) {
    const ecosystem = osEcosystem('apk', os);
    const distro = os?.version || undefined;
    return records.map(r => ({
        kind: 'apk',
        ecosystem,
        name: r.name,
        version: r.version,
        purl: apkPurl(r.name, r.version, r.arch, distro),
        source: { name: r.origin ?? r.name, version: r.version },
        ...(r.license ? { licenses: [r.license] } : {}),
        locations: [location]
    }));
}

// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/scan/executable.ts
// Reads the headers of an executable — ELF (linux, BSDs), PE (windows) or Mach-O (darwin, ios) — to say
// what it was built for: format, GOARCH, word size and byte order, plus the section table. Tests use it to
// check cross-compiled binaries; the scan stage reads Go's build info through it (the
// `\xff Go buildinf:` blob in .go.buildinfo, __go_buildinfo or PE .data) without loading whole files.
//
// Every read is bounded: a file handle reads only the header, the section table and the name strings, at
// most a few hundred KiB however large the binary is. Anything that is not one of the three formats, or is
// cut short, is a NotExecutableError (a UserError) that says what the file looks like instead.



/** The file is not an ELF, PE or Mach-O executable, or is cut short. */
class NotExecutableError extends errors/* UserError */.yo {
    file;
    constructor(file, detail, input) {
        super(`${file} ${detail}`, {
            input,
            fix: 'point it at a compiled Go binary (ELF, PE or Mach-O), e.g. one from the go-build stage’s dist folder.'
        });
        this.file = file;
        this.name = 'NotExecutableError';
    }
}
/** Upper bounds on what the reader will read, so a hostile or broken header cannot make it read a lot. */
const executable_HEAD_BYTES = 4096;
const MAX_TABLE_BYTES = 1 << 20;
const MAX_STRTAB_BYTES = 1 << 20;
/**
 * A bounded reader over an open file. Later readers (Go build info) read further through `readAt` with
 * the offsets from `sections`.
 */
class executable_BoundedFile {
    file;
    handle;
    size;
    constructor(file, handle, size) {
        this.file = file;
        this.handle = handle;
        this.size = size;
    }
    static async open(file) {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const st = await handle.stat();
            if (!st.isFile())
                throw new NotExecutableError(file, 'is not a regular file.');
            return new executable_BoundedFile(file, handle, st.size);
        }
        catch (err) {
            await handle.close();
            throw err;
        }
    }
    /** Read exactly `length` bytes at `offset`; `what` names them for the error when the file is too short. */
    async readAt(offset, length, what) {
        if (!Number.isSafeInteger(offset) || offset < 0 || length < 0 || offset + length > this.size)
            throw new NotExecutableError(this.file, `is truncated or corrupt: its ${what} (${length} bytes at offset ${offset}) lies beyond the end of the file (${this.size} bytes).`);
        const buf = Buffer.alloc(length);
        let done = 0;
        while (done < length) {
            const { bytesRead } = await this.handle.read(buf, done, length - done, offset + done);
            if (bytesRead === 0)
                throw new NotExecutableError(this.file, `was cut short while reading its ${what}.`);
            done += bytesRead;
        }
        return buf;
    }
    close() {
        return this.handle.close();
    }
}
/**
 * A file held in memory, read with the same bounds and errors as a BoundedFile. It may be the chunks a
 * stream delivered, kept as they came: a read inside one chunk is a view of it and only a read across
 * chunks copies, so a large executable from a layer is never copied whole into one buffer (for a
 * 4-platform image of a 30 MiB Go binary that copy and its garbage were a tenth of the scan).
 */
class BufferFile {
    file;
    size;
    chunks;
    /** Where each chunk starts in the file. */
    starts = [];
    constructor(file, data) {
        this.file = file;
        this.chunks = Buffer.isBuffer(data) ? [data] : data.filter(c => c.length);
        let at = 0;
        for (const c of this.chunks) {
            this.starts.push(at);
            at += c.length;
        }
        this.size = at;
    }
    readAt(offset, length, what) {
        if (!Number.isSafeInteger(offset) || offset < 0 || length < 0 || offset + length > this.size)
            return Promise.reject(new NotExecutableError(this.file, `is truncated or corrupt: its ${what} (${length} bytes at offset ${offset}) lies beyond the end of the file (${this.size} bytes).`));
        return Promise.resolve(this.slice(offset, length));
    }
    slice(offset, length) {
        if (this.chunks.length === 0)
            return Buffer.alloc(0);
        // The last chunk starting at or before offset.
        const lo = (0,compare/* lastAtOrBefore */.AA)(this.starts, offset);
        const first = this.chunks[lo];
        const from = offset - this.starts[lo];
        if (from + length <= first.length)
            return first.subarray(from, from + length);
        const out = Buffer.allocUnsafe(length);
        let done = first.copy(out, 0, from);
        for (let i = lo + 1; done < length; i++)
            done += this.chunks[i].copy(out, done, 0, length - done);
        return out;
    }
}
/** Open a file, read its headers and section table, and close it. */
async function readExecutable(file, opts = {}) {
    const f = await executable_BoundedFile.open(file).catch((err) => {
        if (err instanceof NotExecutableError || !isErrno(err))
            throw err;
        throw new UserError(`cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}.`, {
            input: opts.input,
            fix: 'check the path.'
        });
    });
    try {
        return await parseExecutable(f);
    }
    catch (err) {
        if (err instanceof NotExecutableError && opts.input && !err.input)
            throw new NotExecutableError(file, err.detail.slice(file.length + 1), opts.input);
        throw err;
    }
    finally {
        await f.close();
    }
}
/** Read the headers of an already open file (the scan stage keeps the handle open for more reads). */
async function parseExecutable(f) {
    const head = await f.readAt(0, Math.min(executable_HEAD_BYTES, f.size), 'header');
    if (head.length >= 4 && head.readUInt32BE(0) === 0x7f454c46)
        return parseElf(f, head);
    if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a)
        return parsePe(f, head);
    if (head.length >= 4) {
        const be = head.readUInt32BE(0);
        if (be === 0xfeedface || be === 0xfeedfacf)
            return parseMachO(f, head, 'big');
        const le = head.readUInt32LE(0);
        if (le === 0xfeedface || le === 0xfeedfacf)
            return parseMachO(f, head, 'little');
        // 0xcafebabe is both a universal Mach-O and a Java class file; a small arch count means Mach-O.
        if ((be === 0xcafebabe || be === 0xcafebabf) && head.length >= 8 && head.readUInt32BE(4) < 40)
            throw new NotExecutableError(f.file, `is a universal (fat) Mach-O with ${head.readUInt32BE(4)} architectures; read one architecture (lipo -thin) instead.`);
    }
    throw new NotExecutableError(f.file, describeNonExecutable(head, f.size));
}
/** A short description of what a file that is not an executable looks like, for the error. */
function describeNonExecutable(head, size) {
    if (size === 0)
        return 'is empty, not an executable.';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x0061736d)
        return 'is a WebAssembly module; only ELF, PE and Mach-O executables are read.';
    if (head.subarray(0, 2).toString('latin1') === '#!')
        return 'is a script (starts with #!), not an executable.';
    if (head.subarray(0, 8).toString('latin1') === '!<arch>\n')
        return 'is an ar archive (a Go package archive or C library), not an executable.';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'is gzip-compressed, not an executable.';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304)
        return 'is a zip archive, not an executable.';
    const sample = head.subarray(0, 512);
    const text = sample.every(b => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127));
    const magic = [...head.subarray(0, 4)].map(b => b.toString(16).padStart(2, '0')).join(' ');
    return text
        ? 'is a text file, not an executable (no ELF, PE or Mach-O header).'
        : `is not an ELF, PE or Mach-O executable (it starts with bytes ${magic}).`;
}
function isErrno(err) {
    // Not `instanceof Error`: errors from node's fs may come from another realm (jest's VM contexts).
    return typeof err === 'object' && err !== null && typeof err.code === 'string';
}
/** Byte-order aware field access on a buffer, with 64-bit values as numbers (offsets) or bigints (addresses). */
class Fields {
    buf;
    order;
    constructor(buf, order) {
        this.buf = buf;
        this.order = order;
    }
    u16(o) {
        return this.order === 'little' ? this.buf.readUInt16LE(o) : this.buf.readUInt16BE(o);
    }
    u32(o) {
        return this.order === 'little' ? this.buf.readUInt32LE(o) : this.buf.readUInt32BE(o);
    }
    u64(o) {
        return this.order === 'little' ? this.buf.readBigUInt64LE(o) : this.buf.readBigUInt64BE(o);
    }
    /** A 64-bit file offset or size; beyond 2^53 it cannot be a real file position. */
    off64(o) {
        const v = this.u64(o);
        return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
    }
    word(o, bits) {
        return bits === 64 ? this.off64(o) : this.u32(o);
    }
    addr(o, bits) {
        return bits === 64 ? this.u64(o) : BigInt(this.u32(o));
    }
}
function cString(buf, start, end = buf.length) {
    if (start >= buf.length)
        return '';
    const nul = buf.indexOf(0, start);
    return buf.toString('latin1', start, nul < 0 || nul > end ? Math.min(end, buf.length) : nul);
}
function needHead(f, head, length, what) {
    if (head.length < length)
        throw new NotExecutableError(f.file, `is truncated: its ${what} needs ${length} bytes, the file has ${f.size}.`);
}
// ---- ELF ----------------------------------------------------------------------------------------------
const ELF_MACHINES = {
    3: () => '386',
    62: bits => (bits === 64 ? 'amd64' : 'amd64p32'),
    40: () => 'arm',
    183: () => 'arm64',
    8: (bits, order) => (bits === 64 ? 'mips64' : 'mips') + (order === 'little' ? 'le' : ''),
    20: () => 'ppc',
    21: (_bits, order) => (order === 'little' ? 'ppc64le' : 'ppc64'),
    22: bits => (bits === 64 ? 's390x' : 's390'),
    243: bits => (bits === 64 ? 'riscv64' : 'riscv'),
    258: bits => (bits === 64 ? 'loong64' : 'loong32'),
    43: () => 'sparc64'
};
/** ELF OS ABIs that name a GOOS; Go's linux binaries say 0 (System V), which names none. */
const ELF_OSABI = {
    2: 'netbsd',
    3: 'linux',
    6: 'solaris',
    9: 'freebsd',
    12: 'openbsd'
};
async function parseElf(f, head) {
    needHead(f, head, 16, 'ELF identification');
    const cls = head[4];
    const data = head[5];
    if (cls !== 1 && cls !== 2)
        throw new NotExecutableError(f.file, `has an ELF header with an invalid class (${cls}).`);
    if (data !== 1 && data !== 2)
        throw new NotExecutableError(f.file, `has an ELF header with an invalid byte order (${data}).`);
    const bits = cls === 2 ? 64 : 32;
    const order = data === 1 ? 'little' : 'big';
    needHead(f, head, bits === 64 ? 64 : 52, 'ELF header');
    const h = new Fields(head, order);
    const type = h.u16(16);
    const machine = h.u16(18);
    // Field offsets after e_entry shift by the word size.
    const w = bits === 64 ? 8 : 4;
    const shoff = h.word(24 + 2 * w, bits);
    const flags = h.u32(24 + 3 * w);
    // e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx follow e_flags, two bytes each.
    const half = 24 + 3 * w + 4;
    const shentsize = h.u16(half + 6);
    let shnum = h.u16(half + 8);
    let shstrndx = h.u16(half + 10);
    const info = {
        format: 'elf',
        arch: ELF_MACHINES[machine]?.(bits, order) ?? 'unknown',
        bits,
        byteOrder: order,
        kind: type === 2 ? 'executable' : type === 3 ? 'shared' : type === 1 ? 'object' : 'other',
        machine,
        sections: []
    };
    const goos = ELF_OSABI[head[7]];
    if (goos)
        info.goos = goos;
    if (machine === 40) {
        const float = flags & 0x400 ? 'hard' : flags & 0x200 ? 'soft' : undefined;
        info.arm = { eabi: flags >>> 24, ...(float ? { float } : {}) };
    }
    if (shoff === 0)
        return info;
    const entsize = bits === 64 ? 64 : 40;
    if (shentsize < entsize)
        throw new NotExecutableError(f.file, `has a corrupt ELF header (section entry size ${shentsize}).`);
    // More than 0xff00 sections (or their string table index) spill into section 0's size and link fields.
    if (shnum === 0 || shstrndx === 0xffff) {
        const s0 = new Fields(await f.readAt(shoff, entsize, 'ELF section header 0'), order);
        if (shnum === 0)
            shnum = s0.word(bits === 64 ? 32 : 20, bits);
        if (shstrndx === 0xffff)
            shstrndx = s0.u32(bits === 64 ? 40 : 24);
    }
    if (shnum * shentsize > MAX_TABLE_BYTES)
        throw new NotExecutableError(f.file, `claims ${shnum} ELF sections, more than this reader accepts.`);
    const table = new Fields(await f.readAt(shoff, shnum * shentsize, 'ELF section header table'), order);
    const raw = Array.from({ length: shnum }, (_, i) => {
        const o = i * shentsize;
        const shType = table.u32(o + 4);
        return {
            nameOff: table.u32(o),
            addr: table.addr(o + (bits === 64 ? 16 : 12), bits),
            offset: table.word(o + (bits === 64 ? 24 : 16), bits),
            size: table.word(o + (bits === 64 ? 32 : 20), bits),
            nobits: shType === 8
        };
    });
    let names = Buffer.alloc(0);
    const strtab = raw[shstrndx];
    if (shstrndx !== 0 && strtab && !strtab.nobits)
        names = await f.readAt(strtab.offset, Math.min(strtab.size, MAX_STRTAB_BYTES), 'ELF section name table');
    info.sections = raw.slice(1).map(s => ({
        name: cString(names, s.nameOff),
        offset: s.nobits ? 0 : s.offset,
        size: s.nobits ? 0 : s.size,
        addr: s.addr
    }));
    return info;
}
// ---- PE -----------------------------------------------------------------------------------------------
const PE_MACHINES = {
    0x14c: { arch: '386', bits: 32 },
    0x8664: { arch: 'amd64', bits: 64 },
    0x1c0: { arch: 'arm', bits: 32 },
    0x1c4: { arch: 'arm', bits: 32 },
    0xaa64: { arch: 'arm64', bits: 64 },
    0x5064: { arch: 'riscv64', bits: 64 },
    0x6264: { arch: 'loong64', bits: 64 }
};
async function parsePe(f, head) {
    needHead(f, head, 64, 'DOS header');
    const peOff = head.readUInt32LE(0x3c);
    const coff = await f.readAt(peOff, 24, 'PE header').catch(() => undefined);
    if (!coff || coff.readUInt32BE(0) !== 0x50450000)
        throw new NotExecutableError(f.file, coff
            ? 'is an MS-DOS executable without a PE header, not a Windows program.'
            : `is truncated: its PE header (at offset ${peOff}) lies beyond the end of the file (${f.size} bytes).`);
    const machine = coff.readUInt16LE(4);
    const nsects = coff.readUInt16LE(6);
    const symtab = coff.readUInt32LE(8 + 4);
    const nsyms = coff.readUInt32LE(8 + 8);
    const optSize = coff.readUInt16LE(20);
    const characteristics = coff.readUInt16LE(22);
    // The optional header's magic gives the word size even for machines this reader does not name; its
    // ImageBase (32 bits at 28 in PE32, 64 bits at 24 in PE32+) turns pointers in data into section addresses.
    const opt = optSize >= 32 ? await f.readAt(peOff + 24, 32, 'PE optional header') : undefined;
    const magic = opt ? opt.readUInt16LE(0) : 0;
    const known = PE_MACHINES[machine];
    const bits = magic === 0x20b ? 64 : magic === 0x10b ? 32 : (known?.bits ?? 32);
    const imageBase = magic === 0x20b
        ? opt?.readBigUInt64LE(24)
        : magic === 0x10b
            ? BigInt(opt?.readUInt32LE(28) ?? 0)
            : undefined;
    const info = {
        format: 'pe',
        arch: known?.arch ?? 'unknown',
        bits,
        byteOrder: 'little',
        kind: characteristics & 0x2000 ? 'shared' : characteristics & 0x2 ? 'executable' : 'other',
        machine,
        goos: 'windows',
        ...(imageBase !== undefined ? { imageBase } : {}),
        sections: []
    };
    if (nsects * 40 > MAX_TABLE_BYTES)
        throw new NotExecutableError(f.file, `claims ${nsects} PE sections, more than this reader accepts.`);
    const table = await f.readAt(peOff + 24 + optSize, nsects * 40, 'PE section table');
    // Names longer than 8 bytes are "/<decimal offset>" into the COFF string table after the symbols.
    let strings;
    const longName = async (ref) => {
        if (!symtab)
            return ref;
        if (!strings) {
            const at = symtab + nsyms * 18;
            if (at + 4 > f.size)
                return ref;
            const len = Math.min((await f.readAt(at, 4, 'COFF string table')).readUInt32LE(0), MAX_STRTAB_BYTES);
            strings = await f.readAt(at, Math.min(len, f.size - at), 'COFF string table');
        }
        return cString(strings, Number(ref.slice(1)));
    };
    for (let i = 0; i < nsects; i++) {
        const o = i * 40;
        let name = cString(table, o, o + 8);
        if (/^\/\d+$/.test(name))
            name = await longName(name);
        const rawSize = table.readUInt32LE(o + 16);
        info.sections.push({
            name,
            offset: rawSize ? table.readUInt32LE(o + 20) : 0,
            size: rawSize,
            addr: BigInt(table.readUInt32LE(o + 12))
        });
    }
    return info;
}
// ---- Mach-O -------------------------------------------------------------------------------------------
const CPU_ABI64 = 0x01000000;
const MACHO_CPUS = {
    7: '386',
    [7 | CPU_ABI64]: 'amd64',
    12: 'arm',
    [12 | CPU_ABI64]: 'arm64',
    18: 'ppc',
    [18 | CPU_ABI64]: 'ppc64'
};
/** LC_BUILD_VERSION platforms that name a GOOS. */
const MACHO_PLATFORMS = { 1: 'darwin', 2: 'ios', 6: 'darwin', 7: 'ios' };
async function parseMachO(f, head, order) {
    const h = new Fields(head, order);
    const bits = h.u32(0) === 0xfeedfacf ? 64 : 32;
    const hsize = bits === 64 ? 32 : 28;
    needHead(f, head, hsize, 'Mach-O header');
    const cpu = h.u32(4);
    const filetype = h.u32(12);
    const ncmds = h.u32(16);
    const sizeofcmds = h.u32(20);
    const info = {
        format: 'macho',
        arch: MACHO_CPUS[cpu] ?? 'unknown',
        bits,
        byteOrder: order,
        kind: filetype === 2
            ? 'executable'
            : filetype === 6 || filetype === 8
                ? 'shared'
                : filetype === 1
                    ? 'object'
                    : 'other',
        machine: cpu,
        goos: 'darwin',
        sections: []
    };
    if (sizeofcmds > MAX_TABLE_BYTES)
        throw new NotExecutableError(f.file, `claims ${sizeofcmds} bytes of Mach-O load commands, more than this reader accepts.`);
    const cmds = new Fields(await f.readAt(hsize, sizeofcmds, 'Mach-O load commands'), order);
    const corrupt = () => new NotExecutableError(f.file, 'has corrupt Mach-O load commands.');
    let o = 0;
    for (let i = 0; i < ncmds; i++) {
        if (o + 8 > sizeofcmds)
            throw corrupt();
        const cmd = cmds.u32(o);
        const size = cmds.u32(o + 4);
        if (size < 8 || o + size > sizeofcmds)
            throw corrupt();
        if (cmd === 0x19 || cmd === 0x1) {
            // LC_SEGMENT_64 / LC_SEGMENT, followed by their section headers.
            const seg64 = cmd === 0x19;
            const nsects = cmds.u32(o + (seg64 ? 64 : 48));
            const first = o + (seg64 ? 72 : 56);
            const step = seg64 ? 80 : 68;
            if (first + nsects * step > o + size)
                throw corrupt();
            for (let s = 0; s < nsects; s++) {
                const so = first + s * step;
                const sflags = cmds.u32(so + (seg64 ? 64 : 56));
                // S_ZEROFILL (1) and the thread-local zero fill (0x12) take no file space.
                const zero = (sflags & 0xff) === 1 || (sflags & 0xff) === 0x12;
                info.sections.push({
                    name: cString(cmds.buf, so, so + 16),
                    segment: cString(cmds.buf, so + 16, so + 32),
                    offset: zero ? 0 : cmds.u32(so + (seg64 ? 48 : 40)),
                    size: zero ? 0 : seg64 ? cmds.off64(so + 40) : cmds.u32(so + 36),
                    addr: cmds.addr(so + 32, bits)
                });
            }
        }
        else if (cmd === 0x32 && size >= 12) {
            // LC_BUILD_VERSION says which Apple platform the binary is for.
            const goos = MACHO_PLATFORMS[cmds.u32(o + 8)];
            if (goos)
                info.goos = goos;
        }
        o += size;
    }
    return info;
}
/** The section holding Go's build info, where the format names one (ELF .go.buildinfo, Mach-O __go_buildinfo). */
function buildInfoSection(info) {
    const names = info.format === 'pe' ? ['.data'] : ['.go.buildinfo', '__go_buildinfo'];
    return info.sections.find(s => names.includes(s.name) && s.size > 0);
}

;// CONCATENATED MODULE: ./src/scan/go-buildinfo.ts
// Reads the build info the Go linker embeds in every executable since Go 1.13: the `\xff Go buildinf:`
// blob with the toolchain version and the module info (`path`, `mod`, `dep`, `=>`, `build` lines). Written
// from the format as Go's debug/buildinfo and runtime/debug describe it: a 32-byte header (magic, pointer
// size, flags), then either the two strings inline with varint lengths (Go 1.18+) or, before 1.18, two
// pointers to Go string headers that are resolved through the section table. Every read is bounded.
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ALIGN = 16;
const HEADER_SIZE = 32;
/** The search for the header reads the data section in chunks of this size. */
const SEARCH_CHUNK = 64 * 1024;
/** No real version or module info string comes near this; a larger length is corruption. */
const MAX_STRING = 16 << 20;
/**
 * Find and decode the build info blob; undefined when the executable has none (not a Go binary, or a Go
 * binary older than 1.13). Format errors in a blob that is there are errors.
 */
async function readRawBuildInfo(f, exe) {
    const region = dataRegion(exe);
    if (!region)
        return undefined;
    const at = await searchMagic(f, region.offset, region.size);
    if (at === undefined)
        return undefined;
    const header = await f.readAt(at, HEADER_SIZE, 'Go build info header');
    const ptrSize = header[14];
    const flags = header[15];
    let version;
    let modinfo;
    let format;
    if (flags & 0x2) {
        format = 'inline';
        const end = region.offset + region.size;
        const v = await decodeString(f, at + HEADER_SIZE, end);
        version = v.text;
        modinfo = (await decodeString(f, v.next, end)).text;
    }
    else {
        format = 'pointer';
        if (ptrSize !== 4 && ptrSize !== 8)
            return undefined;
        const big = (flags & 0x1) === 1;
        const readPtr = (b, o) => ptrSize === 8
            ? big
                ? b.readBigUInt64BE(o)
                : b.readBigUInt64LE(o)
            : BigInt(big ? b.readUInt32BE(o) : b.readUInt32LE(o));
        const readString = async (addr) => {
            const hdr = await readAddr(f, exe, addr, 2 * ptrSize, 'Go string header');
            const len = readPtr(hdr, ptrSize);
            if (len > BigInt(MAX_STRING))
                throw corrupt(f, `a string of ${len} bytes`);
            return (await readAddr(f, exe, readPtr(hdr, 0), Number(len), 'Go string')).toString('utf8');
        };
        version = await readString(readPtr(header, 16));
        modinfo = await readString(readPtr(header, 16 + ptrSize));
    }
    if (!version)
        return undefined;
    // The module info is framed by two 16-byte sentinels; without the frame there is none.
    modinfo = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n' ? modinfo.slice(16, -16) : '';
    return { version, modinfo, format };
}
/** Read a binary's build info and parse it; undefined when it has none. */
async function readGoBuildInfo(f, exe) {
    const raw = await readRawBuildInfo(f, exe);
    return raw && parseModInfo(raw.version, raw.modinfo);
}
/**
 * Parse the module info text the way runtime/debug.ParseBuildInfo does: tab-separated lines, `=>` applies
 * to the module on the line before it, `build` keys and values are Go-quoted when they hold spaces, tabs,
 * quotes or `=`. Unknown lines are ignored (newer toolchains may add some).
 */
function parseModInfo(goVersion, modinfo) {
    const info = { goVersion, deps: [], settings: [] };
    let last;
    for (const line of modinfo.split('\n')) {
        const [kind, ...rest] = line.split('\t');
        if (kind === 'path')
            info.path = rest[0];
        else if (kind === 'mod' || kind === 'dep') {
            const m = go_buildinfo_module(rest);
            if (!m)
                continue;
            if (kind === 'mod')
                info.main = m;
            else
                info.deps.push(m);
            last = m;
        }
        else if (kind === '=>') {
            const m = go_buildinfo_module(rest);
            if (m && last && !last.replace)
                last.replace = m;
        }
        else if (kind === 'build') {
            const setting = parseSetting(rest.join('\t'));
            if (setting)
                info.settings.push(setting);
        }
        if (kind !== 'mod' && kind !== 'dep')
            last = undefined;
    }
    return info;
}
function go_buildinfo_module(fields) {
    const [path, version = '', sum = ''] = fields;
    if (!path)
        return undefined;
    return sum ? { path, version, sum } : { path, version };
}
function parseSetting(text) {
    let key;
    let rest;
    if (text.startsWith('"')) {
        const q = quotedPrefix(text);
        if (q === undefined || text[q.length] !== '=')
            return undefined;
        key = q.value;
        rest = text.slice(q.length + 1);
    }
    else {
        const eq = text.indexOf('=');
        if (eq <= 0)
            return undefined;
        key = text.slice(0, eq);
        rest = text.slice(eq + 1);
    }
    if (rest.startsWith('"')) {
        const q = quotedPrefix(rest);
        if (q === undefined || q.length !== rest.length)
            return undefined;
        return { key, value: q.value };
    }
    return { key, value: rest };
}
const ESCAPES = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    '"': '"',
    "'": "'"
};
/** Decode a Go double-quoted string literal at the start of `s` (strconv.Unquote's rules). */
function quotedPrefix(s) {
    if (s[0] !== '"')
        return undefined;
    const bytes = [];
    const pushText = (t) => {
        for (const b of Buffer.from(t, 'utf8'))
            bytes.push(b);
    };
    for (let i = 1; i < s.length;) {
        const c = s[i];
        if (c === '"')
            return { value: Buffer.from(bytes).toString('utf8'), length: i + 1 };
        if (c === '\n')
            return undefined;
        if (c !== '\\') {
            const cp = s.codePointAt(i) ?? 0;
            const ch = String.fromCodePoint(cp);
            pushText(ch);
            i += ch.length;
            continue;
        }
        const e = s[i + 1];
        if (e === undefined)
            return undefined;
        if (e in ESCAPES) {
            pushText(ESCAPES[e]);
            i += 2;
        }
        else if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = s.slice(i + 2, i + 2 + n);
            if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                return undefined;
            const v = parseInt(hex, 16);
            if (e === 'x')
                bytes.push(v);
            else if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
                return undefined;
            else
                pushText(String.fromCodePoint(v));
            i += 2 + n;
        }
        else if (e >= '0' && e <= '7') {
            const oct = s.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255)
                return undefined;
            bytes.push(parseInt(oct, 8));
            i += 4;
        }
        else
            return undefined;
    }
    return undefined;
}
/** The file region the header is searched in, as Go's reader picks it for each format. */
function dataRegion(exe) {
    const named = (names) => exe.sections.find(s => names.includes(s.name) && s.size > 0);
    let s;
    if (exe.format === 'elf')
        s = named(['.go.buildinfo']);
    else if (exe.format === 'pe')
        s = named(['.data']);
    else
        s = named(['__go_buildinfo']) ?? exe.sections.find(x => x.segment === '__DATA' && x.size > 0);
    return s && { offset: s.offset, size: s.size };
}
/** The first 16-byte aligned header in the region, read in bounded chunks. */
async function searchMagic(f, offset, size) {
    const end = Math.min(offset + size, f.size);
    // Alignment is of addresses; sections start aligned, so offsets from the section start will do.
    for (let start = offset; start < end; start += SEARCH_CHUNK) {
        const len = Math.min(SEARCH_CHUNK, end - start);
        const chunk = await f.readAt(start, len, 'Go build info search');
        for (let i = chunk.indexOf(MAGIC); i >= 0; i = chunk.indexOf(MAGIC, i + 1)) {
            if (i % ALIGN !== 0)
                continue;
            return end - (start + i) >= HEADER_SIZE ? start + i : undefined;
        }
    }
    return undefined;
}
/** A uvarint length and that many bytes, inside [at, end). */
async function decodeString(f, at, end) {
    const head = await f.readAt(at, Math.min(10, end - at), 'Go build info string length');
    let len = 0;
    let n = 0;
    for (let shift = 0;; shift += 7) {
        if (n >= head.length)
            throw corrupt(f, 'an unterminated string length');
        const b = head[n++];
        len += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            break;
    }
    if (len > MAX_STRING || at + n + len > end)
        throw corrupt(f, `a string of ${len} bytes`);
    const text = (await f.readAt(at + n, len, 'Go build info string')).toString('utf8');
    return { text, next: at + n + len };
}
/** Read bytes at a virtual address, through the section that holds it. */
async function readAddr(f, exe, addr, length, what) {
    const a = exe.format === 'pe' ? addr - (exe.imageBase ?? 0n) : addr;
    const s = exe.sections.find(x => x.size > 0 && a >= x.addr && a < x.addr + BigInt(x.size));
    if (!s)
        throw corrupt(f, `a ${what} at address 0x${addr.toString(16)} outside every section`);
    const off = Number(a - s.addr);
    if (off + length > s.size)
        throw corrupt(f, `a ${what} that runs past the end of ${s.name}`);
    return f.readAt(s.offset + off, length, what);
}
/** The build info is there but does not decode. */
class BuildInfoError extends Error {
    file;
    constructor(file, detail) {
        super(`${file}: corrupt Go build info (${detail}).`);
        this.file = file;
        this.name = 'BuildInfoError';
    }
}
function corrupt(f, what) {
    return new BuildInfoError(f.file, `it has ${what}`);
}

;// CONCATENATED MODULE: ./src/scan/analyzers/analyzer.ts
// The analyzer interface the file walkers (image layers, paths on disk) drive: an analyzer picks files by
// path, size and first bytes, then reads the ones it wants through bounded random access. Built-in ones
// read OS release files, package databases and Go build info; the secret scanner plugs in the same way.
/** How many leading bytes a FileCandidate carries. */
const analyzer_HEAD_BYTES = 64;
/** The whole file as text; the walker has already checked `size` against the analyzer's maxBytes. */
async function readText(file) {
    return (await file.data.readAt(0, file.size, 'contents')).toString('utf8');
}

;// CONCATENATED MODULE: ./src/scan/analyzers/dpkg.ts
// Debian's package database: var/lib/dpkg/status (paragraphs of `Field: value` lines, continuation lines
// start with a space, a blank line between paragraphs) and the per-package files distroless images keep in
// var/lib/dpkg/status.d/ instead. Only installed packages count: `Status: install ok installed` in the main
// file; status.d files often carry no Status, and then the package is installed by being there.


function parseDpkgStatus(text, opts) {
    const out = [];
    for (const para of text.split(/\n[ \t]*\n/)) {
        const fields = new Map();
        for (const line of para.split('\n')) {
            if (/^[ \t]/.test(line))
                continue; // continuation lines belong to fields the inventory does not read
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            fields.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
        }
        const name = fields.get('package');
        const version = fields.get('version');
        if (!name || !version)
            continue;
        const status = fields.get('status');
        if (status !== undefined ? status.split(/\s+/)[2] !== 'installed' : opts.statusRequired)
            continue;
        // `Source: name` or `Source: name (version)`; a binary rebuilt from an older source names its version.
        const m = /^(\S+)(?:\s+\((\S+)\))?$/.exec(fields.get('source') ?? '');
        const arch = fields.get('architecture');
        out.push({
            name,
            version,
            ...(arch ? { arch } : {}),
            source: { name: m?.[1] ?? name, version: m?.[2] ?? version }
        });
    }
    return out;
}
function dpkgPackages(records, os, location) {
    const ecosystem = osEcosystem('dpkg', os);
    const vendor = os?.family ?? 'debian';
    // Debian's VERSION_ID is the major release (`12`): `distro=debian-12`.
    const distro = os?.version ? `${vendor}-${os.version}` : undefined;
    return records.map(r => ({
        kind: 'dpkg',
        ecosystem,
        name: r.name,
        version: r.version,
        purl: debPurl(vendor, r.name, r.version, r.arch, distro),
        source: r.source,
        locations: [location]
    }));
}

;// CONCATENATED MODULE: ./src/scan/analyzers/builtin.ts
// The analyzers every scan runs: OS release files, Alpine's and Debian's package databases, and Go build
// info from executables (found by magic bytes, whatever their name or mode).






/** Where each database lives, in the order they are tried; `usr/` forms cover merged-/usr images. */
const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'];
const APK_DB_PATHS = ['lib/apk/db/installed', 'usr/lib/apk/db/installed'];
const DPKG_STATUS_PATH = 'var/lib/dpkg/status';
const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d';
/** Paths the inventory resolves through symlinks; links on the way to them are the only ones kept. */
const WELL_KNOWN_PATHS = [
    ...OS_RELEASE_PATHS,
    ...APK_DB_PATHS,
    DPKG_STATUS_PATH,
    DPKG_STATUS_DIR
];
const MiB = 1 << 20;
const osReleaseAnalyzer = {
    name: 'os-release',
    maxBytes: 64 * 1024,
    wants: f => OS_RELEASE_PATHS.includes(f.path),
    analyze: async (f) => parseOsRelease(await readText(f))
};
const apkAnalyzer = {
    name: 'apk',
    maxBytes: 64 * MiB,
    wants: f => APK_DB_PATHS.includes(f.path),
    analyze: async (f) => parseApkInstalled(await readText(f))
};
/** A file directly in status.d; newer distroless images put `<pkg>.md5sums` beside each package file. */
function isDpkgStatusFile(path) {
    if (path === DPKG_STATUS_PATH)
        return true;
    if (!path.startsWith(`${DPKG_STATUS_DIR}/`))
        return false;
    const name = path.slice(DPKG_STATUS_DIR.length + 1);
    return !name.includes('/') && !name.endsWith('.md5sums') && !name.startsWith('.');
}
const dpkgAnalyzer = {
    name: 'dpkg',
    maxBytes: 64 * MiB,
    wants: f => isDpkgStatusFile(f.path),
    analyze: async (f) => parseDpkgStatus(await readText(f), { statusRequired: f.path === DPKG_STATUS_PATH })
};
/** ELF, PE (MZ) and thin Mach-O in either byte order; universal binaries and Java classes share 0xcafebabe. */
function looksExecutable(head) {
    if (head.length < 4)
        return false;
    const be = head.readUInt32BE(0);
    return (be === 0x7f454c46 ||
        (head[0] === 0x4d && head[1] === 0x5a) ||
        be === 0xfeedface ||
        be === 0xfeedfacf ||
        be === 0xcefaedfe ||
        be === 0xcffaedfe);
}
function goBinaryAnalyzer(maxBytes) {
    return {
        name: 'go-binary',
        maxBytes,
        wants: (f) => looksExecutable(f.head),
        analyze: async (f) => readGoBuildInfo(f.data, await parseExecutable(f.data))
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./src/model/semver.ts
// Versions: one strict SemVer 2.0 parser for every stage (node-semver's valid() accepts spaces and loose
// forms, so a strict pattern guards it) that keeps build metadata, and ranking with node-semver, never with
// git's sort (which puts -rc.1 above the release).


// semver.org's recommended pattern: no leading zeros, dot-separated prerelease and build identifiers.
const STRICT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** A strict semver string (no prefix) as node-semver's object (build metadata in `.build`), or undefined. */
function parseStrict(text) {
    if (!STRICT.test(text))
        return undefined;
    return semver_default().parse(text) ?? undefined;
}
/** A version input: strict semver with an optional leading `v`, build metadata kept. */
function parseVersionInput(value, input = 'version') {
    const text = value.trim().replace(/^v(?=\d)/, '');
    const v = parseStrict(text);
    if (!v)
        throw new UserError(`"${value}" is not a semantic version.`, {
            input,
            fix: 'write MAJOR.MINOR.PATCH with an optional -prerelease and +build (as in 1.4.0, 1.4.0-rc.1 or 1.4.0+build.5), see semver.org.'
        });
    return v;
}
/** The version as written, build metadata included (node-semver's `.version` leaves it out). */
function fullVersion(v) {
    return v.build.length ? `${v.version}+${v.build.join('.')}` : v.version;
}
function isStable(v) {
    return v.prerelease.length === 0;
}
/** Highest first. */
function rcompare(a, b) {
    return semver.rcompare(a, b);
}
function semver_compare(a, b) {
    return semver.compare(a, b);
}
/** major.minor.patch of a version, without prerelease or build. */
function baseOf(v) {
    return new semver.SemVer(`${v.major}.${v.minor}.${v.patch}`);
}
function sv(text) {
    return new semver.SemVer(text);
}
/** A version input as text: no leading `v`, build metadata kept (`v1.2.3+build.5` → `1.2.3+build.5`). */
function normalizeVersion(value, input = 'version') {
    return fullVersion(parseVersionInput(value, input));
}

;// CONCATENATED MODULE: ./src/scan/versions/go.ts
// Go module versions ordered as golang.org/x/mod/semver orders them: SemVer 2.0 precedence after the `v`,
// with build metadata ignored (so `v2.0.0+incompatible` equals `v2.0.0`) and pseudo-versions ordered as the
// prereleases they are. node-semver does the ranking; this file only normalises the spellings Go uses.


// x/mod/semver accepts `v1` and `v1.2` as shorthands for `v1.0.0` and `v1.2.0` (without prerelease or build).
const SHORTHAND = /^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/;
/**
 * A Go version (`v1.2.3`, `1.2.3`, `v0.0.0-20210101000000-abcdef123456`, `v2.0.0+incompatible`, `v1.2`) as a
 * node-semver object, or undefined when it is not one (`(devel)`, an empty string, a branch name).
 */
function parseGoVersion(text) {
    const hit = parsed.get(text);
    if (hit !== undefined)
        return hit ?? undefined;
    const bare = text.startsWith('v') ? text.slice(1) : text;
    const short = SHORTHAND.exec(bare);
    const v = short ? parseStrict(`${short[1]}.${short[2] ?? '0'}.0`) : parseStrict(bare);
    if (parsed.size >= PARSED_MAX)
        parsed.clear();
    parsed.set(text, v ?? null);
    return v;
}
// Matching compares the same few thousand database versions over and over: parse each once. The objects are
// never mutated (compare() only reads them). Bounded so a hostile database cannot grow it without end.
const PARSED_MAX = 100_000;
const parsed = new Map();
/** Is `text` a version Go can order? */
function isGoVersion(text) {
    return parseGoVersion(text) !== undefined;
}
/**
 * Compare two Go versions (-1, 0, 1). Throws on a string that is not a version: callers check with
 * parseGoVersion first, as the matcher does.
 */
function compareGo(a, b) {
    const x = parseGoVersion(a);
    const y = parseGoVersion(b);
    if (!x || !y)
        throw new Error(`not a Go version: ${JSON.stringify(x ? b : a)}`);
    // compare(), not compareBuild(): build metadata (+incompatible) has no precedence, as in x/mod/semver.
    return semver.compare(x, y);
}
// Go release tags: go1, go1.2, go1.21.0, go1.9beta1, go1.21rc2 (and the old go1.9.2-pre1 style is not used).
const GO_TAG = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;
/**
 * A Go toolchain version as the build info records it (`go1.22.3`, `go1.21rc2`, `go1.26.8 X:jsonv2`) in the
 * SemVer form the Go vulnerability database uses for `stdlib` and `toolchain` (`v1.22.3`, `v1.21.0-rc.2`);
 * undefined for what is not a release (`devel +abc`). Rules as govulncheck's: a missing minor or patch is 0,
 * a prerelease `rcN`/`betaN` becomes `-rc.N`/`-beta.N`.
 */
function goTagToSemver(tag) {
    const first = tag.trim().split(/\s+/)[0] ?? '';
    const m = GO_TAG.exec(first);
    if (!m)
        return undefined;
    const [, major, minor = '0', patch = '0', pre, preNum] = m;
    // `go1.0` was never a release name (go1 was); x/vuln maps it to nothing, and so do we.
    if (first === 'go1.0')
        return undefined;
    const v = `v${Number(major)}.${Number(minor)}.${Number(patch)}${pre ? `-${pre}.${Number(preNum)}` : ''}`;
    return parseGoVersion(v) ? v : undefined;
}

;// CONCATENATED MODULE: ./src/scan/analyzers/go-binary.ts
// Turns a Go executable's build info into inventory: a `stdlib` package at the toolchain version, the main
// module, every linked dependency (replacements resolved as govulncheck and Trivy resolve them), and a
// GoBinary record with the build settings.



/**
 * The version of a main module built without one (`(devel)`, before Go 1.24 or outside a VCS checkout),
 * from a `-X <pkg>.version=<semver>` linker flag the way release tools set it (gantry's default ldflags set
 * `main.version`). Only strict semver is taken, build metadata kept (`0.0.0-dev+abc1234`). Go records -ldflags only in builds without -trimpath.
 */
function ldflagsVersion(settings) {
    const ldflags = settings.find(s => s.key === '-ldflags')?.value;
    if (!ldflags)
        return undefined;
    const words = ldflags.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
        let def;
        if (words[i] === '-X' || words[i] === '--X')
            def = words[i + 1];
        else if (/^--?X=/.test(words[i]))
            def = words[i].replace(/^--?X=/, '');
        const m = def && /^(?:main|.*\/version)\.[Vv]ersion=["']?([^"']+)["']?$/.exec(def);
        if (!m)
            continue;
        const v = parseStrict(m[1].replace(/^v(?=\d)/, ''));
        if (v)
            return `v${fullVersion(v)}`;
    }
    return undefined;
}
/** The packages and binary record for one Go executable found at `location`. */
function goBinaryInventory(info, location) {
    const notes = [];
    const packages = [];
    const settings = {};
    for (const s of info.settings)
        settings[s.key] = s.value;
    const binary = {
        location,
        goVersion: info.goVersion,
        ...(info.path ? { path: info.path } : {}),
        ...(info.main?.path ? { mainModule: info.main.path } : {}),
        settings
    };
    const std = goTagToSemver(info.goVersion);
    if (std)
        packages.push({
            kind: 'go-stdlib',
            ecosystem: 'Go',
            name: 'stdlib',
            version: std,
            purl: goPurl('stdlib', std),
            locations: [location]
        });
    else
        notes.push(`${location.path}: Go version "${info.goVersion}" is not a release; stdlib is not inventoried.`);
    if (info.main) {
        const version = info.main.version && info.main.version !== '(devel)'
            ? info.main.version
            : (ldflagsVersion(info.settings) ?? '');
        packages.push({
            kind: 'go-module',
            ecosystem: 'Go',
            name: info.main.path,
            version,
            purl: goPurl(info.main.path, version),
            main: true,
            locations: [location]
        });
    }
    for (const dep of info.deps)
        packages.push(modulePackage(dep, location));
    return { binary, packages, notes };
}
function modulePackage(dep, location) {
    const r = dep.replace;
    if (!r) {
        return {
            kind: 'go-module',
            ecosystem: 'Go',
            name: dep.path,
            version: dep.version,
            purl: goPurl(dep.path, dep.version),
            locations: [location]
        };
    }
    // A module replacement links another module at its version; a directory replacement (`=> ./local
    // (devel)`) links local code that has no version, so the required path stays the name.
    const version = r.version === '(devel)' ? '' : r.version;
    const name = version ? r.path : dep.path;
    return {
        kind: 'go-module',
        ecosystem: 'Go',
        name,
        version,
        purl: goPurl(name, version),
        replace: version ? { path: r.path, version } : { path: r.path },
        replaces: { path: dep.path, version: dep.version },
        locations: [location]
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/util/code-identity.ts
// The identity of the running code, for caches of what the code computed: the sha256 of the bundle this
// module is in (dist/<entry>/main.js with the chunks beside it, since the CLI loads each stage as a chunk;
// this source file under tests). Any change to the bundle, an analyzer's included, gives other keys, even
// where the version number stayed the same (an action used at a branch or commit).





let identity;
// A bundle's files: main.js and the chunks ncc writes beside it (`<id>.index.js`).
const BUNDLE_FILE = /^(main|\d+\.index)\.js$/;
/**
 * The sha256 of the running code: of every .js file of the bundle (names and bytes), or of this file
 * outside one (the tests, run from source).
 */
function codeIdentityOf(self) {
    if (!BUNDLE_FILE.test(external_node_path_default().basename(self)))
        return (0,util_digest/* sha256Hex */.fg)((0,external_node_fs_.readFileSync)(self));
    const dir = external_node_path_default().dirname(self);
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const f of (0,external_node_fs_.readdirSync)(dir)
        .filter(n => BUNDLE_FILE.test(n))
        .sort())
        h.update(`${f}\0`).update((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, f)));
    return h.digest('hex');
}
/** The running bundle's sha256 (read once, about 5 ms for 2 MiB), or '' when it cannot be read. */
function codeIdentity() {
    if (identity === undefined) {
        try {
            identity = codeIdentityOf((0,external_node_url_.fileURLToPath)(import.meta.url));
        }
        catch {
            identity = '';
        }
    }
    return identity;
}

// EXTERNAL MODULE: ./src/util/disk-cache.ts
var disk_cache = __webpack_require__(708);
;// CONCATENATED MODULE: ./src/scan/layer-cache.ts
// What the analyzers found in an image layer, kept on disk under the layer's digest (as Trivy's layer cache
// and GOCACHE keep results under content hashes), so a later scan of an image with that layer replays it
// instead of downloading, inflating and analyzing it again. Only the inventory side is kept: matching
// against the vulnerability database runs on every scan.
//
// Trust model: the folder is the user's own (created 0700, refused when another user owns it or others may
// read or write it), like Trivy's cache and GOCACHE; whoever can write it can already change what this user
// runs. An entry is only written after the layer was read to its end and its bytes matched the digest. Each
// file carries the sha256 of its body and the key and digest it is for: a torn, truncated or edited entry
// (that did not also recompute the hash) or one copied under another name is a miss, never an error.
// Growth: after a scan that wrote entries, the least recently used ones (a hit refreshes an entry's time)
// are removed until the folder holds at most `maxBytes` (DEFAULT_LAYER_CACHE_BYTES).







/** Bump when what a cached layer means changes (the analyzers' results, the ops, the notes). */
const LAYER_CACHE_FORMAT = 1;
const DEFAULT_LAYER_CACHE_BYTES = 512 * 1024 * 1024;
const SUFFIX = '.layer.json';
/** Temporary files a crashed writer left behind are removed once they are this old. */
const STALE_TMP_MS = 60 * 60 * 1000;
const STRING = { type: 'string' };
const COUNT = { type: 'integer', minimum: 0 };
const OP = {
    oneOf: [
        {
            type: 'object',
            properties: {
                op: { const: 'file' },
                path: STRING,
                record: {
                    type: 'object',
                    properties: { path: STRING, results: { type: 'object' } },
                    required: ['path', 'results'],
                    additionalProperties: false
                }
            },
            required: ['op', 'path'],
            additionalProperties: false
        },
        {
            type: 'object',
            properties: { op: { enum: ['symlink', 'hardlink'] }, path: STRING, target: STRING },
            required: ['op', 'path', 'target'],
            additionalProperties: false
        },
        {
            type: 'object',
            properties: { op: { enum: ['dir', 'whiteout', 'opaque'] }, path: STRING },
            required: ['op', 'path'],
            additionalProperties: false
        }
    ]
};
const ENTRY = {
    type: 'object',
    properties: {
        key: STRING,
        digest: STRING,
        layer: {
            type: 'object',
            properties: {
                ops: { type: 'array', items: OP },
                notes: { type: 'array', items: STRING },
                entries: COUNT,
                bytes: COUNT
            },
            required: ['ops', 'notes', 'entries', 'bytes'],
            additionalProperties: false
        }
    },
    required: ['key', 'digest', 'layer'],
    additionalProperties: false
};
class LayerCache {
    dir;
    opts;
    stats = { hits: 0, misses: 0, stored: 0 };
    salt;
    analyzers;
    constructor(dir, opts) {
        this.dir = dir;
        this.opts = opts;
        this.salt = JSON.stringify([LAYER_CACHE_FORMAT, TOOL.version, codeIdentity(), opts.fingerprint]);
        this.analyzers = new Set(opts.analyzers);
    }
    /** The cache in `opts.dir`, or undefined when that folder cannot be a private cache (then none is kept). */
    static async open(opts) {
        const dir = await (0,disk_cache/* privateDir */.XK)(opts.dir);
        return dir ? new LayerCache(dir, opts) : undefined;
    }
    /** Whether a layer with this digest can be kept: only content digests gantry verifies (sha256). */
    static cacheable(digest) {
        return util_digest/* SHA256_DIGEST */.fu.test(digest);
    }
    /** The key of a layer: its digest with the format, gantry's version and code, and the configuration. */
    key(digest) {
        return (0,util_digest/* sha256Hex */.fg)(`${this.salt}\u0000${digest}`);
    }
    file(key) {
        return external_node_path_default().join(this.dir, `${key}${SUFFIX}`);
    }
    /** The cached layer, or undefined (a miss) when there is none or it is damaged, foreign or stale. */
    async get(digest) {
        const found = LayerCache.cacheable(digest) ? await this.read(digest) : undefined;
        if (found)
            this.stats.hits++;
        else
            this.stats.misses++;
        return found;
    }
    async read(digest) {
        const key = this.key(digest);
        const file = this.file(key);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            return undefined;
        }
        const entry = decodeEntry(text);
        if (!entry || entry.key !== key || entry.digest !== digest)
            return undefined;
        for (const op of entry.layer.ops)
            if (op.op === 'file' && op.record && Object.keys(op.record.results).some(a => !this.analyzers.has(a)))
                return undefined;
        const now = new Date();
        await (0,promises_.utimes)(file, now, now).catch(() => undefined);
        return entry.layer;
    }
    /** Keep a layer; failures (a full disk, a read-only folder) leave the cache as it was. */
    async put(digest, layer) {
        if (!LayerCache.cacheable(digest))
            return;
        const key = this.key(digest);
        const ops = layer.ops.map(o => o.op === 'file' && o.record ? { ...o, record: { path: o.record.path, results: o.record.results } } : o);
        try {
            await (0,disk_cache/* writeFileAtomic */.Zf)(this.file(key), encodeEntry({ key, digest, layer: { ...layer, ops } }));
            this.stats.stored++;
        }
        catch {
            // the cache is an optimisation
        }
    }
    /** Keep the folder within its size (pruneCacheFolder). */
    prune(now = Date.now()) {
        return pruneCacheFolder(this.dir, SUFFIX, this.opts.maxBytes ?? DEFAULT_LAYER_CACHE_BYTES, now);
    }
}
/**
 * Remove the least recently used entries (files ending in `suffix`, oldest modification time first: a hit
 * refreshes it) until the folder holds at most `maxBytes` of them, and temporary files a crashed writer left.
 */
async function pruneCacheFolder(dir, suffix, maxBytes, now = Date.now()) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const entries = [];
    for (const name of names) {
        const file = external_node_path_default().join(dir, name);
        const st = await (0,promises_.stat)(file).catch(() => undefined);
        if (!st?.isFile())
            continue;
        if (name.endsWith('.tmp')) {
            if (now - st.mtimeMs > STALE_TMP_MS)
                await (0,promises_.rm)(file, { force: true });
        }
        else if (name.endsWith(suffix))
            entries.push({ file, size: st.size, used: st.mtimeMs });
    }
    let total = entries.reduce((n, e) => n + e.size, 0);
    entries.sort((a, b) => a.used - b.used || (a.file < b.file ? -1 : 1));
    for (const e of entries) {
        if (total <= maxBytes)
            break;
        await (0,promises_.rm)(e.file, { force: true });
        total -= e.size;
    }
}
/** `<sha256 of the body>\n<body>`: the hash catches a torn or edited file before its JSON is trusted. */
function encodeEntry(entry) {
    const body = JSON.stringify(entry);
    return `${(0,util_digest/* sha256Hex */.fg)(body)}\n${body}`;
}
function decodeEntry(text) {
    const nl = text.indexOf('\n');
    if (nl !== 64)
        return undefined;
    const body = text.slice(65);
    if ((0,util_digest/* sha256Hex */.fg)(body) !== text.slice(0, 64))
        return undefined;
    let data;
    try {
        data = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    return (0,json/* validator */.Nc)(ENTRY)(data) ? data : undefined;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/scan/file-tree.ts
// The merged view of an image's file system that the inventory needs, built while layers stream past:
// analyzer results by path, with OCI whiteouts (`.wh.<name>`, `.wh..wh..opq`) and overwrites applied the
// way an overlay mount applies them, plus the symlinks on the way to the well-known database paths so those
// resolve as they would inside the image (never on the host). Only analyzed files and those links are
// kept, so memory grows with what was found, not with the number of files.

const file_tree_MAX_LINK_HOPS = 40;
/** Whether a symlink at `path` can matter for resolving a well-known path. */
function keepsLink(path) {
    return WELL_KNOWN_PATHS.some(p => p === path || p.startsWith(`${path}/`));
}
class file_tree_FileTree {
    /** Every version of each analyzed path that survives, lowest layer first; the last is current. */
    files = new Map();
    links = new Map();
    /** Ancestors of every kept path, so an entry that replaces a directory is noticed cheaply. */
    dirs = new Set();
    /** Every record ever added, in order, including those a later layer deleted or replaced. */
    added = [];
    staged = [];
    stagedFiles = new Map();
    whiteouts = [];
    opaques = [];
    layer;
    beginLayer(layer) {
        this.layer = layer;
    }
    /** A regular file; `record` when an analyzer produced something, else it only hides what was there. */
    addFile(path, record) {
        if (record)
            this.added.push(record);
        if (record || this.touches(path))
            this.staged.push({ kind: 'file', path, record });
        this.stagedFiles.set(path, record);
    }
    addSymlink(path, target) {
        if (keepsLink(path) || this.touches(path))
            this.staged.push({ kind: 'link', path, target });
        this.stagedFiles.set(path, undefined);
    }
    addDirectory(path) {
        if (this.files.has(path) || this.links.has(path))
            this.staged.push({ kind: 'dir', path });
    }
    /** A hard link shares its target's contents: the target's results, found in this layer or below. */
    addHardlink(path, target) {
        const source = this.stagedFiles.has(target) ? this.stagedFiles.get(target) : this.current(target);
        this.addFile(path, source && { path, ...(this.layer ? { layer: this.layer } : {}), results: source.results });
    }
    /** `.wh.<name>`: the path is deleted from the layers below. */
    whiteout(path) {
        this.whiteouts.push(path);
    }
    /** `.wh..wh..opq`: the directory's contents from the layers below are hidden. */
    opaque(dir) {
        this.opaques.push(dir);
    }
    /** Apply the layer: whiteouts first (they only touch lower layers), then its entries in order. */
    endLayer() {
        for (const p of this.whiteouts) {
            this.removeAt(p);
            this.removeUnder(p);
        }
        for (const d of this.opaques)
            this.removeUnder(d);
        for (const op of this.staged) {
            if (op.kind === 'dir') {
                this.files.delete(op.path);
                this.links.delete(op.path);
                continue;
            }
            this.removeUnder(op.path);
            if (op.kind === 'link') {
                this.files.delete(op.path);
                if (keepsLink(op.path)) {
                    this.links.set(op.path, op.target);
                    this.addAncestors(op.path);
                }
                else
                    this.links.delete(op.path);
                continue;
            }
            this.links.delete(op.path);
            if (!op.record) {
                this.files.delete(op.path);
                continue;
            }
            const history = this.files.get(op.path) ?? [];
            const top = history.at(-1);
            // Two entries for one path in one layer: the later one is that layer's version.
            if (top && op.record.layer && top.layer?.index === op.record.layer.index)
                history.pop();
            history.push(op.record);
            this.files.set(op.path, history);
            this.addAncestors(op.path);
        }
        this.staged = [];
        this.stagedFiles = new Map();
        this.whiteouts = [];
        this.opaques = [];
        // Whiteouts may have emptied directories: recount them.
        this.dirs = new Set();
        for (const p of [...this.files.keys(), ...this.links.keys()])
            this.addAncestors(p);
    }
    current(path) {
        return this.files.get(path)?.at(-1);
    }
    /** Every surviving version of a path, lowest layer first. */
    history(path) {
        return this.files.get(path) ?? [];
    }
    /**
     * Every record ever added, layer by layer: files deleted or replaced by a later layer are still in the
     * image's layers (anyone who pulls it can read them), so what the secret scanner found in them counts.
     */
    allRecords() {
        return this.added;
    }
    /** The current record of every analyzed path, sorted by path. */
    records() {
        return [...this.files.keys()]
            .sort()
            .map(p => this.current(p))
            .filter((r) => r !== undefined);
    }
    /**
     * Resolve symlinks in `path` inside the image root, as a chroot would: absolute targets start at the
     * image root and `..` stops there, so no link leads outside. Undefined for a loop.
     */
    resolve(path) {
        let pending = split(path);
        const done = [];
        for (let hops = 0; pending.length;) {
            const part = pending.shift();
            if (part === '..') {
                done.pop();
                continue;
            }
            done.push(part);
            const target = this.links.get(done.join('/'));
            if (target === undefined)
                continue;
            if (++hops > file_tree_MAX_LINK_HOPS)
                return undefined;
            done.pop();
            if (target.startsWith('/'))
                done.length = 0;
            pending = [...split(target), ...pending];
        }
        return done.join('/');
    }
    /** Whether an entry at `path` hides something below it or staged before it in this layer. */
    touches(path) {
        return (this.files.has(path) ||
            this.links.has(path) ||
            this.dirs.has(path) ||
            this.stagedFiles.get(path) !== undefined);
    }
    addAncestors(p) {
        for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1))
            this.dirs.add(p.slice(0, i));
    }
    removeAt(path) {
        this.files.delete(path);
        this.links.delete(path);
    }
    removeUnder(dir) {
        if (!this.dirs.has(dir))
            return;
        const prefix = `${dir}/`;
        for (const k of [...this.files.keys()])
            if (k.startsWith(prefix))
                this.files.delete(k);
        for (const k of [...this.links.keys()])
            if (k.startsWith(prefix))
                this.links.delete(k);
    }
}
function split(p) {
    return p.split('/').filter(s => s !== '' && s !== '.');
}

;// CONCATENATED MODULE: ./src/scan/walk.ts
// What the two file walkers (image layers and paths on disk) share: the limits that keep a hostile image
// from exhausting memory, disk or time, the notes they collect, and running the analyzers on one file
// held in memory or spilled to a temporary file.





const walk_MiB = 1 << 20;
const DEFAULT_LIMITS = {
    maxFileBytes: 1024 * walk_MiB,
    memoryBytes: 64 * walk_MiB,
    maxTotalBytes: 32 * 1024 * walk_MiB,
    maxEntries: 2_000_000,
    maxNotes: 200
};
/** Notes for Inventory.notes, capped so a hostile image cannot flood the report. */
class Notes {
    max;
    list = [];
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    add(note) {
        if (this.list.length < this.max)
            this.list.push(note);
        else
            this.dropped++;
    }
    /** Take another list's notes (and its count of dropped ones) after this one's, within this cap. */
    absorb(other) {
        for (const note of other.list)
            this.add(note);
        this.dropped += other.dropped;
    }
    all() {
        return this.dropped ? [...this.list, `… and ${this.dropped} more notes.`] : [...this.list];
    }
}
/** The analyzers that want a file and may read it, noting the ones that would but it is too large. */
function walk_pickAnalyzers(analyzers, candidate, limits, notes, where) {
    const out = [];
    for (const a of analyzers) {
        if (!a.wants(candidate))
            continue;
        const limit = Math.min(a.maxBytes, limits.maxFileBytes);
        if (candidate.size > limit)
            notes.add(`${where}: skipped by the ${a.name} analyzer: ${(0,format/* formatBytes */.z3)(candidate.size)} is more than its ${(0,format/* formatBytes */.z3)(limit)} limit.`);
        else
            out.push(a);
    }
    return out;
}
/** Run analyzers on one file; format errors in the file become notes, anything else is a bug. */
async function walk_runAnalyzers(analyzers, file, notes, where) {
    const results = {};
    for (const a of analyzers) {
        try {
            const r = await a.analyze(file);
            if (r !== undefined)
                results[a.name] = r;
        }
        catch (err) {
            if (err instanceof NotExecutableError)
                notes.add(`${where}: ${err.detail.slice(err.file.length + 1)}`);
            else if (err instanceof BuildInfoError)
                notes.add(`${where}: ${err.message.slice(err.file.length + 2)}`);
            else
                throw err;
        }
    }
    return results;
}
/**
 * One temporary folder for executables too large to hold in memory: each gets a file of its own (platforms
 * are read concurrently), removed after its analysis; the folder goes at the end.
 */
class SpillArea {
    host;
    dir;
    next = 0;
    constructor(host) {
        this.host = host;
    }
    async file() {
        this.dir ??= this.host.tempDir('scan');
        return external_node_path_default().join(await this.dir, `spill-${this.next++}`);
    }
    async dispose() {
        if (this.dir)
            await (0,promises_.rm)(await this.dir, { recursive: true, force: true });
        this.dir = undefined;
    }
}

;// CONCATENATED MODULE: ./src/scan/layers.ts
// Reads an image's layers as streams, once each, in order: decompresses (gzip, zstd, or none, detected by
// magic bytes), walks the tar entries, applies OCI whiteouts through a FileTree and hands files to the
// analyzers. Nothing is written but one temporary file for an executable too large to hold in memory;
// entry names are confined to the image root (`..` is refused, absolute names are rooted), links are only
// ever resolved inside the tree, and size, entry and byte caps bound what a hostile layer can cost.














/** A layer several platforms share: who reads it, and what reading it did (once done). */
class SharedLayer {
    owner;
    ops;
    resolve;
    reject;
    constructor(owner) {
        this.owner = owner;
        this.ops = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
        // Only the platforms that replay the layer await it; an owner that fails must not leave a rejection
        // nobody handles.
        this.ops.catch(() => undefined);
    }
}
/** Forwards to the tree and keeps each call. */
function recorder(tree, ops) {
    return {
        addFile: (path, record) => (ops.push({ op: 'file', path, record }), tree.addFile(path, record)),
        addSymlink: (path, target) => (ops.push({ op: 'symlink', path, target }), tree.addSymlink(path, target)),
        addHardlink: (path, target) => (ops.push({ op: 'hardlink', path, target }),
            tree.addHardlink(path, target)),
        addDirectory: path => (ops.push({ op: 'dir', path }), tree.addDirectory(path)),
        whiteout: path => (ops.push({ op: 'whiteout', path }), tree.whiteout(path)),
        opaque: path => (ops.push({ op: 'opaque', path }), tree.opaque(path))
    };
}
/** Apply a recorded layer to another platform's tree, its records moved to this platform's layer position. */
function replay(tree, ops, ref) {
    for (const o of ops)
        if (o.op === 'file')
            tree.addFile(o.path, o.record && { ...o.record, layer: ref });
        else if (o.op === 'symlink')
            tree.addSymlink(o.path, o.target);
        else if (o.op === 'hardlink')
            tree.addHardlink(o.path, o.target);
        else if (o.op === 'dir')
            tree.addDirectory(o.path);
        else if (o.op === 'whiteout')
            tree.whiteout(o.path);
        else
            tree.opaque(o.path);
}
/** The media types read as layers: every tar, compressed or not (OCI, Docker, non-distributable). */
function isTarLayer(mediaType) {
    return mediaType === '' || /(^|[./])tar($|[+.])/.test(mediaType.split('/').pop() ?? '');
}
/**
 * Output chunk of the layer decompressors: 256 KiB instead of zlib's 16 KiB. Every chunk passes the tar
 * parser and the analyzers' reads one at a time; with 16 KiB chunks that overhead, not inflating, was most
 * of the time spent on a layer holding a Go binary (bench/scan.sh).
 */
const DECODE_CHUNK = 256 * 1024;
/** Walk every layer of one platform into a FileTree. */
async function walkLayers(image, opts) {
    const tree = new file_tree_FileTree();
    const budget = { entries: 0, bytes: 0 };
    for (const [index, layer] of image.layers.entries()) {
        const ref = { index, digest: layer.digest, ...(layer.diffId ? { diffId: layer.diffId } : {}) };
        const name = layerName(image, ref);
        tree.beginLayer(ref);
        if (!isTarLayer(layer.mediaType)) {
            opts.notes.add(`${name}: media type ${(0,log_safe/* oneLine */.TN)(layer.mediaType)} is not a tar layer; skipped.`);
            tree.endLayer();
            continue;
        }
        const shared = opts.shared?.get(layer.digest);
        const at = { layer, ref, name, tree, budget };
        if (shared && shared.owner !== image)
            replay(tree, await shared.ops, ref);
        else if (shared) {
            let ops;
            try {
                ops = await layerOps(at, opts);
            }
            catch (err) {
                shared.reject(err);
                throw err;
            }
            shared.resolve(ops);
        }
        else if (opts.cache)
            await layerOps(at, opts);
        else
            await walkLayer(layer, ref, name, tree, budget, opts);
        tree.endLayer();
    }
    return tree;
}
/**
 * Apply a layer to the tree and return what it did: from the layer cache when it has the layer (and the
 * layer's counts still fit the caps), else by reading it, keeping what it did for the cache. A layer whose
 * read fails, or whose notes would not fit the report anyway, is not kept.
 */
async function layerOps(at, opts) {
    const { layer, ref, name, tree, budget } = at;
    const cached = await opts.cache?.get(layer.digest);
    if (cached &&
        budget.entries + cached.entries <= opts.limits.maxEntries &&
        budget.bytes + cached.bytes <= opts.limits.maxTotalBytes) {
        budget.entries += cached.entries;
        budget.bytes += cached.bytes;
        for (const n of cached.notes)
            opts.notes.add(`${name}${n}`);
        replay(tree, cached.ops, ref);
        return cached.ops;
    }
    const ops = [];
    const notes = [];
    const before = { ...budget };
    const sink = { add: (n) => (notes.push(n), opts.notes.add(n)) };
    await walkLayer(layer, ref, name, recorder(tree, ops), budget, { ...opts, notes: sink });
    if (opts.cache && notes.length <= opts.limits.maxNotes && notes.every(n => n.startsWith(name)))
        await opts.cache.put(layer.digest, {
            ops,
            notes: notes.map(n => n.slice(name.length)),
            entries: budget.entries - before.entries,
            bytes: budget.bytes - before.bytes
        });
    return ops;
}
function layerName(image, ref) {
    return `layer ${ref.index + 1} (${(0,log_safe/* oneLine */.TN)(ref.digest)})${image.platform ? ` of ${image.platform}` : ''}`;
}
async function walkLayer(layer, ref, name, tree, budget, opts) {
    const raw = await layer.open();
    const extract = tar_stream.extract();
    let source;
    let decoder;
    const fail = (err) => {
        extract.destroy(err);
    };
    // streamx emits a destroyed extractor's error on a later tick, after the loop below has thrown it and let go
    // of its listener (a layer whose digest fails at its end): keep one, so it is not an unhandled 'error'.
    let failed;
    extract.on('error', (err) => void (failed ??= err));
    try {
        raw.on('error', fail);
        const { head, rest } = await peek(raw, 4);
        source = rest;
        source.on('error', fail);
        if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
            decoder = external_node_zlib_default().createGunzip({ chunkSize: DECODE_CHUNK });
        else if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
            decoder = external_node_zlib_default().createZstdDecompress({ chunkSize: DECODE_CHUNK });
        if (decoder) {
            decoder.on('error', fail);
            source.pipe(decoder).pipe(extract);
        }
        else
            source.pipe(extract);
        for await (const entry of extract) {
            if (++budget.entries > opts.limits.maxEntries)
                throw new errors/* UserError */.yo(`${name}: the image has more than ${opts.limits.maxEntries} files, the scan's limit; it stopped there.`, { input: 'image', fix: 'scan a smaller image, or check that the image is what you meant to scan.' });
            await handleEntry(entry, ref, name, tree, budget, opts);
        }
        if (failed)
            throw failed;
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        throw layerError(name, err);
    }
    finally {
        raw.destroy();
        source?.destroy();
        decoder?.destroy();
    }
}
/** The first `n` bytes of a stream, and a stream of all of it. */
async function peek(raw, n) {
    const it = raw[Symbol.asyncIterator]();
    const first = [];
    let have = 0;
    let ended = false;
    while (have < n) {
        const r = await it.next();
        if (r.done) {
            ended = true;
            break;
        }
        first.push(r.value);
        have += r.value.length;
    }
    async function* all() {
        yield* first;
        if (ended)
            return;
        for (let r = await it.next(); !r.done; r = await it.next())
            yield r.value;
    }
    return { head: Buffer.concat(first), rest: external_node_stream_.Readable.from(all(), { objectMode: false }) };
}
function layerError(name, err) {
    const e = err;
    const msg = e?.message ?? String(err);
    let what;
    if (e?.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(msg))
        what = 'is cut short: its compressed stream ends early';
    else if (e?.code === 'Z_DATA_ERROR' || e?.code?.startsWith('ZSTD_'))
        what = `holds corrupt compressed data (${(0,log_safe/* clipLine */.DX)(msg, 200)})`;
    else if (/Unexpected end of data/.test(msg))
        what = 'is cut short: the tar archive ends inside an entry';
    else if (/Invalid tar header|Header exceeds max size|Invalid header/.test(msg))
        what = 'is not a tar archive (or is corrupt)';
    else
        what = `could not be read: ${(0,log_safe/* clipLine */.DX)(msg, 300)}`;
    return new errors/* UserError */.yo(`${name} ${what}.`, {
        input: 'image',
        fix: 'the layer blob is damaged or was not written completely: rebuild or push the image again.',
        cause: err
    });
}
/**
 * A tar entry name as a path inside the image root: leading `/` and `./` dropped, `.` parts removed;
 * undefined when a `..` part would climb (no layer has a reason to write one).
 */
function confinePath(name) {
    const parts = [];
    for (const part of name.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            return undefined;
        parts.push(part);
    }
    return parts.join('/');
}
async function handleEntry(entry, ref, name, tree, budget, opts) {
    const h = entry.header;
    const chunks = entry[Symbol.asyncIterator]();
    const take = async () => {
        const r = await chunks.next();
        if (r.done)
            return undefined;
        budget.bytes += r.value.length;
        if (budget.bytes > opts.limits.maxTotalBytes)
            throw new errors/* UserError */.yo(`${name}: the image expands to more than ${(0,format/* formatBytes */.z3)(opts.limits.maxTotalBytes)}, the scan's limit; it stopped there.`, {
                input: 'image',
                fix: 'check that the image is what you meant to scan (a layer may be a decompression bomb).'
            });
        return r.value;
    };
    const drain = async () => {
        while ((await take()) !== undefined)
            ;
    };
    const path = confinePath(h.name);
    if (path === undefined) {
        opts.notes.add(`${name}: entry "${(0,log_safe/* clipLine */.DX)(h.name, 200)}" climbs out of the image root with ".."; skipped.`);
        return drain();
    }
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const base = path.slice(slash + 1);
    if (base === '.wh..wh..opq') {
        tree.opaque(dir);
        return drain();
    }
    if (base.startsWith('.wh.')) {
        const target = confinePath(`${dir}/${base.slice(4)}`);
        if (target)
            tree.whiteout(target);
        return drain();
    }
    if (path === '')
        return drain();
    switch (h.type) {
        case 'file':
        case 'contiguous-file':
            return readFile(path, h, ref, name, tree, take, drain, opts);
        case 'symlink':
            tree.addSymlink(path, h.linkname ?? '');
            return drain();
        case 'link': {
            const target = confinePath(h.linkname ?? '');
            if (target === undefined || target === '')
                opts.notes.add(`${name}: hard link "${(0,log_safe/* clipLine */.DX)(path, 200)}" points out of the image root ("${(0,log_safe/* clipLine */.DX)(h.linkname ?? '', 200)}"); skipped.`);
            else
                tree.addHardlink(path, target);
            return drain();
        }
        case 'directory':
            tree.addDirectory(path);
            return drain();
        default:
            // Devices and FIFOs hold nothing to analyze, but they do replace what lower layers had there.
            tree.addFile(path);
            return drain();
    }
}
async function readFile(path, h, ref, name, tree, take, drain, opts) {
    const size = h.size ?? 0;
    const first = [];
    let have = 0;
    while (have < Math.min(analyzer_HEAD_BYTES, size)) {
        const c = await take();
        if (!c)
            break;
        first.push(c);
        have += c.length;
    }
    const head = Buffer.concat(first).subarray(0, analyzer_HEAD_BYTES);
    const where = `${name}: ${(0,log_safe/* clipLine */.DX)(path, 300)}`;
    const analyzers = walk_pickAnalyzers(opts.analyzers, { path, size, mode: h.mode ?? 0, head }, opts.limits, opts.notes, where);
    if (!analyzers.length) {
        tree.addFile(path);
        return drain();
    }
    let data;
    let spilled;
    if (size <= opts.limits.memoryBytes) {
        for (let c = await take(); c; c = await take())
            first.push(c);
        data = new BufferFile(path, first);
    }
    else {
        const file = await opts.spill.file();
        const out = (0,external_node_fs_.createWriteStream)(file);
        try {
            for (const c of first)
                if (!out.write(c))
                    await (0,external_node_events_.once)(out, 'drain');
            for (let c = await take(); c; c = await take())
                if (!out.write(c))
                    await (0,external_node_events_.once)(out, 'drain');
        }
        finally {
            out.end();
            await (0,external_node_stream_promises_.finished)(out);
        }
        spilled = await executable_BoundedFile.open(file);
        data = spilled;
    }
    try {
        const results = await walk_runAnalyzers(analyzers, { path, size: data.size, data }, opts.notes, where);
        tree.addFile(path, Object.keys(results).length ? { path, layer: ref, results } : undefined);
    }
    finally {
        if (spilled) {
            await spilled.close();
            await (0,promises_.rm)(spilled.file, { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/paths.ts
// The `paths` input: binaries or folders on disk, scanned with the same analyzers as image layers. A
// folder is walked without following symlinks (a link is recorded, never opened, so nothing outside the
// folder is read), executables are read with bounded reads in place, and every path must lie inside the
// workspace after symlinks are resolved.








/** Check each path exists and resolves inside `workspace`; relative paths are relative to it. */
async function resolveScanPaths(inputs, workspace) {
    const root = await realpath(workspace);
    const out = [];
    for (const input of inputs) {
        const abs = path.resolve(root, input);
        const real = await realpath(abs).catch(() => undefined);
        if (!real)
            throw new UserError(`${input} does not exist.`, {
                input: 'paths',
                fix: 'give binaries or folders relative to the workspace (a go-build dist folder, for example).'
            });
        const rel = path.relative(root, real);
        if (rel.startsWith('..') || path.isAbsolute(rel))
            throw new UserError(`${input} resolves to ${real}, outside the workspace.`, {
                input: 'paths',
                fix: 'scan files inside the workspace; a symlink may not lead out of it.'
            });
        const st = await lstat(real);
        if (!st.isFile() && !st.isDirectory())
            throw new UserError(`${input} is neither a file nor a folder.`, {
                input: 'paths',
                fix: 'give binaries or folders.'
            });
        const display = (path.relative(root, abs) || '.').split(path.sep).join('/');
        out.push({ path: real, display, kind: st.isFile() ? 'file' : 'directory' });
    }
    return out;
}
/**
 * Walk one path into a FileTree. A folder's files are keyed by their path inside it (so a root file system
 * folder's etc/os-release is found); a single file is keyed by its base name.
 */
async function paths_walkPaths(p, opts) {
    const tree = new FileTree();
    tree.beginLayer(undefined);
    if (p.kind === 'file')
        await analyzeFile(p.path, path.basename(p.path), p.display, tree, opts, true);
    else {
        let entries = 0;
        const pending = [''];
        while (pending.length) {
            const rel = pending.pop();
            const dirents = await readdir(path.join(p.path, rel), { withFileTypes: true });
            dirents.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
            for (const d of dirents) {
                if (++entries > opts.limits.maxEntries)
                    throw new UserError(`${p.display} holds more than ${opts.limits.maxEntries} files, the scan's limit.`, {
                        input: 'paths',
                        fix: 'scan the folders that hold the binaries (a dist folder), not a whole tree.'
                    });
                const childRel = rel ? `${rel}/${d.name}` : d.name;
                const abs = path.join(p.path, childRel);
                if (d.isSymbolicLink())
                    tree.addSymlink(childRel, await readlink(abs));
                else if (d.isDirectory())
                    pending.push(childRel);
                else if (d.isFile())
                    await analyzeFile(abs, childRel, `${p.display.replace(/\/+$/, '')}/${childRel}`, tree, opts);
            }
        }
    }
    tree.endLayer();
    return tree;
}
async function analyzeFile(abs, rel, display, tree, opts, named = false) {
    const where = clipLine(display, 300);
    const handle = await open(abs, 'r');
    let head;
    let size;
    let mode;
    try {
        const st = await handle.stat();
        size = st.size;
        mode = st.mode & 0o7777;
        const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        head = buf.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
    const analyzers = pickAnalyzers(opts.analyzers, { path: rel, size, mode, head, named }, opts.limits, opts.notes, where);
    if (!analyzers.length)
        return;
    const data = await BoundedFile.open(abs);
    try {
        const results = await runAnalyzers(analyzers, { path: rel, size: data.size, data }, opts.notes, where);
        if (Object.keys(results).length)
            tree.addFile(rel, { path: rel, results });
    }
    finally {
        await data.close();
    }
}

// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
;// CONCATENATED MODULE: ./src/scan/inventory.ts
// The analyzers' side of the scan: an image (every platform, its layers streamed once) or paths on disk in,
// an Inventory out — OS release, apk and dpkg packages (each attributed to the layer that added it), Go
// modules from every Go executable — plus whatever extra analyzers (the secret scanner) found. Packages
// found in several places are one package with several locations.










const BUILTIN = new Set(['os-release', 'apk', 'dpkg', 'go-binary']);
function setup(opts) {
    const limits = { ...DEFAULT_LIMITS, ...opts.limits };
    const extra = opts.analyzers ?? [];
    for (const a of extra)
        if (BUILTIN.has(a.name))
            throw new Error(`analyzer name "${a.name}" is taken by a built-in analyzer`);
    return {
        limits,
        notes: new Notes(limits.maxNotes),
        spill: new SpillArea(opts.host),
        analyzers: [osReleaseAnalyzer, apkAnalyzer, dpkgAnalyzer, goBinaryAnalyzer(limits.maxFileBytes), ...extra]
    };
}
/**
 * Platforms read at once. Inflating a layer runs on libuv's thread pool while the tar parsing and the
 * analyzers run on the main thread; two platforms at a time overlap the two (a 4-platform image of a large
 * Go binary read in about two thirds of the time, bench/scan.sh) and hold at most two binaries in memory.
 */
const PLATFORM_CONCURRENCY = 2;
/** Layers more than one platform has (a CA bundle, a passwd layer), each owned by the first platform with it. */
function sharedLayers(image) {
    const shared = new Map();
    const owner = new Map();
    for (const p of image.platforms)
        for (const d of new Set(p.layers.map(l => l.digest))) {
            const first = owner.get(d);
            if (!first)
                owner.set(d, p);
            else if (!shared.has(d))
                shared.set(d, new SharedLayer(first));
        }
    return shared;
}
/**
 * Inventory every platform of an image, two at a time, each layer read once. Notes keep the platforms'
 * order whatever order the reads finish in: each platform has its own, merged in order at the end.
 */
async function inventoryImage(image, opts) {
    const ctx = setup(opts);
    const cache = await openLayerCache(opts, ctx);
    const shared = sharedLayers(image);
    const notes = image.platforms.map(() => new Notes(ctx.limits.maxNotes));
    let parts;
    try {
        parts = await (0,concurrency/* mapLimit */.s)(image.platforms, PLATFORM_CONCURRENCY, async (platform, i) => {
            let tree;
            try {
                tree = await walkLayers(platform, { ...ctx, notes: notes[i], shared, cache });
            }
            catch (err) {
                // The platforms waiting for a layer this one was to read must not wait for ever.
                for (const s of shared.values())
                    if (s.owner === platform)
                        s.reject(err);
                throw err;
            }
            const part = treeInventory(tree, path => ({
                path,
                ...(platform.platform ? { platform: platform.platform } : {})
            }));
            part.inventory.targets.push({
                kind: 'image',
                name: image.name,
                ...(platform.digest ? { digest: platform.digest } : {}),
                ...(platform.platform ? { platform: platform.platform } : {})
            });
            return part;
        });
    }
    finally {
        await ctx.spill.dispose();
    }
    for (const n of notes)
        ctx.notes.absorb(n);
    const merged = mergeInventories(parts);
    // The image itself (an index, or a manifest that named no platform) heads the per-platform targets.
    if (image.digest && !merged.inventory.targets.some(t => t.digest === image.digest && !t.platform))
        merged.inventory.targets.unshift({ kind: 'image', name: image.name, digest: image.digest });
    merged.inventory.notes.push(...ctx.notes.all());
    if (!cache)
        return merged;
    if (cache.stats.stored)
        await cache.prune();
    return { ...merged, layerCache: { ...cache.stats } };
}
/**
 * The layer cache for this configuration: the analyzers with their caps (and gantry's version, which the
 * cache adds) decide what a layer yields, so they are the fingerprint every key includes.
 */
function openLayerCache(opts, ctx) {
    if (!opts.layerCache)
        return Promise.resolve(undefined);
    return LayerCache.open({
        dir: opts.layerCache.dir,
        ...(opts.layerCache.maxBytes ? { maxBytes: opts.layerCache.maxBytes } : {}),
        analyzers: ctx.analyzers.map(a => a.name),
        fingerprint: {
            analyzers: ctx.analyzers.map(a => [a.name, a.maxBytes]),
            maxFileBytes: ctx.limits.maxFileBytes
        }
    });
}
/** Inventory binaries and folders on disk (each folder is treated as a root file system). */
async function inventoryPaths(paths, opts) {
    const ctx = setup(opts);
    const parts = [];
    for (const p of paths) {
        const tree = await walkPaths(p, ctx);
        const part = treeInventory(tree, rel => ({
            path: p.kind === 'file' ? p.display : joinDisplay(p.display, rel)
        }));
        part.inventory.targets.push({ kind: 'path', name: p.display });
        parts.push(part);
    }
    const merged = mergeInventories(parts);
    merged.inventory.notes.push(...ctx.notes.all());
    return merged;
}
function joinDisplay(display, rel) {
    if (!rel)
        return display;
    return display === '.' || display === '' ? rel : `${display.replace(/\/+$/, '')}/${rel}`;
}
/** The inventory of one merged file tree; `locate` turns a path in the tree into a Location. */
function treeInventory(tree, locate) {
    const inventory = { packages: [], binaries: [], targets: [], notes: [] };
    const files = [];
    const at = (r) => ({ ...locate(r.path), ...(r.layer ? { layer: r.layer } : {}) });
    let os;
    for (const p of OS_RELEASE_PATHS) {
        const resolved = tree.resolve(p);
        os = resolved === undefined ? undefined : tree.current(resolved)?.results['os-release'];
        if (os)
            break;
    }
    if (os)
        inventory.os = { family: os.family, version: os.version, ...(os.name ? { name: os.name } : {}) };
    for (const p of APK_DB_PATHS) {
        const resolved = tree.resolve(p);
        const history = resolved === undefined ? [] : tree.history(resolved).filter(r => r.results.apk);
        const current = history.at(-1);
        if (!current)
            continue;
        const records = current.results.apk;
        const added = addedIn(history, 'apk');
        for (const pkg of apkPackages(records, os, at(current)))
            inventory.packages.push(withLayer(pkg, added.get(key(pkg.name, pkg.version)), at));
        break;
    }
    const dpkgFiles = new Set();
    const status = tree.resolve(DPKG_STATUS_PATH);
    if (status !== undefined)
        dpkgFiles.add(status);
    for (const r of tree.records())
        if (isDpkgStatusFile(r.path) && r.results.dpkg)
            dpkgFiles.add(r.path);
    for (const file of [...dpkgFiles].sort()) {
        const history = tree.history(file).filter(r => r.results.dpkg);
        const current = history.at(-1);
        if (!current)
            continue;
        const added = addedIn(history, 'dpkg');
        for (const pkg of dpkgPackages(current.results.dpkg, os, at(current)))
            inventory.packages.push(withLayer(pkg, added.get(key(pkg.name, pkg.version)), at));
    }
    for (const r of tree.records()) {
        const info = r.results['go-binary'];
        if (!info)
            continue;
        const found = goBinaryInventory(info, at(r));
        inventory.binaries.push(found.binary);
        inventory.packages.push(...found.packages);
        inventory.notes.push(...found.notes);
    }
    // Extra analyzers (the secret scanner) report on every file the layers hold, deleted ones included.
    for (const r of tree.allRecords())
        for (const [analyzer, result] of Object.entries(r.results))
            if (!BUILTIN.has(analyzer))
                files.push({ analyzer, location: at(r), result });
    return { inventory, files };
}
function key(name, version) {
    return `${name}\u0000${version}`;
}
/**
 * For each package of a database's current version, the oldest version of the file (lowest layer) from
 * which on it was there without a break: the layer that installed it, as Trivy attributes packages.
 */
function addedIn(history, analyzer) {
    const out = new Map();
    const sets = history.map(r => new Set(r.results[analyzer].map(p => key(p.name, p.version))));
    for (const k of sets.at(-1) ?? []) {
        let i = sets.length - 1;
        while (i > 0 && sets[i - 1].has(k))
            i--;
        out.set(k, history[i]);
    }
    return out;
}
function withLayer(pkg, added, at) {
    return added ? { ...pkg, locations: [at(added)] } : pkg;
}
const packageKey = (p) => `${p.kind}\u0000${p.purl}`;
const locationKey = (l) => `${l.platform ?? ''}\u0000${l.path}\u0000${l.layer?.index ?? -1}\u0000${l.line ?? 0}`;
/** Merge inventories: one package per kind and purl with every location, sorted for stable output. */
function mergeInventories(parts) {
    const packages = new Map();
    const binaries = [];
    const inventory = { packages: [], binaries, targets: [], notes: [] };
    const files = [];
    for (const { inventory: inv, files: f } of parts) {
        for (const p of inv.packages) {
            const k = packageKey(p);
            const seen = packages.get(k);
            if (!seen)
                packages.set(k, { ...p, locations: [...p.locations] });
            else {
                seen.locations.push(...p.locations);
                if (p.main)
                    seen.main = true;
            }
        }
        binaries.push(...inv.binaries);
        inventory.targets.push(...inv.targets);
        inventory.notes.push(...inv.notes);
        if (inv.os) {
            if (!inventory.os)
                inventory.os = inv.os;
            else if (inventory.os.family !== inv.os.family || inventory.os.version !== inv.os.version)
                inventory.notes.push(`platforms disagree on the OS: ${inventory.os.family} ${inventory.os.version} and ${inv.os.family} ${inv.os.version}; the first is reported.`);
        }
        files.push(...f);
    }
    for (const p of packages.values()) {
        const uniq = new Map(p.locations.map(l => [locationKey(l), l]));
        p.locations = [...uniq.values()].sort((0,compare/* byKey */.dX)(l => l.platform ?? '', l => l.path, l => l.layer?.index ?? -1));
    }
    inventory.packages = [...packages.values()].sort((0,compare/* byKey */.dX)(p => p.kind, p => p.name, p => p.version, p => p.purl));
    binaries.sort((0,compare/* byKey */.dX)(b => b.location.platform ?? '', b => b.location.path));
    files.sort((0,compare/* byKey */.dX)(f => f.location.platform ?? '', f => f.location.path, f => f.analyzer));
    return { inventory, files };
}

;// CONCATENATED MODULE: ./src/scan/model.ts
// The scan stage's data model, shared by its three layers (Trivy's split): analyzers produce an Inventory of
// Packages from images and paths, detectors match it against a vulnerability database (and rule sets) into
// Findings, reporters only format. Nothing here does I/O.
/** Lowest first: the order severity filters and summaries use. */
const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

;// CONCATENATED MODULE: ./src/scan/report/report.ts
// What every reporter formats: the inventory, the findings left after ignores, what was ignored and which
// ignores expired. Reporters only format (no I/O): they return strings and objects.



const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
/** Most severe first, then by id, package and first location: the order every report lists findings in. */
function compareFindings(a, b) {
    return ((RANK.get(b.severity) ?? 0) - (RANK.get(a.severity) ?? 0) ||
        (b.score ?? 0) - (a.score ?? 0) ||
        compareStrings(a.id, b.id) ||
        compareStrings(a.package?.name ?? '', b.package?.name ?? '') ||
        compareStrings(a.package?.version ?? '', b.package?.version ?? '') ||
        compareStrings(a.locations[0]?.path ?? '', b.locations[0]?.path ?? ''));
}
function sortedFindings(findings) {
    return [...findings].sort(compareFindings);
}
/**
 * The repository an image name refers to, without tag or digest: `ghcr.io/org/app` from
 * `ghcr.io/org/app:1.2@sha256:…`, the layout path from `oci:dist/image:tag`.
 */
function imageRepository(name) {
    const transport = /^(oci|oci-archive|docker-archive|docker):(.*)$/.exec(name);
    const rest = transport ? transport[2] : name;
    if (!transport || transport[1] === 'docker') {
        try {
            return (0,image_ref/* repositoryName */.aR)((0,image_ref/* parseRef */.rd)(rest, 'image'));
        }
        catch {
            // Not a registry reference after all: fall through to the plain form.
        }
    }
    const noDigest = rest.replace(/@sha256:[a-f0-9]{64}$/, '');
    const bare = /:[\w][\w.-]{0,127}$/.test(noDigest) && !noDigest.endsWith('/')
        ? noDigest.replace(/:[^:/]*$/, '')
        : noDigest;
    return transport ? `${transport[1]}:${bare}` : bare;
}
/** The one-line name of a finding's package or file, for tables and summaries. */
function findingSubject(f) {
    if (f.package)
        return f.package.name;
    const l = f.locations[0];
    return l ? `${l.path}${l.line ? `:${l.line}` : ''}` : '';
}
/** Where a finding was found, short: the first location and how many more. */
function findingWhere(f) {
    const l = f.locations[0];
    if (!l)
        return '';
    const more = f.locations.length > 1 ? ` (+${f.locations.length - 1})` : '';
    return `${l.platform ? `${l.platform} ` : ''}${l.path}${l.line ? `:${l.line}` : ''}${more}`;
}

;// CONCATENATED MODULE: ./src/scan/report/cyclonedx.ts
// CycloneDX 1.5 JSON of the inventory: the image as metadata.component, the OS and every Go binary as
// components, every package as a library with its purl (also its bom-ref), and the dependency graph
// image → OS → OS packages, image → binaries → modules. Deterministic: no clock (the commit time when
// given), and a serial number derived from the content (a name-based UUID, RFC 4122 version 5).



function cyclonedxReport(report) {
    return `${JSON.stringify(cyclonedxObject(report), null, 2)}\n`;
}
function cyclonedxObject(report) {
    const { ref: rootRef, component: root } = rootComponent(report.inventory);
    const { components, dependencies } = graph(report.inventory, rootRef);
    const body = {
        $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        version: 1,
        metadata: {
            ...(report.time ? { timestamp: report.time } : {}),
            tools: { components: [{ type: 'application', name: report.tool.name, version: report.tool.version }] },
            component: root
        },
        components,
        dependencies: dependencies.map(d => ({ ref: d.ref, dependsOn: [...new Set(d.dependsOn)].sort() }))
    };
    const serialNumber = `urn:uuid:${uuidV5((0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(body)).digest('hex'))}`;
    const { $schema, bomFormat, specVersion, ...rest } = body;
    return { $schema, bomFormat, specVersion, serialNumber, ...rest };
}
/** What the SBOM describes: the image (a container, with an OCI purl when it is in a registry) or the paths. */
function rootComponent(inv) {
    const images = inv.targets.filter(t => t.kind === 'image');
    // The index (a target without platform) names the image; else a single platform's manifest does.
    const image = images.find(t => !t.platform) ?? images[0];
    if (!image)
        return {
            ref: 'scan',
            component: {
                type: 'application',
                'bom-ref': 'scan',
                name: inv.targets.map(t => t.name).join(', ') || 'scan'
            }
        };
    const digest = images.find(t => !t.platform)?.digest ?? (images.length === 1 ? images[0].digest : undefined);
    const registry = !/^(oci|oci-archive|docker-archive):/.test(image.name);
    return {
        ref: 'image',
        component: {
            type: 'container',
            'bom-ref': 'image',
            name: imageRepository(image.name),
            ...(digest ? { version: digest } : {}),
            ...(digest && registry ? { purl: ociPurl(imageRepository(image.name), digest) } : {}),
            properties: images.filter(t => t.platform).map(t => prop('gantry:image:platform', t.platform))
        }
    };
}
/** Components and the dependency graph: root → OS → OS packages, root → binaries → their modules. */
function graph(inv, rootRef) {
    const components = [];
    const dependencies = [];
    const rootDeps = [];
    const osPackages = inv.packages.filter(p => p.kind === 'apk' || p.kind === 'dpkg');
    if (inv.os) {
        const ref = `os:${inv.os.family}@${inv.os.version}`;
        components.push({
            type: 'operating-system',
            'bom-ref': ref,
            name: inv.os.family,
            version: inv.os.version,
            ...(inv.os.name ? { description: inv.os.name } : {})
        });
        rootDeps.push(ref);
        dependencies.push({ ref, dependsOn: osPackages.map(p => p.purl) });
    }
    else
        rootDeps.push(...osPackages.map(p => p.purl));
    for (const b of inv.binaries) {
        components.push(binaryComponent(b));
        rootDeps.push(binaryRef(b));
        const linked = inv.packages.filter(p => p.kind.startsWith('go-') &&
            p.locations.some(l => l.path === b.location.path && l.platform === b.location.platform));
        dependencies.push({ ref: binaryRef(b), dependsOn: linked.map(p => p.purl) });
    }
    for (const p of inv.packages) {
        components.push(library(p));
        dependencies.push({ ref: p.purl, dependsOn: [] });
    }
    dependencies.unshift({ ref: rootRef, dependsOn: rootDeps });
    return { components, dependencies };
}
function binaryComponent(b) {
    return {
        type: 'application',
        'bom-ref': binaryRef(b),
        name: b.location.path,
        properties: [
            prop('gantry:go:version', b.goVersion),
            ...(b.location.platform ? [prop('gantry:platform', b.location.platform)] : []),
            ...(b.mainModule ? [prop('gantry:go:main-module', b.mainModule)] : []),
            ...(b.path ? [prop('gantry:go:main-package', b.path)] : []),
            ...(b.location.layer ? [prop('gantry:layer:digest', b.location.layer.digest)] : [])
        ]
    };
}
function library(p) {
    const props = [
        prop('gantry:package:kind', p.kind),
        prop('gantry:package:ecosystem', p.ecosystem),
        ...(p.source ? [prop('gantry:package:source', `${p.source.name} ${p.source.version}`)] : []),
        ...(p.main ? [prop('gantry:go:main', 'true')] : []),
        ...(p.replaces ? [prop('gantry:go:replaces', `${p.replaces.path} ${p.replaces.version}`.trim())] : []),
        ...(p.replace && !p.replace.version ? [prop('gantry:go:replace-dir', p.replace.path)] : []),
        ...p.locations.map(l => prop('gantry:location', `${l.platform ? `${l.platform} ` : ''}${l.path}${l.layer ? ` (layer ${l.layer.index + 1})` : ''}`))
    ];
    return {
        type: 'library',
        'bom-ref': p.purl,
        name: p.name,
        ...(p.version ? { version: p.version } : {}),
        purl: p.purl,
        ...(p.licenses?.length ? { licenses: p.licenses.map(l => ({ license: { name: l } })) } : {}),
        properties: props
    };
}
function binaryRef(b) {
    return `binary:${b.location.platform ? `${b.location.platform}:` : ''}${b.location.path}`;
}
function prop(name, value) {
    return { name, value };
}
/** RFC 4122 version 5 UUID of `name` in the URL namespace (SHA-1, version and variant bits set). */
function uuidV5(name) {
    const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
    const h = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name).digest().subarray(0, 16);
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

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
    const opened = await openScanImage({
        kind: 'registry',
        name,
        location: { kind: 'registry', ref: { ...repos[0], digest: result.digest }, text: name }
    }, { platforms: [], client, host });
    const { inventory } = await host.logger.group(`SBOM of ${name}`, () => inventoryImage(opened.image, { host }));
    const time = plan.sourceDateEpoch !== undefined ? (0,format/* rfc3339 */.ag)(plan.sourceDateEpoch * 1000) : undefined;
    const sbom = Buffer.from(cyclonedxReport({ tool: { ...TOOL }, inventory, findings: [], ...(time ? { time } : {}) }));
    const refs = [];
    for (const repo of repos) {
        const subject = { repository: repo, descriptor: opened.subject.descriptor };
        refs.push((await attachSbom(client, subject, sbom, host, time)).ref);
    }
    return refs;
}


/***/ }),

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
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6599);
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


/***/ })

};

//# sourceMappingURL=477.index.js.map