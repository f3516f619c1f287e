export const id = 934;
export const ids = [934];
export const modules = {

/***/ 3934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ociEngine: () => (/* binding */ ociEngine),
  splitAnnotations: () => (/* binding */ splitAnnotations)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
// EXTERNAL MODULE: ./src/oci/client.ts
var oci_client = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(8630);
// EXTERNAL MODULE: ./src/oci/blob.ts
var oci_blob = __webpack_require__(9146);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __webpack_require__(3048);
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

// EXTERNAL MODULE: ./src/util/disk-cache.ts
var disk_cache = __webpack_require__(708);
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
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/oci/layer.ts
// Deterministic image layers: a gzip-compressed tar whose bytes depend only on the files given and one
// timestamp. Entries are sorted, every parent directory is written explicitly (0755, owner 0:0), files carry
// the mode asked for, every entry has the same mtime (the commit time or SOURCE_DATE_EPOCH), no user or
// group names, and the gzip header has no mtime, no name and OS byte 3 (Unix) on every platform.
//
// A layer whose files total at most IN_MEMORY_LAYER_MAX bytes (a Go binary, the CA bundle) is built in
// memory: each file read whole and checked, the tar made, and compressed in one zlib call on the thread
// pool, so the main thread does not feed the compressor chunk by chunk (on two cores, four layers streamed
// at once starved the HTTP work beside them). A bigger layer is streamed through two hashes (the diff_id of
// the uncompressed tar, the digest of the compressed blob) into a file, so it never sits in memory whole.
// Both ways give the same bytes (a test compares them).
//
// The compressed bytes are those of the zlib inside Node (Chromium's fork): stable across machines and
// CPUs for one Node release, so gantry's digests are stable for one gantry release (its bundle pins Node 24).













/**
 * zlib level of every layer gantry writes; changing it changes every digest, so it is part of the format.
 * Level 1: on a Go binary it compresses about 7 % worse than level 6 at two to four times the speed, and
 * layer compression is most of the oci engine's time (bench/image-oci.sh).
 */
const LAYER_GZIP_LEVEL = 1;
/**
 * zlib memLevel of every layer gantry writes (part of the format, as the level). 9, not zlib's default 8:
 * a bigger hash table and block buffer make level 1 about a quarter faster on a Go binary and its output
 * slightly smaller (bench/image-oci.sh).
 */
const LAYER_GZIP_MEM_LEVEL = 9;
/** Layers whose files total at most this many bytes are built in memory (see the top of this file). */
const IN_MEMORY_LAYER_MAX = 32 << 20;
const gzip = (0,external_node_util_.promisify)((external_node_zlib_default()).gzip);
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
        const sink = pack.entry({ ...header, type: 'file', size: c.size });
        const source = await openChecked(c);
        await (0,external_node_stream_promises_.pipeline)(source.createReadStream({ highWaterMark: oci_blob/* BLOB_READ_CHUNK */.$j }), (0,digest/* verifyingStream */.oP)(`sha256:${c.sha256}`, mismatch(c), c.size), sink);
    }
}
const mismatch = (c) => `${c.file} does not match the sha256 in artifacts.json`;
/**
 * Open a file that goes into a layer. Only a regular file goes in (a symlink in dist could point anywhere on
 * the runner), and only of the size artifacts.json promised; its bytes are checked as they are read.
 */
