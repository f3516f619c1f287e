export const id = 651;
export const ids = [651];
export const modules = {

/***/ 1092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   m_: () => (/* binding */ validateImage),
/* harmony export */   rd: () => (/* binding */ parseRef),
/* harmony export */   rq: () => (/* binding */ formatRef),
/* harmony export */   z7: () => (/* binding */ validateTag)
/* harmony export */ });
/* unused harmony export validateDigest */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// Image references: parse and validate `[registry/]repository[:tag][@digest]` with the grammar of the
// distribution spec, so a bad name fails before anything is built, with the input named.

const DOCKER_HUB = 'docker.io';
/** One path component of a repository: lower-case alphanumerics joined by `.`, `_`, `__` or dashes. */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST_PART = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
function isHost(s) {
    if (s === 'localhost')
        return true;
    if (!s.includes('.') && !s.includes(':'))
        return false;
    const m = /^(\[[0-9A-Fa-f:.]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(s);
    if (!m)
        return false;
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535))
        return false;
    if (m[1].startsWith('['))
        return true;
    return m[1].split('.').every(p => HOST_PART.test(p));
}
/** Does the first path element name a registry (it has a dot, a port, or is localhost)? */
function looksLikeHost(s) {
    return s === 'localhost' || s.includes('.') || s.includes(':');
}
/** Parse a repository name (no tag, no digest); `input` is named in errors. */
function parseRepository(name, input = 'images') {
    const s = name.trim();
    const fail = (why, fix) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${s}" is not a valid image name: ${why}.`, { input, fix });
    };
    if (!s)
        fail('it is empty', 'write a repository such as ghcr.io/org/app.');
    if (s.includes('@'))
        fail('it has a digest', 'write the repository only.');
    const parts = s.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && looksLikeHost(parts[0])) {
        const host = parts.shift();
        if (!isHost(host))
            fail(`"${host}" is not a registry host (a bad registry host name or port)`, 'write a host name or IP with an optional :port, e.g. ghcr.io.');
        registry = host.toLowerCase() === 'index.docker.io' ? DOCKER_HUB : host;
    }
    for (const p of parts) {
        if (p.includes(':'))
            fail('it has a tag', 'write the repository only; put tags in the tags input.');
        if (p !== p.toLowerCase())
            fail(`repository names must be lower-case ("${p}" has upper-case letters)`, `write ${[registry === DOCKER_HUB ? '' : registry, ...parts].filter(Boolean).join('/').toLowerCase()}.`);
        if (!COMPONENT.test(p))
            fail(`"${p}" is not a valid path component`, 'use lower-case letters, digits and single separators (., _, __, -) between them.');
    }
    let path = parts.join('/');
    if (registry === DOCKER_HUB && parts.length === 1)
        path = `library/${path}`;
    if (path.length > 255)
        fail('it is longer than 255 characters', 'use a shorter name.');
    return { registry, path };
}
/** Check one image name (`ghcr.io/octo/hello`, no tag or digest) and return it as written. */
function validateImage(image, input = 'images') {
    parseRepository(image, input);
    return image;
}
function validateTag(tag, input = 'tags') {
    if (!TAG.test(tag))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(tag.length > 128
            ? `tag "${tag.slice(0, 40)}…" is ${tag.length} characters long; tags have at most 128.`
            : `"${tag}" is not a valid tag.`, {
            input,
            fix: 'a tag is 1 to 128 characters of letters, digits, _, . and -, and does not start with . or -.'
        });
    return tag;
}
function validateDigest(digest, input) {
    if (!DIGEST.test(digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${digest}" is not a sha256 digest.`, {
            input,
            fix: 'write it as sha256: followed by 64 lower-case hex digits.'
        });
    return digest;
}
/** Parse a full reference: `registry/path[:tag][@sha256:...]`. */
function parseRef(ref, input = 'tags') {
    let rest = ref.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = validateDigest(rest.slice(at + 1), input);
        rest = rest.slice(0, at);
    }
    let tag;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = validateTag(rest.slice(colon + 1), input);
        rest = rest.slice(0, colon);
    }
    return { ...parseRepository(rest, input), tag, digest };
}
/** `registry/path` as people write it (`docker.io/library/x` stays explicit, so tools agree). */
function repositoryName(r) {
    return `${r.registry}/${r.path}`;
}
function formatRef(r) {
    return `${repositoryName(r)}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.path === b.path;
}


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eY: () => (/* binding */ fetchToken),
/* harmony export */   gz: () => (/* binding */ TokenError),
/* harmony export */   tB: () => (/* binding */ basicAuth),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5809);
// Registry authentication as the distribution spec and Docker's token spec describe it: parse the
// `WWW-Authenticate` challenge of a 401, then answer it with Basic credentials or a bearer token fetched
// from the challenge's realm (GET with service and one `scope` per scope, Basic credentials when there are
// any; an identity token from `docker login` is exchanged with an OAuth2 refresh-token POST). Tokens are
// cached per registry and scope until shortly before they expire. Secrets never appear in an error.


/**
 * Parse a WWW-Authenticate header (RFC 7235): `Bearer realm="https://x/token",service="x",scope="a b"`.
 * Quoted values may hold commas and escaped quotes. Returns the first challenge.
 */
function parseChallenge(text) {
    if (!text)
        return undefined;
    const m = /^\s*([A-Za-z][A-Za-z0-9._~+/-]*)\s*(.*)$/s.exec(text);
    if (!m)
        return undefined;
    const params = {};
    const rest = m[2];
    const re = /\s*([A-Za-z0-9_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/gy;
    let p;
    while (re.lastIndex < rest.length && (p = re.exec(rest)))
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3];
    return { scheme: m[1].toLowerCase(), params };
}
function basicAuth(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}
/** The token server refused, or answered something that is not a token. */
class TokenError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'TokenError';
    }
}
/** A bearer token for `scopes` from the challenge's realm. */
async function fetchToken(opts) {
    const { challenge, registry } = opts;
    let realm;
    try {
        realm = new URL(challenge.params.realm ?? '');
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${registry} asked for a bearer token with no usable realm.`, {
            input: 'registry',
            fix: 'check the registry address; its token service is misconfigured or it is not a registry.'
        });
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${registry} names a token realm that is not http(s): ${realm.protocol}`, {
            input: 'registry',
            fix: 'check the registry address.'
        });
    const service = challenge.params.service;
    const started = Date.now();
    let res;
    if (opts.credentials?.identityToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: opts.credentials.identityToken,
            client_id: 'gantry',
            ...(service ? { service } : {}),
            scope: opts.scopes.join(' ')
        });
        res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .httpRequest */ .aj)({
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: Buffer.from(form.toString()),
            timeouts: opts.timeouts,
            signal: opts.signal
        });
    }
    else {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const s of opts.scopes)
            url.searchParams.append('scope', s);
        res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .httpRequest */ .aj)({
            method: 'GET',
            url,
            headers: opts.credentials ? { authorization: basicAuth(opts.credentials) } : {},
            timeouts: opts.timeouts,
            signal: opts.signal
        });
    }
    const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .readBody */ .x8)(res, 1 << 20);
    if (res.status === 401 || res.status === 403)
        throw new TokenError(res.status, `the token server ${realm.origin} refused ${opts.credentials ? 'the credentials' : 'anonymous access'} for ${registry} (HTTP ${res.status})`);
    if (res.status >= 500 || res.status === 429)
        throw new TokenError(res.status, `the token server ${realm.origin} answered HTTP ${res.status}`);
    if (res.status !== 200)
        throw new TokenError(res.status, `the token server ${realm.origin} answered HTTP ${res.status}`);
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new TokenError(res.status, `the token server ${realm.origin} answered something that is not JSON`);
    }
    const token = parsed.token || parsed.access_token;
    if (!token || typeof token !== 'string')
        throw new TokenError(res.status, `the token server ${realm.origin} answered without a token`);
    // The spec's default lifetime is 60 s; refresh 10 s early so a token never expires mid-request.
    const life = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    return { token, expiresAt: started + Math.max(5, life - 10) * 1000 };
}


/***/ }),

/***/ 9146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ BLOB_READ_CHUNK),
/* harmony export */   Ax: () => (/* binding */ fileBlob),
/* harmony export */   Ww: () => (/* binding */ readBlobFile),
/* harmony export */   gb: () => (/* binding */ bufferBlob),
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   zr: () => (/* binding */ verified)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6178);
// A blob as every part of src/oci passes it around: what it is (media type, digest, size) and how to read
// it as a stream that is verified against that digest. Layers built here, blobs of a layout and blobs of a
// registry all have this one shape, so publishers and the scan stage's layer walker never ask where a blob
// comes from.



/**
 * Read size for blob files: 1 MiB chunks instead of the stream default's 64 KiB. A layer's bytes go through
 * a digest check, a decompressor and a tar parser chunk by chunk, and that per-chunk cost, not the reading,
 * dominated a multi-platform scan (bench/scan.sh).
 */
const BLOB_READ_CHUNK = 1 << 20;
/** A file (or a byte range of one) as a stream in BLOB_READ_CHUNK chunks. */
function readBlobFile(file, range) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: BLOB_READ_CHUNK, ...range });
}
function descriptorOf(b) {
    const d = { mediaType: b.mediaType, digest: b.digest, size: b.size };
    if (b.urls?.length)
        d.urls = b.urls;
    if (b.annotations && Object.keys(b.annotations).length)
        d.annotations = b.annotations;
    return d;
}
/** A blob held in memory (configs, manifests). */
function bufferBlob(bytes, mediaType) {
    return {
        mediaType,
        digest: (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Digest */ .sI)(bytes),
        size: bytes.length,
        bytes,
        open: async () => node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([bytes])
    };
}
/** A blob in a file, verified as it is read (the file may change or be swapped after it was hashed). */
function fileBlob(file, d) {
    return {
        mediaType: d.mediaType,
        digest: d.digest,
        size: d.size,
        open: async () => verified(readBlobFile(file), d.digest, d.size, file)
    };
}
/** `source` piped through a digest check; errors of either side reach the reader. */
function verified(source, digest, size, what) {
    const check = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyingStream */ .oP)(digest, `${what} is not ${digest}`, size);
    source.on('error', err => check.destroy(err));
    check.on('close', () => {
        if (!source.destroyed)
            source.destroy();
    });
    return source.pipe(check);
}
/** Read a whole (small) blob into memory, refusing more than `limit` bytes before reading them. */
async function readBlob(b, limit) {
    if (b.size > limit)
        throw new Error(`${b.digest} is ${b.size} bytes, more than the ${limit} bytes allowed for a ${b.mediaType}`);
    const chunks = [];
    for await (const c of await b.open())
        chunks.push(c);
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 7520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L1: () => (/* binding */ readCredentials),
/* harmony export */   MY: () => (/* binding */ authKey),
/* harmony export */   Ti: () => (/* binding */ isHelperName),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   Yq: () => (/* binding */ registryOfKey),
/* harmony export */   kG: () => (/* binding */ dockerConfigDir),
/* harmony export */   qm: () => (/* binding */ keysFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1092);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8854);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3174);
// The standard Docker client config (config.json under DOCKER_CONFIG or ~/.docker), as docker login and
// docker/login-action write it: read credentials for a registry (inline `auths` or a credential helper), and
// the pieces a step's private config (./step-config.ts) is made from. gantry never writes the user's config.






const CONFIG_SCHEMA = {
    type: 'object',
    properties: {
        auths: { type: 'object', additionalProperties: { type: 'object' } },
        credsStore: { type: 'string' },
        credHelpers: { type: 'object', additionalProperties: { type: 'string' } }
    }
};
/** The folder holding config.json: DOCKER_CONFIG, else ~/.docker. */
function dockerConfigDir(env) {
    if (env.DOCKER_CONFIG)
        return env.DOCKER_CONFIG;
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.HOME || '/root', '.docker');
}
/** The keys config.json may use for a registry (Docker Hub has its historical URL). */
function keysFor(registry) {
    if (registry === _model_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb)
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`];
}
function authKey(registry) {
    return registry === _model_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb ? 'https://index.docker.io/v1/' : registry;
}
/** The registry a config key or a credential store's server URL stands for (`https://ghcr.io/v1/` -> ghcr.io). */
function registryOfKey(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return ['index.docker.io', 'registry-1.docker.io', 'docker.io'].includes(host) ? _model_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb : host;
}
/** config.json of a folder ({} when there is none); a file that is not a config is an error that says so. */
async function readConfig(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'config.json');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return {};
        throw err;
    }
    try {
        return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonAs */ .WT)(text, CONFIG_SCHEMA, file);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the Docker config ${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(file)} cannot be used: ${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(err.message)}.`, { fix: 'fix or remove it (docker login writes it), or point DOCKER_CONFIG at another folder.' });
    }
}
/** A credential helper's name is one word: docker-credential-<name> must not become a path. */
function isHelperName(name) {
    return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name);
}
/** Credentials for a registry from config.json, or undefined for anonymous access. */
async function readCredentials(host, registry) {
    const cfg = await readConfig(dockerConfigDir(host.env));
    const keys = keysFor(registry);
    for (const key of keys) {
        const e = cfg.auths?.[key];
        if (!e)
            continue;
        if (e.identitytoken)
            return { username: '<token>', password: '', identityToken: e.identitytoken };
        if (e.auth) {
            const text = Buffer.from(e.auth, 'base64').toString('utf8');
            const colon = text.indexOf(':');
            if (colon > 0)
                return { username: text.slice(0, colon), password: text.slice(colon + 1) };
        }
        if (e.username && e.password)
            return { username: e.username, password: e.password };
    }
    const helper = keys.map(k => cfg.credHelpers?.[k]).find(Boolean) ?? cfg.credsStore;
    if (helper)
        return fromHelper(host, helper, registry);
    return undefined;
}
/**
 * Ask `docker-credential-<helper> get` (the server on stdin, the secret on stdout). Its output is never
 * logged nor quoted in an error: only the exit code and the helper's name are.
 */
async function fromHelper(host, helper, registry) {
    if (!isHelperName(helper))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the Docker config names a credential helper "${helper}" that is not a program name.`, {
            input: 'registry',
            fix: 'fix credsStore/credHelpers in the Docker config (DOCKER_CONFIG/config.json).'
        });
    let r;
    try {
        r = await host.exec(`docker-credential-${helper}`, ['get'], {
            input: authKey(registry),
            ignoreReturnCode: true,
            timeoutMs: 30_000
        });
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker-credential-${helper} (the Docker config's credential helper) cannot be run.`, {
            input: 'registry',
            fix: `install docker-credential-${helper}, or remove it from credsStore/credHelpers in the Docker config.`
        });
    }
    // "credentials not found" exits 1: anonymous access, as docker does.
    if (r.code !== 0)
        return undefined;
    let o;
    try {
        o = JSON.parse(r.stdout);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`docker-credential-${helper} answered something that is not JSON for ${registry}.`, {
            input: 'registry',
            fix: `check the credential helper docker-credential-${helper}.`
        });
    }
    if (typeof o.Secret !== 'string' || !o.Secret)
        return undefined;
    host.logger.mask(o.Secret);
    if (o.Username === '<token>')
        return { username: '<token>', password: '', identityToken: o.Secret };
    if (typeof o.Username !== 'string' || !o.Username)
        return undefined;
    return { username: o.Username, password: o.Secret };
}


