export const id = 98;
export const ids = [98];
export const modules = {

/***/ 9645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ isStable),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   aA: () => (/* binding */ rcompare),
/* harmony export */   bx: () => (/* binding */ baseOf),
/* harmony export */   gX: () => (/* binding */ parseVersionInput),
/* harmony export */   ol: () => (/* binding */ fullVersion),
/* harmony export */   z3: () => (/* binding */ parseStrict)
/* harmony export */ });
/* unused harmony export sv */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
// Versions: one strict SemVer 2.0 parser for every stage (node-semver's valid() accepts spaces and loose
// forms, so a strict pattern guards it) that keeps build metadata, and ranking with node-semver, never with
// git's sort (which puts -rc.1 above the release).


// semver.org's recommended pattern: no leading zeros, dot-separated prerelease and build identifiers.
const STRICT = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** A strict semver string (no prefix) as node-semver's object (build metadata in `.build`), or undefined. */
function parseStrict(text) {
    if (!STRICT.test(text))
        return undefined;
    return semver__WEBPACK_IMPORTED_MODULE_0___default().parse(text) ?? undefined;
}
/** A version input: strict semver with an optional leading `v`, build metadata kept. */
function parseVersionInput(value, input = 'version') {
    const text = value.trim().replace(/^v(?=\d)/, '');
    const v = parseStrict(text);
    if (!v)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`"${value}" is not a semantic version.`, {
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
    return semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(a, b);
}
function compare(a, b) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(a, b);
}
/** major.minor.patch of a version, without prerelease or build. */
function baseOf(v) {
    return new (semver__WEBPACK_IMPORTED_MODULE_0___default().SemVer)(`${v.major}.${v.minor}.${v.patch}`);
}
function sv(text) {
    return new semver.SemVer(text);
}
/** A version input as text: no leading `v`, build metadata kept (`v1.2.3+build.5` → `1.2.3+build.5`). */
function normalizeVersion(value, input = 'version') {
    return fullVersion(parseVersionInput(value, input));
}


/***/ }),

/***/ 5506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ apiRequest),
/* harmony export */   Ef: () => (/* binding */ getTagCommit),
/* harmony export */   pb: () => (/* binding */ apiError)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4266);
// The few GitHub REST calls the tag stage makes (git database API: tag objects and refs), with plain fetch.
// 5xx answers and network errors are retried a bounded number of times; 4xx answers are returned. Failures
// are UserErrors naming push-tag: GitHub being down is not a gantry bug, and no tag ref was made.