async function openChecked(c) {
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
    // O_NOFOLLOW: a symlink swapped in after the lstat above fails to open instead of being followed.
    return (0,promises_.open)(c.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
}
/** A file's bytes, read whole: exactly its size (it may have changed since the lstat) and its sha256. */
async function readChecked(c) {
    const fh = await openChecked(c);
    try {
        // One byte more than promised: a file that grew is caught without reading all of it.
        const buf = Buffer.allocUnsafe(c.size + 1);
        let n = 0;
        for (;;) {
            const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
            if (!bytesRead)
                break;
            n += bytesRead;
            if (n === buf.length)
                break;
        }
        if (n !== c.size)
            throw new digest/* DigestMismatchError */.h(`${c.size} bytes`, n > c.size ? `more than ${c.size} bytes` : `${n} bytes`, mismatch(c));
        const bytes = buf.subarray(0, n);
        const actual = (0,digest/* sha256Digest */.sI)(bytes);
        if (actual !== `sha256:${c.sha256}`)
            throw new digest/* DigestMismatchError */.h(`sha256:${c.sha256}`, actual, mismatch(c));
        return bytes;
    }
    finally {
        await fh.close();
    }
}
/** The whole uncompressed tar of `list`, whose files are all bytes by now. */
async function tarBytes(list, mtime) {
    const pack = tar_stream.pack();
    const chunks = [];
    const sink = new external_node_stream_.Writable({
        write: (chunk, _enc, cb) => {
            chunks.push(chunk);
            cb();
        }
    });
    const done = (0,external_node_stream_promises_.pipeline)(pack, sink);
    done.catch(() => undefined);
    await writeEntries(pack, list, mtime);
    pack.finalize();
    await done;
    return Buffer.concat(chunks);
}
function gzipOptions(level) {
    return { level, memLevel: LAYER_GZIP_MEM_LEVEL };
}
async function buildInMemory(files, opts) {
    // Read (and check) the files one after another: at most one copy of each in memory besides the tar.
    const read = [];
    for (const f of files)
        read.push(Buffer.isBuffer(f.content) ? f : { ...f, content: await readChecked(f.content) });
    const plain = await tarBytes(entries(read), opts.mtime);
    // One output buffer for the whole layer (zlib's bound for level 1 is a little over the input): one trip
    // to the thread pool instead of one per 16 KiB. The bytes do not depend on it.
    const chunkSize = plain.length + (plain.length >> 10) + 1024;
    const bytes = await gzip(plain, { ...gzipOptions(opts.gzipLevel ?? LAYER_GZIP_LEVEL), chunkSize });
    bytes[9] = 3; // the OS byte, as GzipOsByte sets it
    return {
        mediaType: opts.mediaType ?? types/* MEDIA */.Rn.ociLayerGzip,
        digest: (0,digest/* sha256Digest */.sI)(bytes),
        size: bytes.length,
        diffId: (0,digest/* sha256Digest */.sI)(plain),
        bytes,
        // Already hashed, and nothing else holds the buffer: read as it is.
        open: async () => external_node_stream_.Readable.from([bytes])
    };
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
 * One layer of `files` as a blob: in memory (up to IN_MEMORY_LAYER_MAX, or `inMemoryMax`), else written
 * into `dir` as <hex>.tar.gz. The same files and mtime give the same bytes on any machine, either way.
 */
async function buildLayer(files, opts) {
    const list = entries(files);
    const total = files.reduce((n, f) => n + (Buffer.isBuffer(f.content) ? f.content.length : f.content.size), 0);
    if (total <= (opts.inMemoryMax ?? IN_MEMORY_LAYER_MAX))
        return buildInMemory(files, opts);
    const pack = tar_stream.pack();
    const uncompressed = new Tap();
    const compressed = new Tap();
    const tmp = external_node_path_default().join(opts.dir, `layer-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
    const done = (0,external_node_stream_promises_.pipeline)(pack, uncompressed, 
    // Bigger output chunks than zlib's 16 KiB: fewer hops to the thread pool. The bytes do not depend on it.
    external_node_zlib_default().createGzip({ ...gzipOptions(opts.gzipLevel ?? LAYER_GZIP_LEVEL), chunkSize: 256 << 10 }), new GzipOsByte(), compressed, (0,external_node_fs_.createWriteStream)(tmp));
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
// owner and content sha256, the mtime, the gzip level and memLevel, media type, Node's zlib version and
// this cache's format version) to the layer's digest, size and diff_id; the compressed blob is kept beside
// it, named by its digest. On use the blob is hashed again (it must be the digest and size the entry says)
// and the diff_id is computed again from the files (one sha256 pass over the uncompressed tar, which also
// checks each binary against the sha256 it must have), so the only thing taken on trust is that the blob
// is the gzip of that tar: like GOCACHE, the folder is this user's own (0700, owned by the user, else not
// used). Any problem with an entry is a miss, and the rebuilt layer replaces it; entries and blobs are
// written to a temporary name and renamed, so a killed run leaves no half-written entry. Entries and blobs
// not used for LAYER_CACHE_MAX_AGE_MS are removed (checked once a day, as Go trims its cache), and the oldest
// go first when the blobs pass LAYER_CACHE_CAP_BYTES.








/** Bumped whenever the layer bytes change for the same inputs in a way the key does not show. */
const LAYER_CACHE_VERSION = 2;
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
            ? { sha256: (0,digest/* sha256Hex */.fg)(f.content), size: f.content.length }
            : { sha256: f.content.sha256, size: f.content.size })
    }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return (0,digest/* sha256Hex */.fg)(JSON.stringify({
        version: LAYER_CACHE_VERSION,
        zlib: zlibVersion,
        gzip: { level: format.gzipLevel, memLevel: LAYER_GZIP_MEM_LEVEL, os: 3, name: '', mtime: 0 },
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
        digest: { type: 'string', pattern: digest/* SHA256_DIGEST */.fu.source },
        size: { type: 'integer', minimum: 0 },
        diffId: { type: 'string', pattern: digest/* SHA256_DIGEST */.fu.source },
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
    /** Writes started by keep() and not yet awaited. */
    writing = [];
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
            const { hex, size } = await (0,digest/* sha256File */.Q3)(file);
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
            const from = layer.bytes ? { data: layer.bytes } : layer.file ? { copy: layer.file } : undefined;
            if (!from)
                return false;
            await writeAtomic(this.blobFile(layer.digest), from);
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
    /** store() without waiting for it (the layer is pushed meanwhile); settle() waits for every one. */
    keep(key, layer) {
        this.writing.push(this.store(key, layer));
    }
    /** Wait for the writes keep() started (store() never rejects). */
    async settle() {
        while (this.writing.length)
            await Promise.all(this.writing.splice(0));
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
 * buildLayer through the cache: a checked hit, else the layer built (into `dir` when it is too big for
 * memory) and stored in the background (LayerCache.settle waits for that). Without a cache, buildLayer as
 * it is. `cached` says which.
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
    cache.keep(key, layer);
    return { ...layer, cached: false };
}

// EXTERNAL MODULE: ./src/oci/publish.ts
var publish = __webpack_require__(8482);
// EXTERNAL MODULE: ./src/oci/reader.ts
var reader = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/image/context.ts
var context = __webpack_require__(6738);
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
    const { passwd, group } = (0,context/* passwdFiles */.Cp)(plan.options.user);
    let bundle;
    try {
        bundle = await (0,promises_.readFile)(context/* CA_BUNDLE */.Aw);
    }
    catch {
        host.logger.warn(`${context/* CA_BUNDLE */.Aw} is not on this runner; the image gets an empty CA bundle and HTTPS clients in it will fail. Install ca-certificates on the runner, or set ca-certificates: false.`);
        bundle = Buffer.alloc(0);
    }
    // Files 0644 and directories 0755, owned by root: readable by the image's non-root user.
    return [
        { path: '/etc/passwd', mode: 0o644, content: Buffer.from(passwd) },
        { path: '/etc/group', mode: 0o644, content: Buffer.from(group) },
        { path: context/* CA_BUNDLE */.Aw, mode: 0o644, content: bundle }
    ];
}
/** The base's image for every platform (none on scratch), with its name and digest for the annotations. */
async function readBases(plan, host, client) {
    const o = plan.options;
    const loc = (0,reader/* parseImageLocation */.s_)(o.base, 'base', o.cwd);
    const scratch = loc.kind === 'scratch' || (0,context/* isScratch */.$h)(o.base);
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
        path: (0,context/* binaryPathInImage */.N0)(ctx.plan.binaryName),
        mode: 0o755,
        content: { file: b.file, sha256: b.artifact.sha256, size: b.artifact.size }
    };
    const layer = await cachedLayer(ctx.cache, [file], { mtime: created, dir: ctx.layerDir }).catch(err => {
        if (!(err instanceof digest/* DigestMismatchError */.h))
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
    const binPath = (0,context/* binaryPathInImage */.N0)(p.plan.binaryName);
    const added = [
        ...(p.shared ? [{ layer: p.shared, createdBy: `gantry: COPY passwd, group, ${context/* CA_BUNDLE */.Aw}` }] : []),
        { layer: binary, createdBy: `gantry: COPY ${b.platform}/${p.plan.binaryName} ${binPath}` }
    ];
    const config = appendConfig(p.base?.config, {
        platform: b.target,
        created: (0,format/* rfc3339 */.ag)(p.created),
        layers: added,
        user: o.user,
        entrypoint: [binPath],
        env: p.shared ? [`SSL_CERT_FILE=${context/* CA_BUNDLE */.Aw}`] : [],
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
        // "image work": the engine's own time, from here to the end of its push (the buildx engine logs it too).
        const start = host.now();
        const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
        const layerDir = await host.tempDir('oci-layers');
        const cache = await openCache(plan.options.layerCache, host);
        const pushes = earlyPushes(plan, client);
        try {
            const n = plan.binaries.length;
            const built = await host.logger.group(`Assemble ${n} platform image${n === 1 ? '' : 's'}`, () => assemble({ plan, host, client, layerDir, cache, pushes }));
            host.logger.info(`assembled ${built.tree.digest} in ${(0,format/* formatDuration */.a3)(host.now() - start)}`);
            const layout = await writeLayoutOutput(plan, host, built);
            const r = result(plan, built, await oci_engine_publish(plan, host, built, client, pushes), layout);
            host.logger.info(`image work ${host.now() - start} ms`);
            if (cache) {
                r.layerCache = { dir: cache.dir, reused: cache.hits, built: cache.misses };
                await cache.settle();
                await cache.trim();
            }
            return r;
        }
        finally {
            // A failed build may leave uploads running: they finish before their files go.
            await pushes?.settle();
            // The layers built are stored in the cache while they are pushed: those writes end before the files go.
            await cache?.settle();
            await (0,promises_.rm)(layerDir, { recursive: true, force: true });
        }
    }
};


/***/ })

};

//# sourceMappingURL=934.index.js.map