/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ DEFAULT_TIMEOUTS),
/* harmony export */   aj: () => (/* binding */ httpRequest),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export HttpTimeoutError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// HTTP for the registry client, on node:http/https rather than fetch: every request has a connect timeout,
// a timeout for the response headers and an idle timeout on the socket (no byte in or out), upload bodies
// stream with a known Content-Length, and response bodies stream (nothing is buffered unless asked, and
// then with a limit). A timeout or an abort destroys the socket, so nothing hangs on a silent server.


const DEFAULT_TIMEOUTS = { connectMs: 10_000, headersMs: 30_000, idleMs: 30_000 };
/** A request that did not finish in time: transient for the retry helper (its name is TimeoutError). */
class HttpTimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(message) {
        super(message);
        this.name = 'TimeoutError';
    }
}
const agents = {
    http: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets: 16 }),
    https: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets: 16 })
};
function header(h, name) {
    const v = h[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
async function httpRequest(req) {
    const secure = req.url.protocol === 'https:';
    const lib = secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    const headers = { ...(req.headers ?? {}) };
    const body = req.body;
    if (body !== undefined)
        headers['content-length'] = Buffer.isBuffer(body) ? body.length : body.size;
    else if (req.method === 'PUT' || req.method === 'POST' || req.method === 'PATCH')
        headers['content-length'] = 0;
    const source = body !== undefined && !Buffer.isBuffer(body) ? await body.open() : undefined;
    const where = `${req.method} ${req.url.origin}${req.url.pathname}`;
    return new Promise((resolve, reject) => {
        let settled = false;
        const timers = [];
        const clear = () => timers.splice(0).forEach(clearTimeout);
        const fail = (err) => {
            clear();
            if (!settled) {
                settled = true;
                reject(err);
            }
            source?.destroy();
            r.destroy(err);
        };
        const r = lib.request(req.url, {
            method: req.method,
            headers,
            agent: secure ? agents.https : agents.http,
            signal: req.signal
        });
        r.on('error', err => fail(err));
        r.on('socket', socket => {
            socket.setTimeout(req.timeouts.idleMs);
            const onTimeout = () => fail(new HttpTimeoutError(`${where}: no data for ${Math.round(req.timeouts.idleMs / 1000)} s`));
            socket.on('timeout', onTimeout);
            r.once('close', () => {
                socket.off('timeout', onTimeout);
                socket.setTimeout(0);
            });
            if (socket.connecting) {
                // unref: the connecting socket keeps the process alive while it matters; the timer alone must not.
                const t = setTimeout(() => fail(new HttpTimeoutError(`${where}: no connection within ${req.timeouts.connectMs} ms`)), req.timeouts.connectMs).unref();
                timers.push(t);
                socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(t));
            }
        });
        r.on('finish', () => {
            // The response may come before the request's 'finish' (a server that answers as the last bytes
            // arrive): a timer armed then would never be cleared and would hold the process open for headersMs.
            if (settled)
                return;
            timers.push(setTimeout(() => fail(new HttpTimeoutError(`${where}: no response within ${Math.round(req.timeouts.headersMs / 1000)} s`)), req.timeouts.headersMs).unref());
        });
        r.on('response', res => {
            clear();
            settled = true;
            // A server may answer before it has read the whole body (an early 401 or 413): stop sending.
            source?.unpipe(r);
            source?.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, url: req.url, body: res });
        });
        if (source) {
            source.on('error', err => fail(err));
            source.pipe(r);
        }
        else
            r.end(body);
    });
}
/** Read a response body into memory, failing past `limit` bytes (registries' documents are small). */
async function readBody(res, limit) {
    const chunks = [];
    let n = 0;
    for await (const c of res.body) {
        n += c.length;
        if (n > limit) {
            res.body.destroy();
            throw new Error(`${res.url.origin}${res.url.pathname}: response larger than ${limit} bytes`);
        }
        chunks.push(c);
    }
    return Buffer.concat(chunks);
}
/** Drop a response body we do not need (so the socket goes back to the pool). */
async function discard(res) {
    try {
        for await (const _ of res.body) {
            /* drain */
        }
    }
    catch {
        /* the request is over either way */
    }
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ LAYOUT_PREFIX),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   hu: () => (/* binding */ describeImage),
/* harmony export */   nm: () => (/* binding */ sourceFor),
/* harmony export */   s_: () => (/* binding */ parseImageLocation),
/* harmony export */   zT: () => (/* binding */ resolvePlatforms)
/* harmony export */ });
/* unused harmony exports targetOf, openImage */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3731);
/* harmony import */ var _model_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5936);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1092);
/* harmony import */ var _blob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9146);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8540);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3048);
// Reading images, from any ImageSource (registry, layout folder, layout tar): what an image reference
// holds (an index and its platforms, or one manifest), and for one platform its manifest, config and
// ordered layers as verified blobs. The buildx engine, merge, the oci engine (its base) and the scan
// stage (its layer walker) all read through here; `openImage` is the scan stage's entry point.







/** Image configs larger than this are refused (they are a few KiB; the limit bounds memory). */
const MAX_CONFIG_BYTES = 8 << 20;
const LAYOUT_PREFIX = 'oci-layout://';
/**
 * Parse `scratch`, `registry/repo[:tag][@digest]`, or `oci-layout://<path>[:tag][@sha256:…]` (buildx's
 * spelling; a relative path is relative to `cwd`).
 */