async function apiRequest(api, method, path, body) {
    const url = `${api.apiUrl}/repos/${api.repository}${path}`;
    const policy = { ..._util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY */ .vI, ...api.retry };
    try {
        return await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(`${method} ${path}`, async (_attempt, signal) => {
            const res = await fetch(url, {
                method,
                signal,
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${api.token}`,
                    'x-github-api-version': '2022-11-28',
                    'user-agent': 'gantry',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' })
                },
                body: body === undefined ? undefined : JSON.stringify(body)
            });
            const text = await res.text();
            if (res.status >= 500 || res.status === 429)
                throw new _util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryableError */ .dw(`HTTP ${res.status}`, (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(res.headers.get('retry-after')));
            let parsed;
            try {
                parsed = text ? JSON.parse(text) : {};
            }
            catch {
                parsed = { message: text.slice(0, 200) };
            }
            // A list answer (assets, releases) comes back as `items`, so every body is an object.
            const obj = Array.isArray(parsed)
                ? { items: parsed }
                : parsed && typeof parsed === 'object'
                    ? parsed
                    : { message: '' };
            return { status: res.status, body: obj };
        }, policy);
    }
    catch (err) {
        if (!(err instanceof _util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryExhaustedError */ .aB))
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the GitHub API (${err.message}).`, {
            input: api.input ?? 'push-tag',
            fix: 're-run the job; no tag ref was created.'
        });
    }
}
/** The commit a tag ref points at (peeling an annotated tag), or undefined when the ref does not exist. */
async function getTagCommit(api, tag) {
    const r = await apiRequest(api, 'GET', `/git/ref/tags/${encodeURIComponent(tag).replace(/%2F/g, '/')}`);
    if (r.status === 404)
        return undefined;
    if (r.status !== 200)
        throw apiError('get the tag ref', r);
    const obj = r.body.object;
    if (typeof obj?.sha !== 'string')
        throw apiError('read the tag ref (no object in the answer)', r);
    if (obj.type !== 'tag')
        return obj.sha;
    const t = await apiRequest(api, 'GET', `/git/tags/${obj.sha}`);
    if (t.status !== 200)
        throw apiError('read the tag object', t);
    const sha = t.body.object?.sha;
    if (typeof sha !== 'string')
        throw apiError('read the tag object (no commit in the answer)', t);
    return sha;
}
function apiError(what, r, input = 'push-tag') {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the GitHub API could not ${what}: HTTP ${r.status} ${String(r.body.message ?? '')}`.trim(), {
        input,
        fix: 're-run the job; if it persists, use push-tag: git. No tag was moved.'
    });
}


/***/ }),

/***/ 1098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubReleaseOptions: () => (/* binding */ githubReleaseOptions),
  githubReleaseStage: () => (/* binding */ githubReleaseStage),
  isPrereleaseTag: () => (/* binding */ isPrereleaseTag),
  releaseApi: () => (/* binding */ releaseApi),
  releaseAssets: () => (/* binding */ releaseAssets),
  releaseFacts: () => (/* binding */ releaseFacts),
  releaseToken: () => (/* binding */ releaseToken)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/log-safe.ts
var log_safe = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/model/artifacts.ts
var artifacts = __webpack_require__(2314);
// EXTERNAL MODULE: ./src/model/artifact-file.ts
var artifact_file = __webpack_require__(5858);
// EXTERNAL MODULE: ./src/model/semver.ts
var semver = __webpack_require__(9645);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/release/github.ts
var github = __webpack_require__(5506);
;// CONCATENATED MODULE: ./src/release/github-release.ts
// A GitHub release for a version tag, through the REST API: created once, then kept in step on re-runs —
// the name, notes and prerelease flag updated, every asset uploaded once (an asset with the same name and
// the same sha256 is kept; one with other content is replaced). A re-run after a cancelled one finishes the
// job without duplicates.








const INPUT = 'release';
function failure(what, r) {
    return new errors/* UserError */.yo(`the GitHub API could not ${what}: HTTP ${r.status} ${String(r.body.message ?? '')}`.trim(), {
        input: INPUT,
        fix: 'check that github-token may write releases (permissions: contents: write) and re-run; assets already uploaded are kept.'
    });
}
function releaseOf(r) {
    const b = r.body;
    if (typeof b.id !== 'number' || typeof b.upload_url !== 'string')
        throw failure('read the release (no id or upload URL in the answer)', r);
    return {
        id: b.id,
        url: typeof b.html_url === 'string' ? b.html_url : '',
        // The hypermedia template: `https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}`.
        uploadUrl: b.upload_url.replace(/\{[^}]*\}$/, ''),
        name: typeof b.name === 'string' ? b.name : '',
        body: typeof b.body === 'string' ? b.body : '',
        prerelease: b.prerelease === true
    };
}
/** The release of `tag`, made when there is none (a concurrent run making it first is fine). */
async function findOrCreate(api, r) {
    const byTag = `/releases/tags/${encodeURIComponent(r.tag)}`;
    const found = await (0,github/* apiRequest */.AT)(api, 'GET', byTag);
    if (found.status === 200)
        return { release: releaseOf(found), created: false };
    if (found.status !== 404)
        throw failure(`look up the release of ${r.tag}`, found);
    const made = await (0,github/* apiRequest */.AT)(api, 'POST', '/releases', {
        tag_name: r.tag,
        name: r.name,
        body: r.body,
        prerelease: r.prerelease,
        draft: false
    });
    if (made.status === 201)
        return { release: releaseOf(made), created: true };
    // 422: another run created it between the lookup and the create.
    if (made.status === 422) {
        const again = await (0,github/* apiRequest */.AT)(api, 'GET', byTag);
        if (again.status === 200)
            return { release: releaseOf(again), created: false };
    }
    throw failure(`create the release of ${r.tag}`, made);
}
async function listAssets(api, id) {
    const out = [];
    for (let page = 1; page <= 10; page++) {
        const r = await (0,github/* apiRequest */.AT)(api, 'GET', `/releases/${id}/assets?per_page=100&page=${page}`);
        if (r.status !== 200)
            throw failure('list the release assets', r);
        const items = Array.isArray(r.body.items) ? r.body.items : [];
        for (const a of items)
            if (typeof a.id === 'number' && typeof a.name === 'string' && typeof a.size === 'number')
                out.push({
                    id: a.id,
                    name: a.name,
                    size: a.size,
                    digest: typeof a.digest === 'string' ? a.digest : undefined
                });
        if (items.length < 100)
            break;
    }
    return out;
}
/** Upload one file as an asset, streamed, retried on 5xx/429/resets. */
async function upload(api, uploadUrl, file, name) {
    const size = (await (0,promises_.stat)(file)).size;
    const policy = {
        ...retry/* DEFAULT_RETRY */.vI,
        deadlineMs: undefined,
        attemptTimeoutMs: 10 * 60_000,
        ...api.retry
    };
    const url = `${uploadUrl}?name=${encodeURIComponent(name)}`;
    try {
        await (0,retry/* retry */.L5)(`upload ${name}`, async (_n, signal) => {
            const res = await fetch(url, {
                method: 'POST',
                signal,
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${api.token}`,
                    'content-type': 'application/octet-stream',
                    'content-length': String(size),
                    'user-agent': 'gantry'
                },
                body: external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(file)),
                duplex: 'half'
            });
            const text = await res.text();
            if (res.status >= 500 || res.status === 429)
                throw new retry/* RetryableError */.dw(`HTTP ${res.status}`, (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after')));
            if (res.status !== 201)
                throw new errors/* UserError */.yo(`the GitHub API refused the asset ${name}: HTTP ${res.status} ${text.slice(0, 200)}`, {
                    input: INPUT,
                    fix: 'check that github-token may write releases (permissions: contents: write) and re-run.'
                });
        }, policy);
    }
    catch (err) {
        if (!(err instanceof retry/* RetryExhaustedError */.aB))
            throw err;
        throw new errors/* UserError */.yo(`uploading ${name} to the release failed (${err.message}).`, {
            input: INPUT,
            fix: 're-run the job: assets already uploaded are kept.'
        });
    }
}
/** Create or update the release of `r.tag` and make its assets exactly the given files. */
async function publishRelease(api, r, host) {
    const a = { ...api, input: INPUT };
    const { release, created } = await findOrCreate(a, r);
    if (!created &&
        (release.name !== r.name || release.body !== r.body || release.prerelease !== r.prerelease)) {
        const u = await (0,github/* apiRequest */.AT)(a, 'PATCH', `/releases/${release.id}`, {
            name: r.name,
            body: r.body,
            prerelease: r.prerelease
        });
        if (u.status !== 200)
            throw failure(`update the release of ${r.tag}`, u);
    }
    const remote = await listAssets(a, release.id);
    const result = {
        id: release.id,
        url: release.url,
        created,
        uploaded: [],
        kept: [],
        replaced: []
    };
    for (const asset of r.assets) {
        const name = asset.name ?? external_node_path_default().basename(asset.file);
        const { hex, size } = await (0,digest/* sha256File */.Q3)(asset.file);
        const existing = remote.find(x => x.name === name);
        if (existing && existing.size === size && (!existing.digest || existing.digest === `sha256:${hex}`)) {
            result.kept.push(name);
            continue;
        }
        if (existing) {
            const d = await (0,github/* apiRequest */.AT)(a, 'DELETE', `/releases/assets/${existing.id}`);
            if (d.status !== 204 && d.status !== 404)
                throw failure(`replace the asset ${name}`, d);
            result.replaced.push(name);
        }
        await upload(a, release.uploadUrl, asset.file, name);
        if (!existing)
            result.uploaded.push(name);
        host.logger.info(`release asset ${name}: ${existing ? 'replaced' : 'uploaded'}`);
    }
    return result;
}