function parseImageLocation(text, input, cwd) {
    const s = text.trim();
    // eslint-disable-next-line no-control-regex
    const control = /[\s\u0000-\u001f\u007f]/g;
    if (control.test(s))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${s.replace(control, '?').slice(0, 80)}" is not one image reference.`, {
            input,
            fix: 'write one reference: scratch, registry/repo:tag, or oci-layout://path.'
        });
    if (s.toLowerCase() === 'scratch')
        return { kind: 'scratch' };
    if (s.startsWith(LAYOUT_PREFIX)) {
        let rest = s.slice(LAYOUT_PREFIX.length);
        let reference;
        const at = rest.lastIndexOf('@sha256:');
        if (at >= 0) {
            reference = rest.slice(at + 1);
            rest = rest.slice(0, at);
            if (!/^sha256:[a-f0-9]{64}$/.test(reference))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${reference}" is not a sha256 digest.`, {
                    input,
                    fix: 'write oci-layout://path@sha256:<64 hex digits>.'
                });
        }
        else {
            const colon = rest.lastIndexOf(':');
            if (colon > rest.lastIndexOf('/') && colon > 0) {
                reference = rest.slice(colon + 1);
                rest = rest.slice(0, colon);
            }
        }
        if (!rest)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${s}" names no layout path.`, {
                input,
                fix: 'write oci-layout://path/to/layout.'
            });
        const resolved = rest.startsWith('/') ? rest : `${cwd.replace(/\/$/, '')}/${rest}`;
        return { kind: 'layout', path: resolved, reference, text: s };
    }
    const ref = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRef */ .rd)(s, input);
    return { kind: 'registry', ref: ref.tag || ref.digest ? ref : { ...ref, tag: 'latest' }, text: s };
}
/** The source and reference for a location (not for scratch). */
async function sourceFor(loc, client, input) {
    if (loc.kind === 'layout')
        return { source: await _source_js__WEBPACK_IMPORTED_MODULE_4__/* .LayoutSource */ .c.open(loc.path, input), reference: loc.reference };
    return {
        source: new _source_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistrySource */ .n(client, { registry: loc.ref.registry, path: loc.ref.path }),
        reference: loc.ref.digest ?? loc.ref.tag
    };
}
function parseJson(m, what, input) {
    try {
        return JSON.parse(m.bytes.toString('utf8'));
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not JSON.`, { input, fix: 'check the image; it may be corrupt.' });
    }
}
function asManifest(m, what, input) {
    const body = parseJson(m, what, input);
    if (body.schemaVersion !== 2 ||
        !body.config ||
        typeof body.config.digest !== 'string' ||
        !Array.isArray(body.layers) ||
        body.layers.some(l => typeof l?.digest !== 'string' || typeof l.size !== 'number'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not an image manifest (schema 2 with a config and layers).`, {
            input,
            fix: 'use an image, not another kind of artifact; Docker schema 1 images must be converted first.'
        });
    return body;
}
function asIndex(m, what, input) {
    const body = parseJson(m, what, input);
    if (body.schemaVersion !== 2 || !Array.isArray(body.manifests))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not an image index.`, {
            input,
            fix: 'check the image; it may be corrupt.'
        });
    return body;
}
function sizeOf(m) {
    return m.config.size + m.layers.reduce((n, l) => n + l.size, 0);
}
/** The Target of an OCI platform, or undefined for one gantry's platform model does not know. */
function targetOf(p) {
    try {
        return (0,_model_target_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeTarget */ .R_)({ goos: p.os, goarch: p.architecture, variant: p.variant });
    }
    catch {
        return undefined;
    }
}
async function readConfig(source, m, what, input) {
    const blob = source.blob(m.config);
    const bytes = await (0,_blob_js__WEBPACK_IMPORTED_MODULE_3__/* .readBlob */ .gm)(blob, MAX_CONFIG_BYTES);
    if (!_types_js__WEBPACK_IMPORTED_MODULE_5__/* .CONFIG_TYPES */ .li.includes(m.config.mediaType))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a config of type ${m.config.mediaType}: it is not a container image.`, {
            input,
            fix: 'use a container image.'
        });
    const config = parseJson({ bytes }, `the config of ${what}`, input);
    if (typeof config.os !== 'string' || typeof config.architecture !== 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the config of ${what} has no os and architecture.`, {
            input,
            fix: 'use a container image.'
        });
    return { config, blob };
}
/** What `reference` holds in `source`: its platforms with their manifest digests and sizes. */
async function describeImage(source, reference, input = 'images') {
    const m = await source.manifest(reference);
    const what = `${source.name}${reference ? `@${reference}` : ''}`;
    if (_types_js__WEBPACK_IMPORTED_MODULE_5__/* .INDEX_TYPES */ .V.includes(m.mediaType)) {
        const index = asIndex(m, what, input);
        const platforms = [];
        for (const d of index.manifests) {
            if ((0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isAttestation */ .H3)(d) || !d.platform)
                continue;
            const child = await source.manifest(d.digest);
            platforms.push({
                platform: (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .platformString */ .Fd)(d.platform),
                digest: d.digest,
                size: sizeOf(asManifest(child, `${source.name}@${d.digest}`, input))
            });
        }
        return {
            mediaType: m.mediaType,
            bytes: m.bytes,
            digest: m.digest,
            platforms: sortPlatforms(platforms),
            descriptors: index.manifests
        };
    }
    if (!_types_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_TYPES */ ._P.includes(m.mediaType))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is a ${m.mediaType}, not an image.`, {
            input,
            fix: 'use a container image.'
        });
    const body = asManifest(m, what, input);
    const { config } = await readConfig(source, body, what, input);
    const platform = {
        os: config.os,
        architecture: config.architecture,
        ...(config.variant ? { variant: config.variant } : {})
    };
    return {
        mediaType: m.mediaType,
        bytes: m.bytes,
        digest: m.digest,
        platforms: [{ platform: (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .platformString */ .Fd)(platform), digest: m.digest, size: sizeOf(body) }],
        descriptors: [{ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform }]
    };
}
function sortPlatforms(list) {
    return list.sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}
/**
 * For each target, the image of `reference` for exactly that platform (linux/arm/v7 is not linux/arm/v6;
 * linux/arm64/v8 is linux/arm64; linux/arm is linux/arm/v7, as containerd reads them). A target the image
 * lacks is a UserError naming `input` and listing the platforms it has.
 */
async function resolvePlatforms(source, reference, targets, input) {
    const root = await source.manifest(reference);
    const what = `${source.name}${reference ? (reference.startsWith('sha256:') ? `@${reference}` : `:${reference}`) : ''}`;
    const picks = [];
    if (_types_js__WEBPACK_IMPORTED_MODULE_5__/* .INDEX_TYPES */ .V.includes(root.mediaType)) {
        const index = asIndex(root, what, input);
        const candidates = index.manifests.filter(d => !(0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isAttestation */ .H3)(d) && d.platform && _types_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_TYPES */ ._P.includes(d.mediaType));
        for (const target of targets) {
            const d = candidates.find(c => {
                const t = targetOf(c.platform);
                return t !== undefined && (0,_model_target_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(t, target);
            });
            if (!d)
                throw missing(what, target, candidates.map(c => (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .platformString */ .Fd)(c.platform)), input);
            picks.push({ target, manifest: source.manifest(d.digest) });
        }
    }
    else if (_types_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_TYPES */ ._P.includes(root.mediaType)) {
        for (const target of targets)
            picks.push({ target, manifest: root });
    }
    else
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is a ${root.mediaType}, not an image.`, {
            input,
            fix: 'use a container image.'
        });
    // Every platform's manifest and config at once: each is a round trip to the registry.
    // (A failure is reported once, by the await below; the others must not go unhandled meanwhile.)
    for (const p of picks)
        if (p.manifest instanceof Promise)
            p.manifest.catch(() => undefined);
    return (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(picks, 8, async ({ target, manifest }) => {
        const m = await manifest;
        const body = asManifest(m, `${what} (${(0,_model_target_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlatform */ .rE)(target)})`, input);
        const { config, blob } = await readConfig(source, body, what, input);
        const has = targetOf({ os: config.os, architecture: config.architecture, variant: config.variant });
        if (!has || !(0,_model_target_js__WEBPACK_IMPORTED_MODULE_1__/* .sameTarget */ .cS)(has, target)) {
            const p = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .platformString */ .Fd)({ os: config.os, architecture: config.architecture, variant: config.variant });
            if (m === root)
                throw missing(what, target, [p], input);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} lists a ${(0,_model_target_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlatform */ .rE)(target)} image whose config says ${p}.`, {
                input,
                fix: 'the image index is inconsistent; use another base.'
            });
        }
        return {
            source,
            rootDigest: root.digest,
            rootMediaType: root.mediaType,
            digest: m.digest,
            mediaType: m.mediaType,
            manifest: body,
            bytes: m.bytes,
            config,
            configBlob: blob,
            layers: body.layers.map(l => source.blob(l)),
            platform: target
        };
    });
}
function missing(what, target, has, input) {
    const list = [...new Set(has)].sort();
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has no ${(0,_model_target_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlatform */ .rE)(target)} image; it has ${list.length ? list.join(', ') : 'no platforms'}.`, {
        input,
        fix: 'choose a base that has every platform you build, or leave that platform out of platforms.'
    });
}
/**
 * The scan stage's entry point: one platform's image at `location` (a registry reference or
 * oci-layout://path[:tag]), with its config and its layers in order, each a verified stream.
 */
async function openImage(location, platform, opts) {
    const input = opts.input ?? 'image';
    const loc = parseImageLocation(location, input, opts.cwd);
    if (loc.kind === 'scratch')
        throw new UserError('scratch is not an image to read.', { input, fix: 'name an image.' });
    const { source, reference } = await sourceFor(loc, opts.client, input);
    const target = typeof platform === 'string' ? parsePlatform(platform, input) : platform;
    return (await resolvePlatforms(source, reference, [target], input))[0];
}


/***/ }),

/***/ 494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   an: () => (/* binding */ canMount),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHUNK_SIZE, DEFAULT_OPERATION_TIMEOUT_MS, registryBaseUrl */
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6178);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1092);
/* harmony import */ var _blob_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9146);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8980);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5809);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3048);
// A client for the OCI distribution API: ping and authenticate (anonymous, Basic, bearer tokens), read
// manifests and blobs (streamed, each verified against the digest asked for), push blobs (HEAD first, then
// a cross-repository mount, else a monolithic or chunked upload) and manifests, list tags. Every request has
// connect, header and idle timeouts (src/oci/http.ts); transient failures (5xx, 429 with Retry-After,
// resets, timeouts) go through the shared retry helper; everything the client does is bounded by one
// operation deadline. Plain HTTP is used for loopback registries only (as Docker treats 127.0.0.0/8).








/** Manifests and indexes larger than this are refused (the limit registries themselves apply). */
const MAX_MANIFEST_BYTES = 4 << 20;
/** Blobs up to this size go up in one PUT; larger ones in PATCH chunks of this size. */
const DEFAULT_CHUNK_SIZE = 64 << 20;
/** The whole registry part of a stage fails within this long by default (the stages' registry-timeout). */
const DEFAULT_OPERATION_TIMEOUT_MS = 90_000;
const ACCEPT = [_types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .Rn.ociIndex, _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .Rn.dockerList, _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .Rn.ociManifest, _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .Rn.dockerManifest].join(', ');
function registryBaseUrl(registry) {
    const host = registry === _model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? 'registry-1.docker.io' : registry;
    const name = host.replace(/:\d+$/, '');
    const insecure = name === 'localhost' || /^127\./.test(name) || name === '[::1]';
    return `${insecure ? 'http' : 'https'}://${host}`;
}
/** An HTTP failure from a registry, with the registry's own error codes and what was being done. */
class RegistryError extends Error {
    status;
    codes;
    registry;
    operation;
    constructor(status, codes, message, registry = '', operation = '') {
        super(message);
        this.status = status;
        this.codes = codes;
        this.registry = registry;
        this.operation = operation;
        this.name = 'RegistryError';
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Whether a blob held in `from` can be mounted into `repo`: another repository of the same registry. */
function canMount(from, repo) {
    return !!from && from.registry === repo.registry && !(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .sameRepository */ .RB)(from, repo);
}
class RegistryClient {
    credentials;
    timeouts;
    retryPolicy;
    deadline;
    chunkSize;
    logger;
    challenges = new Map();
    tokens = new Map();
    fetching = new Map();
    creds = new Map();
    constructor(opts) {
        const o = typeof opts === 'function' ? { credentials: opts } : opts;
        this.credentials = o.credentials;
        this.timeouts = { ..._http_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TIMEOUTS */ .Rh, ...(o.timeouts ?? {}) };
        this.retryPolicy = { ..._util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY */ .vI, ...(o.retry ?? {}) };
        if (o.operationTimeoutMs !== undefined)
            this.deadline = Date.now() + o.operationTimeoutMs;
        this.chunkSize = o.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.logger = o.logger;
    }
    /** The retry policy for one call, bounded by what is left of the operation. */
    policy(attemptTimeout = true) {
        return {
            ...this.retryPolicy,
            attemptTimeoutMs: attemptTimeout ? this.retryPolicy.attemptTimeoutMs : undefined,
            // Without an operation bound (a long scan reading layers), each call has the policy's own deadline.
            deadlineMs: this.deadline === undefined ? this.retryPolicy.deadlineMs : Math.max(1, this.deadline - Date.now())
        };
    }
    credentialsFor(registry) {
        let c = this.creds.get(registry);
        if (!c) {
            c = this.credentials(registry);
            this.creds.set(registry, c);
        }
        return c;
    }
    /** The registry's challenge from GET /v2/ (once per registry): undefined when it needs no auth. */
    challenge(registry) {
        let c = this.challenges.get(registry);
        if (!c) {
            c = (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(`ping ${registry}`, async (_attempt, signal) => {
                const res = await this.http(registry, { method: 'GET', path: '/v2/' }, undefined, signal);
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
                if (res.status === 401)
                    return (0,_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChallenge */ .xy)((0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'www-authenticate'));
                if (res.status === 429 || res.status >= 500)
                    throw retryable(res);
                // 200, or a 404 from a server that is not a registry: the real request will say what is wrong.
                return undefined;
            }, this.policy());
            c.catch(() => this.challenges.delete(registry));
            this.challenges.set(registry, c);
        }
        return c;
    }
    /** The Authorization header for `scopes`, fetching a token when the registry wants bearer tokens. */
    async authorization(registry, scopes, signal, refresh = false) {
        const ch = await this.challenge(registry);
        if (!ch)
            return undefined;
        const creds = await this.credentialsFor(registry);
        if (ch.scheme === 'basic')
            return creds && !creds.identityToken ? (0,_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .basicAuth */ .tB)(creds) : undefined;
        if (ch.scheme !== 'bearer')
            return undefined;
        const wanted = [...new Set([...scopes, ...(ch.params.scope ? ch.params.scope.split(' ') : [])])]
            .filter(Boolean)
            .sort();
        const key = `${registry} ${wanted.join(' ')}`;
        const cached = this.tokens.get(key);
        if (cached && !refresh && cached.expiresAt > Date.now())
            return cached.auth;
        // Blobs pushed side by side ask for the same token: one request to the token server serves them all.
        let pending = this.fetching.get(key);
        if (!pending) {
            pending = (0,_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .fetchToken */ .eY)({
                registry,
                challenge: ch,
                scopes: wanted,
                credentials: creds,
                timeouts: this.timeouts,
                signal
            })
                .then(t => {
                this.logger?.mask(t.token);
                const auth = `Bearer ${t.token}`;
                this.tokens.set(key, { auth, expiresAt: t.expiresAt });
                return auth;
            })
                .finally(() => this.fetching.delete(key));
            this.fetching.set(key, pending);
        }
        return pending;
    }
    /** One HTTP exchange, following redirects for GET and HEAD (without credentials to another origin). */
    async http(registry, x, auth, signal) {
        let url = new URL(x.path, registryBaseUrl(registry));
        const origin = url.origin;
        for (let hop = 0;; hop++) {
            const headers = { ...(x.headers ?? {}) };
            if (auth && url.origin === origin)
                headers.authorization = auth;
            const res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .httpRequest */ .aj)({
                method: x.method,
                url,
                headers,
                body: x.body,
                timeouts: this.timeouts,
                signal
            });
            const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'location');
            if (!REDIRECTS.has(res.status) || !location || (x.method !== 'GET' && x.method !== 'HEAD') || hop >= 5)
                return res;
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
            url = new URL(location, url);
        }
    }
    /** One exchange with authentication: on a 401 the token is refreshed once and the request repeated. */
    async exchange(registry, scopes, x, signal) {
        const auth = await this.authorization(registry, scopes, signal);
        const res = await this.http(registry, x, auth, signal);
        if (res.status !== 401)
            return res;
        const ch = (0,_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .parseChallenge */ .xy)((0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'www-authenticate'));
        if (!ch || (ch.scheme === 'basic' && auth))
            return res;
        if (ch.scheme !== 'bearer' && ch.scheme !== 'basic')
            return res;
        // The registry may have changed its mind (a token expired, or it asks for another scope).
        this.challenges.set(registry, Promise.resolve(ch));
        const fresh = await this.authorization(registry, scopes, signal, true);
        if (!fresh || fresh === auth)
            return res;
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
        return this.http(registry, x, fresh, signal);
    }
    /** An exchange through the retry helper: 5xx and 429 (with its Retry-After) and network failures retry. */
    request(registry, scopes, what, x, attemptTimeout = true) {
        return (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(`${what} (${registry})`, async (_attempt, signal) => {
            const res = await this.exchange(registry, scopes, x, attemptTimeout ? signal : undefined);
            if (res.status === 429 || res.status >= 500) {
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
                throw retryable(res);
            }
            return res;
        }, this.policy(attemptTimeout));
    }
    async fail(res, registry, what) {
        let codes = [];
        let detail = '';
        try {
            const body = JSON.parse((await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .readBody */ .x8)(res, 64 << 10)).toString('utf8'));
            codes = (body.errors ?? []).map(e => String(e.code));
            detail = (body.errors ?? [])
                .map(e => `${e.code}: ${String(e.message).replace(/[\r\n]+/g, ' ')}`)
                .join('; ');
        }
        catch {
            /* not JSON */
        }
        throw new RegistryError(res.status, codes, `${what}: HTTP ${res.status}${detail ? ` (${detail.slice(0, 300)})` : ''}`, registry, what);
    }
    /**
     * Check that the registry accepts these credentials (GET /v2/ with the auth dance). Throws a UserError
     * naming `input` when it refuses them, `registryInput` when it cannot be reached; the password is never
     * part of the message.
     */
    async checkLogin(registry, input, registryInput = input) {
        let res;
        try {
            res = await this.request(registry, [], 'log in', { method: 'GET', path: '/v2/' });
        }
        catch (err) {
            if ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(err) && err.name === 'TokenError')
                throw this.loginError(registry, input);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot reach ${registry}: ${err.message}.`, {
                input: registryInput,
                fix: 'check the registry host and port.'
            });
        }
        if (res.status === 401 || res.status === 403) {
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
            throw this.loginError(registry, input);
        }
        if (res.status !== 200)
            await this.fail(res, registry, `GET ${registryBaseUrl(registry)}/v2/`);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
    }
    loginError(registry, input) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${registry} refused the username and password (login failed).`, {
            input,
            fix: 'check the username and the password or token (and that the token may push to this registry).'
        });
    }
    /** A manifest or index by tag or digest, verified: by digest against the digest, by tag against the registry's. */
    async getManifest(repo, reference) {
        const what = `GET manifest ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}${reference.includes(':') ? '@' : ':'}${reference}`;
        return (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(`${what} (${repo.registry})`, async (_attempt, signal) => {
            const res = await this.exchange(repo.registry, [`repository:${repo.path}:pull`], { method: 'GET', path: `/v2/${repo.path}/manifests/${reference}`, headers: { accept: ACCEPT } }, signal);
            if (res.status === 429 || res.status >= 500) {
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
                throw retryable(res);
            }
            if (res.status !== 200)
                return this.fail(res, repo.registry, what);
            const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .readBody */ .x8)(res, MAX_MANIFEST_BYTES);
            const digest = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes);
            const expected = reference.startsWith('sha256:')
                ? reference
                : (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'docker-content-digest');
            if (expected?.startsWith('sha256:') && expected !== digest)
                throw new _util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestMismatchError */ .h(expected, digest, `${repo.registry} served a manifest for ${what.slice(13)}`);
            let mediaType;
            try {
                mediaType = JSON.parse(bytes.toString('utf8')).mediaType;
            }
            catch {
                throw new RegistryError(200, [], `${what}: the registry answered something that is not JSON`, repo.registry, what);
            }
            mediaType ??= (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'content-type')?.split(';')[0] ?? _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .Rn.ociManifest;
            return { mediaType, digest, bytes };
        }, this.policy());
    }
    /** The digest, type and size of a manifest, or undefined when there is none. */
    async headManifest(repo, reference) {
        const what = `HEAD manifest ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}:${reference}`;
        const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, {
            method: 'HEAD',
            path: `/v2/${repo.path}/manifests/${reference}`,
            headers: { accept: ACCEPT }
        });
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            return this.fail(res, repo.registry, what);
        const size = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'content-length'));
        return {
            digest: (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'docker-content-digest'),
            mediaType: (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'content-type')?.split(';')[0],
            size: Number.isFinite(size) ? size : undefined
        };
    }
    /**
     * A blob as a stream verified against `digest` (and `size` when known). The request is retried until the
     * response starts; the body is bounded by the idle timeout, not by the operation deadline.
     */
    async openBlob(repo, digest, size) {
        const what = `GET blob ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}@${digest}`;
        const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, { method: 'GET', path: `/v2/${repo.path}/blobs/${digest}` }, false);
        if (res.status !== 200)
            return this.fail(res, repo.registry, what);
        return (0,_blob_js__WEBPACK_IMPORTED_MODULE_4__/* .verified */ .zr)(res.body, digest, size, `${repo.registry} served ${what.slice(4)}, which`);
    }
    /** A small blob (a config) into memory, verified; the whole read is retried. */
    async getBlob(repo, digest, limit = 16 << 20) {
        return (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(`GET blob ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}@${digest} (${repo.registry})`, async () => {
            const chunks = [];
            let n = 0;
            for await (const c of await this.openBlob(repo, digest)) {
                n += c.length;
                if (n > limit)
                    throw new Error(`${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}@${digest} is larger than ${limit} bytes`);
                chunks.push(c);
            }
            return Buffer.concat(chunks);
        }, this.policy(false), err => (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(err) && !(err instanceof RegistryError));
    }
    async blobExists(repo, digest) {
        const what = `HEAD blob ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}@${digest}`;
        const res = await this.request(repo.registry, [`repository:${repo.path}:pull,push`], what, {
            method: 'HEAD',
            path: `/v2/${repo.path}/blobs/${digest}`
        });
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        return this.fail(res, repo.registry, what);
    }
    /**
     * Start an upload, or mount `digest` from `from` (same registry): 'mounted', or the upload's location
     * (a registry that cannot mount starts an upload instead).
     */
    async startUpload(repo, signal, mount) {
        const scopes = [`repository:${repo.path}:pull,push`];
        let path = `/v2/${repo.path}/blobs/uploads/`;
        if (mount) {
            scopes.push(`repository:${mount.from.path}:pull`);
            path += `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from.path)}`;
        }
        const what = mount
            ? `mount ${mount.digest} into ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}`
            : `start upload to ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}`;
        const res = await this.exchange(repo.registry, scopes, { method: 'POST', path }, signal);
        if (res.status === 429 || res.status >= 500) {
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
            throw retryable(res);
        }
        if (mount && res.status === 201) {
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
            return 'mounted';
        }
        if (res.status !== 202)
            return this.fail(res, repo.registry, what);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
        const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'location');
        if (!location)
            throw new RegistryError(202, [], `${what}: the registry gave no upload location`, repo.registry, what);
        return new URL(location, registryBaseUrl(repo.registry));
    }
    /** Upload a blob at `location`: one PUT, or PATCH chunks then a PUT; retried as a whole. */
    async upload(repo, blob, location, signal) {
        const scopes = [`repository:${repo.path}:pull,push`];
        const what = `upload ${blob.digest} to ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}`;
        const check = async (res, ok) => {
            if (res.status === 429 || res.status >= 500) {
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
                throw retryable(res);
            }
            if (res.status !== ok)
                await this.fail(res, repo.registry, what);
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
        };
        const withDigest = (u) => {
            const url = new URL(u);
            url.searchParams.set('digest', blob.digest);
            return url.toString();
        };
        if (blob.size <= this.chunkSize) {
            const res = await this.exchange(repo.registry, scopes, {
                method: 'PUT',
                path: withDigest(location),
                headers: { 'content-type': 'application/octet-stream' },
                body: { size: blob.size, open: () => blob.open() }
            }, signal);
            return check(res, 201);
        }
        let at = location;
        let offset = 0;
        for await (const chunk of chunks(await blob.open(), this.chunkSize)) {
            const res = await this.exchange(repo.registry, scopes, {
                method: 'PATCH',
                path: at.toString(),
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-range': `${offset}-${offset + chunk.length - 1}`
                },
                body: chunk
            }, signal);
            const next = (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'location');
            await check(res, 202);
            if (next)
                at = new URL(next, at);
            offset += chunk.length;
        }
        const res = await this.exchange(repo.registry, scopes, { method: 'PUT', path: withDigest(at) }, signal);
        await check(res, 201);
    }
    /**
     * Make `blob` present in `repo`: nothing when it is there (HEAD), a cross-repository mount when the blob's
     * origin is another repository of the same registry, else an upload. The digest is verified twice: by the
     * stream as it is read, and by the registry against the `digest` parameter.
     */
    async pushBlob(repo, blob) {
        if (await this.blobExists(repo, blob.digest))
            return 'exists';
        const from = blob.origin;
        const mount = canMount(from, repo) ? { from, digest: blob.digest } : undefined;
        return (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(`upload ${blob.digest} to ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)} (${repo.registry})`, async (attempt, signal) => {
            // A mount is tried once; a repeated attempt starts a plain upload.
            const started = await this.startUpload(repo, signal, attempt === 1 ? mount : undefined);
            if (started === 'mounted')
                return 'mounted';
            await this.upload(repo, blob, started, signal);
            return 'uploaded';
        }, this.policy(false), err => (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(err) && !(err instanceof _util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestMismatchError */ .h));
    }
    /** PUT a manifest or index under a digest or tag; returns its digest. */
    async putManifest(repo, reference, bytes, mediaType) {
        return (await this.putManifestResponse(repo, reference, bytes, mediaType)).digest;
    }
    /**
     * PUT a manifest that has a `subject`: `subjectAcknowledged` when the registry answered with the
     * OCI-Subject header, i.e. it keeps the referrers list itself (OCI distribution spec 1.1); otherwise the
     * client must maintain the `sha256-<digest>` tag (the referrers tag schema).
     */
    async putReferrer(repo, bytes, mediaType) {
        const digest = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes);
        const r = await this.putManifestResponse(repo, digest, bytes, mediaType);
        return { digest: r.digest, subjectAcknowledged: !!r.subject };
    }
    async putManifestResponse(repo, reference, bytes, mediaType) {
        const what = `PUT manifest ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
        const res = await this.request(repo.registry, [`repository:${repo.path}:pull,push`], what, {
            method: 'PUT',
            path: `/v2/${repo.path}/manifests/${reference}`,
            headers: { 'content-type': mediaType },
            body: bytes
        });
        if (res.status !== 201 && res.status !== 200)
            await this.fail(res, repo.registry, what);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
        const digest = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Digest */ .sI)(bytes);
        const theirs = (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'docker-content-digest');
        if (theirs && theirs.startsWith('sha256:') && theirs !== digest)
            throw new _util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestMismatchError */ .h(digest, theirs, `${repo.registry} stored ${what.slice(13)} under another digest`);
        const subject = (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'oci-subject');
        return { digest, ...(subject ? { subject } : {}) };
    }
    /**
     * The referrers API (GET /v2/<name>/referrers/<digest>): the image index listing the manifests whose
     * subject is `digest`, or undefined when the registry does not have the API (it answers 404, which the
     * spec forbids a registry with the API to do).
     */
    async getReferrers(repo, digest) {
        const what = `GET referrers of ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}@${digest}`;
        const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, {
            method: 'GET',
            path: `/v2/${repo.path}/referrers/${digest}`,
            headers: { accept: _types_js__WEBPACK_IMPORTED_MODULE_7__/* .MEDIA */ .Rn.ociIndex }
        });
        if (res.status === 404) {
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
            return undefined;
        }
        if (res.status !== 200)
            await this.fail(res, repo.registry, what);
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .readBody */ .x8)(res, MAX_MANIFEST_BYTES);
    }
    /** Tags of a repository ([] when it does not exist). */
    async listTags(repo) {
        const what = `GET tags of ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(repo)}`;
        const res = await this.request(repo.registry, [`repository:${repo.path}:pull`], what, {
            method: 'GET',
            path: `/v2/${repo.path}/tags/list?n=10000`
        });
        if (res.status === 404) {
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(res);
            return [];
        }
        if (res.status !== 200)
            await this.fail(res, repo.registry, what);
        return (JSON.parse((await (0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .readBody */ .x8)(res, 16 << 20)).toString('utf8')).tags ?? []);
    }
}
function retryable(res) {
    return new _util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryableError */ .dw(`HTTP ${res.status}`, (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)((0,_http_js__WEBPACK_IMPORTED_MODULE_6__/* .header */ .wx)(res.headers, 'retry-after')));
}
/** Re-cut a stream into chunks of exactly `size` bytes (the last may be shorter). */
async function* chunks(source, size) {
    let parts = [];
    let n = 0;
    for await (const c of source) {
        let rest = c;
        while (n + rest.length >= size) {
            const take = size - n;
            parts.push(rest.subarray(0, take));
            yield Buffer.concat(parts);
            parts = [];
            n = 0;
            rest = rest.subarray(take);
        }
        if (rest.length) {
            parts.push(rest);
            n += rest.length;
        }
    }
    if (n)
        yield Buffer.concat(parts);
}


/***/ }),

/***/ 8540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ LayoutSource),
/* harmony export */   n: () => (/* binding */ RegistrySource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6178);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1092);
/* harmony import */ var _blob_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9146);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(494);
/* harmony import */ var _tar_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(243);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3048);
// Where images are read from: one interface over a registry repository, an OCI image layout folder and a
// tar of a layout. Each gives the root manifest or index for a reference, verified against its digest, and
// blobs as BlobRefs whose streams are verified as they are read. Layout paths are confined: a blob is only
// ever blobs/sha256/<64 hex digits>, a regular file (no symlinks out of the layout).











class RegistrySource {
    client;
    repository;
    name;
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
        this.name = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(repository);
    }
    manifest(reference = 'latest') {
        return this.client.getManifest(this.repository, reference);
    }
    blob(d) {
        return {
            mediaType: d.mediaType,
            digest: d.digest,
            size: d.size,
            urls: d.urls,
            annotations: d.annotations,
            origin: this.repository,
            open: () => this.client.openBlob(this.repository, d.digest, d.size)
        };
    }
}
function blobPath(digest, where, input) {
    if (!_util_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .SHA256_DIGEST */ .fu.test(digest))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${where} refers to "${digest.slice(0, 80)}", which is not a sha256 digest.`, {
            input,
            fix: 'the layout is corrupt or not an OCI image layout; write it again.'
        });
    return `blobs/sha256/${digest.slice(7)}`;
}
class LayoutSource {
    location;
    files;
    input;
    name;
    constructor(location, files, input) {
        this.location = location;
        this.files = files;
        this.input = input;
        this.name = `oci-layout://${location}`;
    }
    /** Open a layout folder, or a tar of one (a file). `input` is named in errors. */
    static async open(location, input) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(location).catch(() => undefined);
        if (!st)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${location} does not exist.`, {
                input,
                fix: 'point it at an OCI image layout (a folder with index.json and blobs/) or a tar of one.'
            });
        let files;
        if (st.isDirectory())
            files = folderFiles(location, input);
        else if (st.isFile()) {
            let index;
            try {
                index = await (0,_tar_index_js__WEBPACK_IMPORTED_MODULE_9__/* .indexTar */ .O)(location);
            }
            catch (err) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${location} is not a tar of an OCI image layout: ${err.message}.`, {
                    input,
                    fix: 'give a layout folder, or an uncompressed tar of one (as skopeo copy oci-archive: writes).'
                });
            }
            files = tarFiles(location, index);
        }
        else
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${location} is neither a folder nor a file.`, {
                input,
                fix: 'point it at an OCI image layout folder or a tar of one.'
            });
        const layout = await files.read('oci-layout', 4096);
        let version;
        try {
            version = layout
                ? JSON.parse(layout.toString('utf8')).imageLayoutVersion
                : undefined;
        }
        catch {
            /* reported below */
        }
        if (!version)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${location} is not an OCI image layout (no valid oci-layout file).`, {
                input,
                fix: 'write it with gantry, skopeo copy oci:…, crane or buildx --output type=oci.'
            });
        return new LayoutSource(location, files, input);
    }
    corrupt(what) {
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the OCI layout ${this.location} is corrupt: ${what}.`, {
            input: this.input,
            fix: 'write the layout again (it was changed or truncated after it was written).'
        });
    }
    /** index.json, parsed. */
    async index() {
        const bytes = await this.files.read('index.json', _registry_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
        if (!bytes)
            throw this.corrupt('it has no index.json');
        let index;
        try {
            index = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw this.corrupt('index.json is not JSON');
        }
        if (!Array.isArray(index.manifests))
            throw this.corrupt('index.json has no manifests list');
        return { index, bytes };
    }
    async manifest(reference) {
        let d;
        if (reference?.startsWith('sha256:')) {
            d = { mediaType: '', digest: reference, size: -1 };
        }
        else {
            const { index, bytes } = await this.index();
            const entries = index.manifests.filter(m => _types_js__WEBPACK_IMPORTED_MODULE_10__/* .INDEX_TYPES */ .V.includes(m.mediaType) || _types_js__WEBPACK_IMPORTED_MODULE_10__/* .MANIFEST_TYPES */ ._P.includes(m.mediaType));
            if (reference !== undefined) {
                d = entries.find(m => {
                    const name = m.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_10__/* .ANNOTATION */ .YX.refName];
                    return name === reference || name?.endsWith(`:${reference}`);
                });
                if (!d)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the OCI layout ${this.location} has no image tagged "${reference}".`, {
                        input: this.input,
                        fix: `use one of its names (${entries
                            .map(m => m.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_10__/* .ANNOTATION */ .YX.refName])
                            .filter(Boolean)
                            .join(', ') || 'it has none'}), or leave the tag out.`
                    });
            }
            else if (entries.length === 1)
                d = entries[0];
            else if (entries.length === 0)
                throw this.corrupt('index.json lists no image');
            else {
                // Several images at the top: index.json is itself the image index (as some tools write it).
                return { mediaType: _types_js__WEBPACK_IMPORTED_MODULE_10__/* .MEDIA */ .Rn.ociIndex, digest: (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes), bytes };
            }
        }
        const name = blobPath(d.digest, `${this.location}/index.json`, this.input);
        const bytes = await this.files.read(name, _registry_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_MANIFEST_BYTES */ .ZJ);
        if (!bytes)
            throw this.corrupt(`${name} is missing`);
        const digest = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(bytes);
        if (digest !== d.digest)
            throw new _util_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestMismatchError */ .h(d.digest, digest, `the OCI layout ${this.location} holds a manifest ${name} that`);
        let mediaType;
        try {
            mediaType = JSON.parse(bytes.toString('utf8')).mediaType;
        }
        catch {
            throw this.corrupt(`${name} is not JSON`);
        }
        return { mediaType: mediaType ?? (d.mediaType || _types_js__WEBPACK_IMPORTED_MODULE_10__/* .MEDIA */ .Rn.ociManifest), digest, bytes };
    }
    blob(d) {
        const name = blobPath(d.digest, `a manifest in ${this.location}`, this.input);
        return {
            mediaType: d.mediaType,
            digest: d.digest,
            size: d.size,
            urls: d.urls,
            annotations: d.annotations,
            open: async () => {
                try {
                    return await this.files.stream(name, d.size, d.digest);
                }
                catch (err) {
                    if (err.code === 'ENOENT')
                        throw this.corrupt(`${name} is missing`);
                    throw err;
                }
            }
        };
    }
}
function folderFiles(dir, input) {
    let root;
    const regular = async (name) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, ...name.split('/'));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
        if (!st)
            return undefined;
        // A plain file whose real path is inside the layout: no symlinked file or folder points elsewhere.
        root ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir);
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file);
        if (!st.isFile() || !real.startsWith(`${await root}${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file} is not a regular file inside the layout.`, {
                input,
                fix: 'an OCI layout holds plain files only (no symlinks); write it again.'
            });
        return file;
    };
    return {
        async read(name, limit) {
            const file = await regular(name);
            if (!file)
                return undefined;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file);
            if (st.size > limit)
                throw new Error(`${file} is larger than ${limit} bytes`);
            return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        },
        async stream(name, size, digest) {
            const file = await regular(name);
            if (!file)
                throw Object.assign(new Error(`${name} is missing`), { code: 'ENOENT' });
            return (0,_blob_js__WEBPACK_IMPORTED_MODULE_7__/* .verified */ .zr)((0,_blob_js__WEBPACK_IMPORTED_MODULE_7__/* .readBlobFile */ .Ww)(file), digest, size, `${file}, which`);
        }
    };
}
function tarFiles(file, index) {
    return {
        async read(name, limit) {
            const e = index.get(name);
            if (!e)
                return undefined;
            if (e.size > limit)
                throw new Error(`${name} in ${file} is larger than ${limit} bytes`);
            if (e.size === 0)
                return Buffer.alloc(0);
            const chunks = [];
            for await (const c of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { start: e.offset, end: e.offset + e.size - 1 }))
                chunks.push(c);
            return Buffer.concat(chunks);
        },
        async stream(name, size, digest) {
            const e = index.get(name);
            if (!e)
                throw Object.assign(new Error(`${name} is missing`), { code: 'ENOENT' });
            const s = e.size === 0 ? node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([]) : (0,_blob_js__WEBPACK_IMPORTED_MODULE_7__/* .readBlobFile */ .Ww)(file, { start: e.offset, end: e.offset + e.size - 1 });
            return (0,_blob_js__WEBPACK_IMPORTED_MODULE_7__/* .verified */ .zr)(s, digest, size, `${name} in ${file}, which`);
        }
    };
}