// EXTERNAL MODULE: ./src/stages/github-token.ts
var github_token = __webpack_require__(4932);
;// CONCATENATED MODULE: ./src/stages/github-release.ts
// The GitHub release stage (actions/github-release, `gantry github-release`): the release of a version tag
// with the build's archives and checksums as assets and the changelog as notes, through the REST API,
// idempotent on re-runs (src/release/github-release.ts). The files come from an artifacts.json, which may
// have crossed a job boundary: every asset is checked (a regular file inside the dist folder, its listed size
// and sha256) before the release is created or touched.














const github_release_inputs = {
    tag: {
        kind: 'string',
        required: true,
        description: 'The git tag to release (v1.4.0), which must exist on GitHub (the tag stage makes it).'
    },
    name: { kind: 'string', description: 'The release title. Default: the tag.' },
    notes: {
        kind: 'string',
        description: "The release notes, Markdown (the tag stage's changelog output, say). Default: none."
    },
    artifacts: {
        kind: 'list',
        commas: false,
        description: 'The artifacts.json of the go-build stage, one per line (one per build job when the build was split): the archives and the checksums file become the assets, each verified against its size and sha256 first; several checksums files become one. none: no assets.',
        default: 'dist/artifacts.json'
    },
    'mark-prerelease': {
        kind: 'enum',
        values: ['auto', 'true', 'false'],
        description: "Mark the release as a prerelease: auto (when the tag's version has a prerelease part, v1.4.0-rc.1), true or false. (Not named prerelease: that is the tag stage's prerelease identifier.)",
        default: 'auto'
    },
    'github-token': {
        kind: 'secret',
        description: 'Token with contents: write (the CLI reads GITHUB_TOKEN).',
        default: '${{ github.token }}',
        actionOnly: true
    },
    'allow-outside-workspace': {
        kind: 'bool',
        description: 'Allow an artifacts.json outside the workspace (GITHUB_WORKSPACE; the current folder for the CLI).',
        default: 'false'
    }
};
const outputs = {
    url: { encode: 'text', description: 'The release page.' },
    id: { encode: 'text', description: 'The release id.' },
    assets: {
        encode: 'json',
        description: 'JSON object: uploaded, kept (already there with the same sha256) and replaced asset names.'
    }
};
/** The token: the input in an action (its default is the runner's expression), GITHUB_TOKEN for the CLI. */
function releaseToken(given, env, input = 'github-token') {
    const token = (0,github_token/* githubToken */.b)(given, env);
    if (!token)
        throw new errors/* UserError */.yo('a GitHub release needs a token.', {
            input,
            fix: 'pass github-token: ${{ github.token }} with permissions: contents: write (the CLI reads GITHUB_TOKEN).'
        });
    return token;
}
/** The GitHub API of this run's repository, or a UserError when the run does not name one. */
function releaseApi(token, env) {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.ci.repository))
        throw new errors/* UserError */.yo('a GitHub release needs the repository (owner/name).', {
            input: 'github-token',
            fix: 'run it in a GitHub Actions job, or set GITHUB_REPOSITORY=owner/name for the CLI.'
        });
    return { apiUrl: env.ci.apiUrl, repository: env.ci.repository, token, input: 'release' };
}
/** Whether a tag's version is a prerelease (v1.4.0-rc.1); a tag that is no version is not. */
function isPrereleaseTag(tag) {
    const m = /(\d+\.\d+\.\d+\S*)$/.exec(tag);
    if (!m)
        return false;
    try {
        return (0,semver/* parseVersionInput */.gX)(m[1]).prerelease.length > 0;
    }
    catch {
        return false;
    }
}
function parseGitHubRelease(i, env) {
    const tag = i.tag;
    if (!/^[A-Za-z0-9._/+-]+$/.test(tag) || tag.startsWith('/') || tag.includes('..'))
        throw new errors/* UserError */.yo(`"${(0,log_safe/* oneLine */.TN)(tag)}" is not a tag name.`, {
            input: 'tag',
            fix: "pass the tag stage's tag output (v1.4.0)."
        });
    const token = releaseToken(i['github-token'], env);
    return {
        tag,
        name: i.name || tag,
        notes: i.notes,
        artifacts: i.artifacts.length === 1 && i.artifacts[0].toLowerCase() === 'none'
            ? []
            : i.artifacts.map(f => external_node_path_default().resolve(env.cwd, f)),
        prerelease: i['mark-prerelease'] === 'auto' ? isPrereleaseTag(tag) : i['mark-prerelease'] === 'true',
        api: releaseApi(token, env),
        workspace: env.ci.workspace || env.cwd,
        allowOutsideWorkspace: i['allow-outside-workspace']
    };
}
// A checksums file is a few lines per target; more than this is not one (and is not read into memory).
const MAX_CHECKSUMS_BYTES = 4 << 20;
/** One dist folder's archives and checksums file, each checked (regular file inside it, size, sha256). */
async function distAssets(file, input) {
    const { manifest, dir } = await (0,artifacts/* readArtifacts */.MN)(file, input);
    const p = manifest.project;
    const out = { archives: [], checksums: [], build: `${p.module}@${p.version} (${p.commit})` };
    for (const a of manifest.artifacts) {
        if (a.kind !== 'archive' && a.kind !== 'checksums')
            continue;
        const abs = await (0,artifact_file/* checkArtifactFile */.$)(dir, a, input);
        const name = external_node_path_default().posix.basename(a.path);
        if (a.kind === 'checksums' && a.size > MAX_CHECKSUMS_BYTES)
            throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(a.path)} is too large for a checksums file (${a.size} bytes).`, {
                input,
                fix: 'use the dist folder exactly as the go-build stage wrote it.'
            });
        const bytes = a.kind === 'checksums' ? await (0,promises_.readFile)(abs) : undefined;
        const hex = bytes ? (0,digest/* sha256Hex */.fg)(bytes) : (await (0,digest/* sha256File */.Q3)(abs)).hex;
        if (hex !== a.sha256)
            throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(a.path)} does not match the sha256 artifacts.json lists.`, {
                input,
                fix: 'download the dist folder again, or rebuild it with the go-build stage; nothing was released.'
            });
        if (bytes)
            out.checksums.push({ name, file: abs, text: bytes.toString('utf8') });
        else
            out.archives.push({ file: abs, name });
    }
    return out;
}
/**
 * The checksums files of several dist folders of one build (one per build job) as one file in `dir`: every
 * line of each, sorted by name as go-build sorts them. A name listed with two sums is refused.
 */