/***/ }),

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ indexTar)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
// An index of the regular files in a tar archive (name -> offset and size), read from the headers alone,
// so the files of a tarred OCI layout can be streamed straight out of the archive without unpacking it.
// Reads ustar headers, PAX extended headers (path, size, linkpath) and GNU long names; ignores everything
// that is not a regular file (symlinks are listed apart on request), and names that are absolute or climb
// out with `..`.

const BLOCK = 512;
function field(b, start, len) {
    const s = b.subarray(start, start + len);
    const nul = s.indexOf(0);
    return s.subarray(0, nul < 0 ? s.length : nul).toString('utf8');
}
function octal(b, start, len) {
    // Base-256 (GNU) for sizes of 8 GiB and more: the first byte has its high bit set.
    if (b[start] & 0x80) {
        let n = 0;
        for (let i = start + 1; i < start + len; i++)
            n = n * 256 + b[i];
        return n;
    }
    const s = field(b, start, len).trim();
    if (!/^[0-7]*$/.test(s))
        throw new Error(`not a tar header (size field "${s.slice(0, 12)}")`);
    return s ? parseInt(s, 8) : 0;
}
function checksumOk(h) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : h[i];
    return sum === octal(h, 148, 8);
}
function pax(text) {
    const out = {};
    let rest = Buffer.from(text, 'utf8');
    while (rest.length) {
        const sp = rest.indexOf(0x20);
        const len = Number(rest.subarray(0, sp).toString('ascii'));
        if (sp < 0 || !Number.isInteger(len) || len <= sp || len > rest.length)
            break;
        const record = rest.subarray(sp + 1, len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        rest = rest.subarray(len);
    }
    return out;
}
/** Normalise an entry name: no leading `./` or `/`; undefined for names that climb out. */
function clean(name) {
    const parts = name.split('/').filter(p => p && p !== '.');
    if (!parts.length || parts.includes('..') || name.startsWith('/'))
        return undefined;
    return parts.join('/');
}
/**
 * Index a tar file. Throws when the file is not a tar (a bad header checksum) or ends mid-entry. With
 * `links`, symbolic links are recorded there (name -> target as written; resolving is the caller's).
 */
async function indexTar(file, links) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    const out = new Map();
    try {
        const { size: total } = await fh.stat();
        const h = Buffer.alloc(BLOCK);
        let pos = 0;
        let longName;
        let longLink;
        let paxHeaders = {};
        for (;;) {
            if (pos + BLOCK > total)
                break;
            await fh.read(h, 0, BLOCK, pos);
            if (h.every(b => b === 0))
                break;
            if (!checksumOk(h))
                throw new Error(`not a tar archive (bad header at byte ${pos})`);
            const type = String.fromCharCode(h[156] || 0x30);
            let size = octal(h, 124, 12);
            if (paxHeaders.size !== undefined && /^\d+$/.test(paxHeaders.size))
                size = Number(paxHeaders.size);
            const data = pos + BLOCK;
            const next = data + Math.ceil(size / BLOCK) * BLOCK;
            if (data + size > total)
                throw new Error('the tar archive ends in the middle of an entry');
            if (type === 'x' || type === 'L' || type === 'K') {
                if (size > 1 << 20)
                    throw new Error('a tar extended header is larger than 1 MiB');
                const buf = Buffer.alloc(size);
                await fh.read(buf, 0, size, data);
                if (type === 'x')
                    paxHeaders = pax(buf.toString('utf8'));
                else if (type === 'L')
                    longName = field(buf, 0, size);
                else
                    longLink = field(buf, 0, size);
                pos = next;
                continue;
            }
            if (type !== 'g') {
                const prefix = field(h, 345, 155);
                const base = field(h, 0, 100);
                const name = paxHeaders.path ?? longName ?? (prefix && field(h, 257, 6) === 'ustar' ? `${prefix}/${base}` : base);
                const c = clean(name);
                if ((type === '0' || type === '\0' || type === '7') && c !== undefined)
                    out.set(c, { offset: data, size });
                if (type === '2' && links && c !== undefined)
                    links.set(c, paxHeaders.linkpath ?? longLink ?? field(h, 157, 100));
            }
            longName = undefined;
            longLink = undefined;
            paxHeaders = {};
            pos = next;
        }
    }
    finally {
        await fh.close();
    }
    return out;
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ platformString),
/* harmony export */   H3: () => (/* binding */ isAttestation),
/* harmony export */   Qp: () => (/* binding */ toFamily),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES),
/* harmony export */   li: () => (/* binding */ CONFIG_TYPES)
/* harmony export */ });
/* unused harmony exports GZIP_LAYER_TYPES, LAYER_TYPES, familyOf */
// The OCI image model as the registry API and image layouts carry it: media types (OCI and Docker v2
// schema 2), descriptors, manifests, indexes and image configs. Shared by both engines, the readers
// (src/oci/reader.ts) and the publishers.
const MEDIA = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip'
};
const INDEX_TYPES = [MEDIA.ociIndex, MEDIA.dockerList];
const MANIFEST_TYPES = [MEDIA.ociManifest, MEDIA.dockerManifest];
const CONFIG_TYPES = [MEDIA.ociConfig, MEDIA.dockerConfig];
/** Layer media types whose blobs are gzip-compressed tars. */
const GZIP_LAYER_TYPES = [
    MEDIA.ociLayerGzip,
    MEDIA.dockerLayerGzip,
    MEDIA.ociLayerNondistributableGzip,
    MEDIA.dockerForeignLayerGzip
];
/** Layer media types this code can read (the scan stage's layer walker gets one of these). */
const LAYER_TYPES = [...GZIP_LAYER_TYPES, MEDIA.ociLayer, MEDIA.ociLayerZstd];
/** Annotations gantry writes (OCI image spec, annotations.md). */
const ANNOTATION = {
    baseName: 'org.opencontainers.image.base.name',
    baseDigest: 'org.opencontainers.image.base.digest',
    refName: 'org.opencontainers.image.ref.name',
    created: 'org.opencontainers.image.created'
};
function familyOf(mediaType) {
    return mediaType.startsWith('application/vnd.docker.') ? 'docker' : 'oci';
}
/** The same kind of document or blob in the other family (unknown types stay as they are). */
function toFamily(mediaType, family) {
    const pairs = [
        [MEDIA.ociIndex, MEDIA.dockerList],
        [MEDIA.ociManifest, MEDIA.dockerManifest],
        [MEDIA.ociConfig, MEDIA.dockerConfig],
        [MEDIA.ociLayerGzip, MEDIA.dockerLayerGzip],
        [MEDIA.ociLayerNondistributableGzip, MEDIA.dockerForeignLayerGzip]
    ];
    for (const [oci, docker] of pairs)
        if (mediaType === oci || mediaType === docker)
            return family === 'oci' ? oci : docker;
    return mediaType;
}
/** `linux/arm/v7` from an OCI platform object. */
function platformString(p) {
    return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
/** Attestation manifests (provenance, SBOM) sit in an index as platform unknown/unknown. */
function isAttestation(d) {
    return (d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown'));
}


/***/ }),

/***/ 4287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E8: () => (/* binding */ LOGIN_INPUTS),
  $n: () => (/* binding */ parseLogin),
  IA: () => (/* binding */ undoStepLogin),
  WW: () => (/* binding */ withStepLogin)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/host.ts
var host = __webpack_require__(4860);
// EXTERNAL MODULE: ./src/util/json.ts + 1 modules
var json = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
// EXTERNAL MODULE: ./src/oci/registry.ts
var oci_registry = __webpack_require__(494);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(2017);
// EXTERNAL MODULE: ./src/oci/docker-config.ts
var docker_config = __webpack_require__(7520);
;// CONCATENATED MODULE: ./src/oci/step-config.ts
// A private Docker config for one step's login. The user's config is never written: gantry makes a
// temporary DOCKER_CONFIG seeded from it (every setting, the inline `auths`, the `credHelpers` and the
// registries of the `credsStore`, and links to its cli-plugins, buildx and contexts folders), with the step's
// login as the one way to reach its registry, passes it to docker, buildx and its own registry client, and
// removes it when the step ends. An owner file (pid, host, time) in the folder lets a later run remove the
// folder of a run that was killed before it could.






/** The temp-folder prefix of step configs (host.tempDir adds `gantry-`). */
const STEP_CONFIG_PREFIX = 'docker-config';
const FOLDER = /^gantry-docker-config-[A-Za-z0-9]+$/;
/** The recovery file: who made the folder. */
const OWNER_FILE = 'gantry-owner.json';
const OWNER_SCHEMA = {
    type: 'object',
    properties: { pid: { type: 'integer' }, host: { type: 'string' }, created: { type: 'string' } },
    required: ['pid', 'host', 'created']
};
const STORE_LIST = { type: 'object', additionalProperties: { type: 'string' } };
/**
 * The credsStore's registries as credHelpers entries (the store, asked per registry), except `registry`:
 * a credsStore would otherwise answer for every registry, the logged-in one too, and the login would not count.
 */