async function combineChecksums(files, dir, input) {
    const names = [...new Set(files.map(f => f.name))];
    if (names.length > 1)
        throw new errors/* UserError */.yo(`the dist folders name their checksums files differently (${names.map(log_safe/* oneLine */.TN).join(', ')}).`, {
            input,
            fix: 'build every group with the same go-build inputs (binary, main), so one checksums file covers them.'
        });
    const sums = new Map();
    for (const f of files)
        for (const line of f.text.split('\n').filter(Boolean)) {
            const m = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
            if (!m)
                throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(f.name)} holds a line that is not "sha256  name".`, {
                    input,
                    fix: 'use the dist folders exactly as the go-build stage wrote them.'
                });
            if ((sums.get(m[2]) ?? m[1]) !== m[1])
                throw new errors/* UserError */.yo(`two dist folders list different sha256 sums for ${(0,log_safe/* oneLine */.TN)(m[2])}.`, {
                    input,
                    fix: 'release the dist folders of one run of the build jobs.'
                });
            sums.set(m[2], m[1]);
        }
    const text = [...sums].sort((a, b) => (0,compare/* compareStrings */.Kt)(a[0], b[0])).map(([n, h]) => `${h}  ${n}\n`);
    const file = external_node_path_default().join(dir, names[0]);
    await (0,promises_.writeFile)(file, text.join(''));
    return { file, name: names[0] };
}
/**
 * The assets of a release: the archives of every artifacts.json (all of one build: the same module, version
 * and commit), each checked, and their checksums file — one, combined into `tempDir()` when the build was
 * split over several dist folders.
 */
async function releaseAssets(files, tempDir, input = 'artifacts') {
    const dists = [];
    for (const file of files)
        dists.push(await distAssets(file, input));
    const other = dists.find(d => d.build !== dists[0].build);
    if (other)
        throw new errors/* UserError */.yo(`the artifacts.json files are of different builds: ${(0,log_safe/* oneLine */.TN)(dists[0].build)} and ${(0,log_safe/* oneLine */.TN)(other.build)}.`, {
            input,
            fix: 'release the dist folders of one run of the build jobs.'
        });
    const sums = dists.flatMap(d => d.checksums);
    const out = [
        ...dists.flatMap(d => d.archives),
        ...(sums.length > 1
            ? [await combineChecksums(sums, await tempDir(), input)]
            : sums.map(({ file, name }) => ({ file, name })))
    ];
    const names = out.map(a => a.name);
    const twice = names.find((n, k) => names.indexOf(n) !== k);
    if (twice)
        throw new errors/* UserError */.yo(`two assets would both be named ${(0,log_safe/* oneLine */.TN)(twice)}.`, {
            input,
            fix: 'give the archives distinct names (archive-name in the go-build stage).'
        });
    return out;
}
async function runGitHubRelease(o, ctx) {
    ctx.host.logger.mask(o.api.token);
    for (const file of o.artifacts)
        await (0,paths/* confinePath */.ey)(file, 'artifacts', {
            workspace: o.workspace,
            allowOutside: o.allowOutsideWorkspace
        });
    const assets = await releaseAssets(o.artifacts, () => ctx.host.tempDir('release-checksums'));
    return publishRelease(o.api, { tag: o.tag, name: o.name, body: o.notes, prerelease: o.prerelease, assets }, ctx.host);
}
/** The summary lines of a release, shared with the pipeline's summary. */
function releaseFacts(r) {
    const parts = [
        r.uploaded.length ? `${r.uploaded.length} uploaded` : '',
        r.kept.length ? `${r.kept.length} kept` : '',
        r.replaced.length ? `${r.replaced.length} replaced` : ''
    ].filter(Boolean);
    return [
        { label: 'release:', value: `${r.url || `#${r.id}`} (${r.created ? 'created' : 'updated'})` },
        { label: 'assets:', value: parts.join(', ') || 'none' }
    ];
}
const githubReleaseStage = (0,stage/* defineStage */.wf)({
    name: 'github-release',
    action: 'github-release',
    title: 'gantry github-release',
    description: "Create or update the GitHub release of a version tag with the build's archives and checksums (verified first) and the changelog; re-runs upload only what is missing or changed.",
    summary: 'create or update the GitHub release of a tag with the archives, checksums and changelog',
    branding: { icon: 'upload-cloud', color: 'blue' },
    inputs: github_release_inputs,
    outputs,
    parse: parseGitHubRelease,
    run: runGitHubRelease,
    output: r => ({
        url: r.url,
        id: `${r.id}`,
        assets: { uploaded: r.uploaded, kept: r.kept, replaced: r.replaced }
    }),
    report: r => ({ title: 'gantry github-release', facts: releaseFacts(r) })
});
/** The stage's options from raw input strings, as the action would parse them (tests). */
function githubReleaseOptions(raw, env) {
    return parseGitHubRelease((0,inputs/* parseInputs */.TL)(github_release_inputs, raw), env);
}


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ githubToken)
/* harmony export */ });
// The GitHub token a stage was given: the github-token input in an action (whose spec default is the
// runner's `${{ github.token }}`, left unexpanded outside a runner), or GITHUB_TOKEN for the CLI.
/** The token, or '' when there is none. */
function githubToken(given, env) {
    const input = given.startsWith('${{') ? '' : given;
    return input || (env.surface === 'action' ? '' : (env.env.GITHUB_TOKEN ?? ''));
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

//# sourceMappingURL=98.index.js.map