async function storeAsHelpers(host, store, registry) {
    if (!(0,docker_config/* isHelperName */.Ti)(store))
        return {};
    const r = await host
        .exec(`docker-credential-${store}`, ['list'], { ignoreReturnCode: true })
        .catch(() => undefined);
    let servers = {};
    try {
        if (r?.code === 0)
            servers = (0,json/* parseJsonAs */.WT)(r.stdout || '{}', STORE_LIST, 'list');
        else
            throw new Error('list failed');
    }
    catch {
        host.logger.warn(`the Docker credential store "${store}" could not list its registries (docker-credential-${store} list); in this step only the login registry, the inline auths and the credHelpers of the Docker config have credentials.`);
    }
    const out = {};
    for (const server of Object.keys(servers)) {
        const reg = (0,docker_config/* registryOfKey */.Yq)(server);
        if (reg !== registry)
            for (const key of [(0,docker_config/* authKey */.MY)(reg), reg])
                out[key] = store;
    }
    return out;
}
/** The user's config with the login as the only credential source for `registry`. */
async function seedConfig(host, cfg, registry, creds) {
    const mine = new Set((0,docker_config/* keysFor */.qm)(registry));
    const out = { ...cfg };
    out.auths = Object.fromEntries(Object.entries(cfg.auths ?? {}).filter(([k]) => !mine.has(k)));
    out.auths[(0,docker_config/* authKey */.MY)(registry)] = {
        auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64')
    };
    const helpers = Object.fromEntries(Object.entries(cfg.credHelpers ?? {}).filter(([k]) => !mine.has(k)));
    if (cfg.credsStore)
        Object.assign(helpers, await storeAsHelpers(host, cfg.credsStore, registry), cfg.credHelpers ?? {});
    for (const k of mine)
        delete helpers[k];
    delete out.credsStore;
    if (Object.keys(helpers).length)
        out.credHelpers = helpers;
    else
        delete out.credHelpers;
    return out;
}
/** Link the user's other config entries (cli-plugins, buildx builders, contexts) into the step config. */
async function linkEntries(userDir, dir) {
    const entries = await (0,promises_.readdir)(userDir).catch(() => []);
    for (const e of entries.sort())
        if (e !== 'config.json' && !e.startsWith('config.json.') && e !== OWNER_FILE)
            await (0,promises_.symlink)(external_node_path_default().join(userDir, e), external_node_path_default().join(dir, e));
}
/** Make the step's private config; the caller passes DOCKER_CONFIG=dir to every tool and removes it after. */
async function createStepConfig(host, registry, creds) {
    const userDir = (0,docker_config/* dockerConfigDir */.kG)(host.env);
    const cfg = await (0,docker_config/* readConfig */.Xg)(userDir);
    const dir = await host.tempDir(STEP_CONFIG_PREFIX);
    try {
        // The owner file first: a run killed from here on leaves a folder the next run can recognise.
        const owner = { pid: process.pid, host: external_node_os_default().hostname(), created: new Date().toISOString() };
        await (0,promises_.writeFile)(external_node_path_default().join(dir, OWNER_FILE), JSON.stringify(owner) + '\n', { mode: 0o600 });
        await linkEntries(userDir, dir);
        const seeded = await seedConfig(host, cfg, registry, creds);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'config.json'), JSON.stringify(seeded, null, '\t') + '\n', { mode: 0o600 });
    }
    catch (err) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw err;
    }
    return { dir, registry };
}
/** Is this folder a step config gantry made, owner file and all (so removing it removes nothing of the user's)? */
async function isStepConfig(dir) {
    if (!FOLDER.test(external_node_path_default().basename(dir)))
        return false;
    const st = await (0,promises_.lstat)(dir).catch(() => undefined);
    if (!st?.isDirectory())
        return false;
    return Boolean((await (0,promises_.lstat)(external_node_path_default().join(dir, OWNER_FILE)).catch(() => undefined))?.isFile());
}
/** Remove a step config (links inside it are removed, never followed). False when there was none. */
async function removeStepConfig(dir) {
    if (!(await isStepConfig(dir)))
        return false;
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    return true;
}
/**
 * Remove the step configs, next to `dir`, of runs on this machine that are gone (killed before their clean-up):
 * the recovery the owner file is for. Returns the folders removed.
 */
async function sweepStepConfigs(dir) {
    const root = external_node_path_default().dirname(dir);
    const removed = [];
    for (const name of await (0,promises_.readdir)(root).catch(() => [])) {
        const d = external_node_path_default().join(root, name);
        if (d === dir || !FOLDER.test(name))
            continue;
        const text = await (0,promises_.readFile)(external_node_path_default().join(d, OWNER_FILE), 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        let owner;
        try {
            owner = (0,json/* parseJsonAs */.WT)(text, OWNER_SCHEMA, OWNER_FILE);
        }
        catch {
            continue;
        }
        if (owner.host !== external_node_os_default().hostname() || (0,util_process/* isProcessAlive */.j)(owner.pid))
            continue;
        if (await removeStepConfig(d))
            removed.push(d);
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/oci/login.ts
// Step-scoped registry login: check the credentials against the registry (so a wrong password fails here
// with a clear message, before any build), then make a private Docker config holding them for the step
// (./step-config.ts). The user's own config is never written; logout removes the private one.



async function login(host, opts) {
    host.logger.mask(opts.password);
    // `registry` may be written as a host or a URL; keep the host.
    const registry = (0,image_ref/* parseRepository */.SU)(`${opts.registry.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}/x`, 'registry').registry;
    const client = new oci_registry/* RegistryClient */.bP(async () => ({ username: opts.username, password: opts.password }));
    // A refusal blames the password; a registry that cannot be reached blames the registry input.
    await client.checkLogin(registry, 'password', 'registry');
    const state = await createStepConfig(host, registry, { username: opts.username, password: opts.password });
    for (const dir of await sweepStepConfigs(state.dir))
        host.logger.info(`removed ${dir}, the login folder of an earlier run that was killed`);
    host.logger.info(`logged in to ${registry} as ${opts.username} (for this step only)`);
    return state;
}
async function logout(host, state) {
    if (await removeStepConfig(state.dir))
        host.logger.info(`logged out of ${state.registry}`);
}

;// CONCATENATED MODULE: ./src/stages/registry-login.ts
// The step-scoped registry login the image and scan stages share: the three inputs, their checks, and the
// login itself — a private Docker config holding the credentials (src/oci/login.ts), which the step's work
// sees through DOCKER_CONFIG and which is removed when the work ends; the post step (or the end of the CLI
// command) removes it too when the step was killed. The runner's state names the folder, never a credential.




/** The login inputs, spread into a stage's inputs. */
const LOGIN_INPUTS = {
    registry: {
        kind: 'string',
        description: 'Log in to this registry for the step (logged out in the post step). Default: none; the Docker config is used as it is.'
    },
    username: {
        kind: 'string',
        description: 'Username for registry.'
    },
    password: {
        kind: 'secret',
        description: 'Password or token for registry (masked). The CLI takes it from --password-stdin or GANTRY_PASSWORD, never from its arguments.'
    }
};
/** The login the inputs ask for, or undefined; half a login is a UserError naming the missing input. */
function parseLogin(i) {
    const { registry, username, password } = i;
    if ((username || password) && !(username && password))
        throw new errors/* UserError */.yo('username and password go together.', {
            input: username ? 'password' : 'username',
            fix: 'set both, or neither to use the Docker config as it is.'
        });
    if (username && !registry)
        throw new errors/* UserError */.yo('username and password need the registry to log in to.', {
            input: 'registry',
            fix: 'set registry (e.g. ghcr.io).'
        });
    return registry && username && password ? { registry, username, password } : undefined;
}
const STATE_LOGIN = 'login';
const LOGIN_STATE = {
    type: 'object',
    properties: { dir: { type: 'string', minLength: 1 }, registry: { type: 'string', minLength: 1 } },
    required: ['dir', 'registry']
};
/** Run `work` logged in (when `creds` are given): its host sees the private Docker config, removed after. */
async function withStepLogin(creds, ctx, work) {
    if (!creds)
        return work(ctx.host);
    const state = await login(ctx.host, creds);
    // The state names the private config folder only: no credential is kept in the runner's state file.
    ctx.state.set(STATE_LOGIN, JSON.stringify(state));
    try {
        return await work((0,host/* withEnv */.E)(ctx.host, { DOCKER_CONFIG: state.dir }));
    }
    finally {
        await logout(ctx.host, state);
    }
}
/** The post step's half: remove the private config should the main step have been killed before it did. */
async function undoStepLogin(ctx) {
    const saved = ctx.state.get(STATE_LOGIN);
    if (saved)
        await logout(ctx.host, (0,json/* parseJsonAs */.WT)(saved, LOGIN_STATE, 'the saved login state'));
}


/***/ }),

/***/ 1251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ lastAtOrBefore),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   dX: () => (/* binding */ byKey)
/* harmony export */ });
// Comparators for the one stable order every output uses.
/** Compare two strings by code unit (not locale): the order sorted output files use. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A comparator that orders by one or more keys, each a string or a number. */
function byKey(...keys) {
    return (a, b) => {
        for (const key of keys) {
            const x = key(a);
            const y = key(b);
            const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
            if (c)
                return c;
        }
        return 0;
    };
}
/**
 * The index of the last of `sorted` (ascending) that is at or below `value`, by binary search; 0 when none is
 * (callers hold a first element of 0: chunk starts, line starts).
 */
function lastAtOrBefore(sorted, value) {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sorted[mid] <= value)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}


/***/ }),

/***/ 3731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ Limiter),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
// Bounded concurrency: run async jobs with at most `limit` in flight (mapLimit keeps results in input order;
// a Limiter takes jobs as they come).
async function mapLimit(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new Error(`mapLimit: limit must be a positive integer, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    let failed;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                // Stop handing out new work; jobs already running finish, then the first error is thrown.
                failed ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failed)
        throw failed.error;
    return results;
}
/** At most `limit` of the jobs given to run() at once; the others wait in the order they came. */
class Limiter {
    limit;
    running = 0;
    queue = [];
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`Limiter: limit must be a positive integer, got ${limit}`);
    }
    async run(fn) {
        if (this.running >= this.limit)
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
}


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   fu: () => (/* binding */ SHA256_DIGEST),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   oP: () => (/* binding */ verifyingStream),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
// sha256 in the forms gantry uses: hex (checksums files, artifacts.json) and `sha256:<hex>` (OCI digests),
// for buffers, files (streamed) and streams that must match a digest they were asked for.




const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** The OCI form: `sha256:<hex>`. */
function sha256Digest(data) {
    return `sha256:${sha256Hex(data)}`;
}
/** Hash a file without reading it into memory. */
async function sha256File(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    // 1 MiB reads: a binary of tens of MiB is hashed in tens of steps, not hundreds (memory stays bounded).
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: 1 << 20 }), async (source) => {
        for await (const chunk of source) {
            size += chunk.length;
            h.update(chunk);
        }
    });
    return { hex: h.digest('hex'), size };
}
/** Content that is not what its digest (or size) says. */
class DigestMismatchError extends Error {
    expected;
    actual;
    what;
    constructor(expected, actual, what) {
        super(`${what}: expected ${expected}, got ${actual}`);
        this.expected = expected;
        this.actual = actual;
        this.what = what;
        this.name = 'DigestMismatchError';
    }
}
/**
 * A pass-through stream that fails (DigestMismatchError) at its end when the bytes do not hash to
 * `expected` (`sha256:<hex>`), and as soon as they exceed `size` when a size is given.
 */
function verifyingStream(expected, what, size) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let seen = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, cb) {
            seen += chunk.length;
            if (size !== undefined && seen > size)
                return cb(new DigestMismatchError(`${size} bytes`, `more than ${size} bytes`, what));
            h.update(chunk);
            cb(null, chunk);
        },
        flush(cb) {
            if (size !== undefined && seen !== size)
                return cb(new DigestMismatchError(`${size} bytes`, `${seen} bytes`, what));
            const actual = `sha256:${h.digest('hex')}`;
            cb(actual === expected ? null : new DigestMismatchError(expected, actual, what));
        }
    });
}


/***/ }),

/***/ 708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ readCached),
/* harmony export */   Ug: () => (/* binding */ writeCached),
/* harmony export */   XK: () => (/* binding */ privateDir),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bE: () => (/* binding */ userCacheDir)
/* harmony export */ });
/* unused harmony export cacheDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3174);
// Small JSON facts kept between runs on one machine (what only the toolchain decides, such as its port list),
// so a warm rebuild does not ask again. In the user's cache folder ($XDG_CACHE_HOME/gantry, else
// ~/.cache/gantry), mode 0700 and owned by this user (a file another user planted is never read); every
// value is schema-checked when read, and any problem is a miss.





/**
 * gantry's folder `name` in the user's cache folder ($XDG_CACHE_HOME/gantry/<name>, else
 * ~/.cache/gantry/<name>), from the environment tools run in (never the process's own).
 */
function userCacheDir(env, name) {
    const base = env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir(), '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, 'gantry', name);
}
/** Where the facts live. */
function cacheDir(env) {
    return userCacheDir(env, 'facts');
}
/**
 * `dir`, created 0700 when missing, if it is a folder owned by this user that no one else may read or write;
 * else undefined (a cache planted or opened up by someone else is not used).
 */
async function privateDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true, mode: 0o700 }).catch(() => undefined);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined);
    const uid = node_os__WEBPACK_IMPORTED_MODULE_2___default().userInfo().uid;
    if (!st?.isDirectory() || (uid >= 0 && st.uid !== uid) || (st.mode & 0o077) !== 0)
        return undefined;
    return dir;
}
/** Write a file whole or not at all: a temporary file beside it, renamed over it. Throws on failure. */
async function writeFileAtomic(file, data) {
    const tmp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data, { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw err;
    }
}
// Checked once per folder and process: a warm rebuild reads five facts, and would check it five times.
const checked = new Map();
function ownDir(env) {
    const dir = cacheDir(env);
    let p = checked.get(dir);
    if (!p) {
        p = privateDir(dir);
        checked.set(dir, p);
    }
    return p;
}
function fileName(kind, key) {
    return `${kind.replace(/[^a-z0-9-]/g, '')}-${key.replace(/[^a-f0-9]/g, '').slice(0, 64)}.json`;
}
/** The value kept for (kind, key), or undefined when there is none or it does not match the schema. */
async function readCached(env, kind, key, schema) {
    const dir = await ownDir(env);
    if (!dir)
        return undefined;
    try {
        const data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, fileName(kind, key)), 'utf8'));
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .validator */ .Nc)(schema)(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Keep a value for (kind, key); failures are ignored (the cache is an optimisation). */
async function writeCached(env, kind, key, value) {
    const dir = await ownDir(env);
    if (!dir)
        return;
    try {
        await writeFileAtomic(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, fileName(kind, key)), JSON.stringify(value));
    }
    catch {
        // a read-only temp dir: no cache
    }
}


/***/ }),

/***/ 2017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ isProcessAlive)
/* harmony export */ });
// Whether a process of this machine is still running: how the dist lock and the login recovery file tell a
// crashed run's leftovers from a run still in progress.
/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
function isProcessAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   aB: () => (/* binding */ RetryExhaustedError),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   dw: () => (/* binding */ RetryableError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// One retry policy for every network call (registries, the GitHub API, database downloads): bounded attempts,
// exponential backoff with a cap, Retry-After honoured (capped), a timeout per attempt and a bound on the
// whole operation. Callers say what is transient by throwing RetryableError (or by the default rules for
// timeouts and connection resets); everything else fails at once.

const DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 10_000,
    attemptTimeoutMs: 30_000,
    deadlineMs: 90_000
};
/** A failure worth another attempt (HTTP 5xx, 429, a reset), optionally with the server's Retry-After. */
class RetryableError extends Error {
    retryAfterMs;
    constructor(message, retryAfterMs, opts) {
        super(message, opts);
        this.retryAfterMs = retryAfterMs;
        this.name = 'RetryableError';
    }
}
/** Every attempt failed, or the operation ran out of time: carries the last failure. */
class RetryExhaustedError extends Error {
    what;
    attempts;
    elapsedMs;
    last;
    timedOut;
    constructor(what, attempts, elapsedMs, last, timedOut) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isErrorLike */ .u7)(last) ? last.message : String(last);
        super(timedOut
            ? `${what} did not finish within ${Math.round(elapsedMs / 1000)} s (${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${why})`
            : `${what} failed ${attempts} time${attempts === 1 ? '' : 's'} (last: ${why})`, { cause: last });
        this.what = what;
        this.attempts = attempts;
        this.elapsedMs = elapsedMs;
        this.last = last;
        this.timedOut = timedOut;
        this.name = 'RetryExhaustedError';
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const v = header.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT'
]);
/** Is this error transient by default: a RetryableError, a timeout, or a connection failure? */
function isTransient(err) {
    if (err instanceof RetryableError)
        return true;
    // Duck-typed, not instanceof: DOMException (abort and timeout reasons) and errors from other realms.
    for (let e = err, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
        const { name, code, message, cause } = e;
        if (name === 'TimeoutError' || name === 'AbortError')
            return true;
        if (typeof code === 'string' && TRANSIENT_CODES.has(code))
            return true;
        if (name === 'TypeError' && message === 'fetch failed')
            return true;
        e = cause;
    }
    return false;
}
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/**
 * Run `fn` until it succeeds, a non-transient error is thrown (rethrown as is), or the policy is used up
 * (RetryExhaustedError). `fn` gets the attempt number (from 1) and a signal that fires on the attempt
 * timeout or the overall deadline; pass it to fetch.
 */
async function retry(what, fn, policy = DEFAULT_RETRY, transient = isTransient) {
    const now = policy.now ?? Date.now;
    const sleep = policy.sleep ?? realSleep;
    const start = now();
    const deadline = policy.deadlineMs === undefined ? undefined : start + policy.deadlineMs;
    const attempts = Math.max(1, policy.attempts);
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const remaining = deadline === undefined ? undefined : deadline - now();
        if (remaining !== undefined && remaining <= 0)
            throw new RetryExhaustedError(what, attempt - 1, now() - start, last, true);
        const limits = [policy.attemptTimeoutMs, remaining].filter((n) => n !== undefined);
        const signal = limits.length ? AbortSignal.timeout(Math.min(...limits)) : new AbortController().signal;
        try {
            return await fn(attempt, signal);
        }
        catch (err) {
            last = err;
            if (!transient(err))
                throw err;
            if (attempt === attempts)
                break;
            const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
            const asked = err instanceof RetryableError ? err.retryAfterMs : undefined;
            let wait = asked === undefined ? backoff : Math.min(policy.maxDelayMs, Math.max(asked, 0));
            if (deadline !== undefined) {
                const left = deadline - now();
                if (left <= wait)
                    throw new RetryExhaustedError(what, attempt, now() - start, last, true);
                wait = Math.min(wait, left);
            }
            await sleep(wait);
        }
    }
    const timedOut = deadline !== undefined && now() >= deadline;
    throw new RetryExhaustedError(what, attempts, now() - start, last, timedOut);
}


/***/ })

};

//# sourceMappingURL=651.index.js.map