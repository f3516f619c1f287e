export const id = 834;
export const ids = [834];
export const modules = {

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

/***/ 692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planStage: () => (/* binding */ planStage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_stage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1634);
/* harmony import */ var _go_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3971);
// The plan stage (actions/plan, `gantry plan`): the target matrix, validated against the toolchain.



const inputs = {
    targets: {
        kind: 'list',
        description: 'Targets, one per line or comma-separated: os/arch[/variant] in OCI form (linux/arm/v7), the words default, first-class or all, and !os/arch to exclude.',
        default: 'default'
    },
    'working-directory': {
        kind: 'string',
        description: 'The Go module folder (holds go.mod).',
        default: '.'
    }
};
const outputs = {
    matrix: {
        encode: 'json',
        description: 'JSON {"include":[...]} for strategy.matrix; each entry has goos, goarch, variant, the Go variant variable (goarm, goamd64, ...), platform and id.'
    },
    targets: { encode: 'json', description: 'JSON array of the OCI platform strings of every target.' },
    platforms: {
        encode: 'csv',
        description: 'Comma-separated OCI platforms of the linux targets, ready for the image action.'
    }
};
/** The Go variant variables of a matrix entry, as `GOARM=7`. */
function envOf(e) {
    const out = [`GOOS=${e.goos}`, `GOARCH=${e.goarch}`];
    for (const [k, v] of Object.entries(e))
        if (/^go[a-z0-9]+$/.test(k) && k !== 'goos' && k !== 'goarch')
            out.push(`${k.toUpperCase()}=${v}`);
    return out.join(' ');
}
const planStage = (0,_runtime_stage_js__WEBPACK_IMPORTED_MODULE_2__/* .defineStage */ .wf)({
    name: 'plan',
    action: 'plan',
    title: 'gantry plan',
    description: 'Resolve Go build targets (GOOS/GOARCH/variant ⇄ OCI platform) against the toolchain and emit a build matrix.',
    summary: 'resolve the targets and print the build matrix',
    branding: { icon: 'grid', color: 'blue' },
    inputs,
    outputs,
    parse: (i, env) => ({
        targets: i.targets,
        workingDirectory: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(env.cwd, i['working-directory'])
    }),
    run: (options, ctx) => (0,_go_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .plan */ .et)(options, ctx.host),
    output: r => ({ matrix: r.matrix, targets: r.platforms, platforms: r.imagePlatforms }),
    report: r => ({
        title: 'gantry plan',
        table: {
            columns: ['platform', 'id', 'env'],
            rows: r.matrix.include.map(e => [e.platform, e.id, envOf(e)])
        },
        notes: r.warnings
    })
});


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseStage: () => (/* binding */ releaseStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/runtime/pipeline.ts
var runtime_pipeline = __webpack_require__(2432);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/model/semver.ts
var semver = __webpack_require__(9645);
// EXTERNAL MODULE: ./src/scan/image-source.ts + 1 modules
var image_source = __webpack_require__(769);
// EXTERNAL MODULE: ./src/stages/plan.ts
var stages_plan = __webpack_require__(692);
// EXTERNAL MODULE: ./src/stages/tag.ts + 1 modules
var stages_tag = __webpack_require__(216);
// EXTERNAL MODULE: ./src/stages/go-build.ts + 1 modules
var go_build = __webpack_require__(390);
// EXTERNAL MODULE: ./src/stages/image.ts + 2 modules
var stages_image = __webpack_require__(4824);
// EXTERNAL MODULE: ./src/stages/scan.ts + 36 modules
var stages_scan = __webpack_require__(1563);
// EXTERNAL MODULE: ./src/oci/client.ts
var oci_client = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/oci/errors.ts
var oci_errors = __webpack_require__(8630);
// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __webpack_require__(8540);
// EXTERNAL MODULE: ./src/oci/publish.ts
var publish = __webpack_require__(8482);
// EXTERNAL MODULE: ./src/image/plan.ts
var plan = __webpack_require__(7010);
// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
// EXTERNAL MODULE: ./src/stages/registry-login.ts + 2 modules
var registry_login = __webpack_require__(4287);
;// CONCATENATED MODULE: ./src/stages/push.ts
// The push step of the one-step release (src/stages/release.ts): the image the oci engine wrote to an OCI
// layout, copied to every repository — blobs, then manifests, then the index, by digest — and, in a second
// step after the git tag, the tags. The blobs come from a layout on this machine and are digest-verified as
// they are read; a registry that has a blob or manifest already is not sent it again, so a re-run after a
// cancelled push finishes the job without duplicates. Not an action of its own: the pipeline's inner step.










const push_inputs = {
    images: { kind: 'list', description: 'Repositories to push to (ghcr.io/org/app).' },
    tags: {
        kind: 'list',
        description: 'Tags for every repository in images, or full references (the tag stage output).'
    },
    'registry-timeout': {
        kind: 'int',
        min: 1,
        max: 86400,
        description: 'Seconds the push may take.',
        default: '90'
    },
    ...registry_login/* LOGIN_INPUTS */.E8
};
const outputs = {
    refs: { encode: 'lines', description: 'repo@digest per repository, or repo:tag@digest per tag written.' }
};
async function runPush(o, ctx) {
    if (!o.layout || !o.digest)
        throw new Error('push: the pipeline gave no layout or digest');
    const { repositories, refs } = (0,plan/* resolveRefs */.F0)(o);
    if (!repositories.length && !refs.length)
        throw new errors/* UserError */.yo('names no repository to push to.', {
            input: 'images',
            fix: 'set images (ghcr.io/org/app), or push: false.'
        });
    const source = await oci_source/* LayoutSource */.c.open(o.layout, 'oci-layout');
    const node = await (0,publish/* readNode */.XH)(source, o.digest);
    return (0,registry_login/* withStepLogin */.WW)(o.login, ctx, async (host) => {
        const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: o.registryTimeoutMs });
        const what = `push ${[...repositories, ...refs].map(r => (0,image_ref/* repositoryName */.aR)(r)).join(', ')}`;
        const written = await (0,publish/* publishToRegistry */.w4)(client, host, node, {
            repositories,
            refs,
            tag: o.tag,
            pushed: o.pushed
        }).catch((err) => {
            throw (0,oci_errors/* registryFailure */.M)(err, { operation: what, input: 'images', publishing: true });
        });
        return { digest: node.digest, refs: written, tagged: o.tag };
    });
}
const pushStage = (0,stage/* defineStage */.wf)({
    name: 'push',
    action: 'push',
    title: 'gantry push',
    description: 'Push an image from an OCI layout to registries, by digest, then the tags.',
    summary: 'push an image from an OCI layout',
    inputs: push_inputs,
    outputs,
    parse: i => ({
        images: i.images,
        tags: i.tags,
        registryTimeoutMs: i['registry-timeout'] * 1000,
        login: (0,registry_login/* parseLogin */.$n)(i),
        layout: '',
        digest: '',
        tag: true
    }),
    run: runPush,
    output: r => ({ refs: r.refs }),
    report: r => ({
        title: r.tagged ? 'gantry push: tags' : 'gantry push',
        facts: r.refs.map(x => ({ label: r.tagged ? 'tagged' : 'pushed', value: { code: x } }))
    }),
    post: { if: 'always()', run: registry_login/* undoStepLogin */.IA }
});

// EXTERNAL MODULE: ./src/stages/github-release.ts + 1 modules
var github_release = __webpack_require__(1098);
;// CONCATENATED MODULE: ./src/stages/release-spec.ts
// The one-step release's inputs and outputs: the stages' own specs under their own names (so a value means
// the same in the root action as in the stage's action), a few renamed where two stages use one name for
// different things, and the release's own switches. The root action.yml and the docs table come from here.






/** The steps, in order: their names key the results, the log groups and the summary rows. */
const RELEASE_STEPS = [
    'plan',
    'tag',
    'build',
    'image',
    'scan',
    'push',
    'git-tag',
    'image-tags',
    'github-release'
];
const t = stages_tag.tagStage.inputs;
const b = go_build.buildStage.inputs;
const im = stages_image.imageStage.inputs;
const sc = stages_scan.scanStage.inputs;
const releaseInputs = {
    'working-directory': {
        ...t['working-directory'],
        description: 'The Go module folder (holds go.mod); for a module in a subfolder, also set tag-prefix (tools/v).'
    },
    targets: stages_plan.planStage.inputs.targets,
    // tag
    version: t.version,
    bump: t.bump,
    'tag-prefix': t['tag-prefix'],
    prerelease: t.prerelease,
    'major-zero': t['major-zero'],
    images: {
        ...t.images,
        description: 'Image names (ghcr.io/octo/hello), one per line or comma-separated: where push puts the image.'
    },
    tags: t.tags,
    latest: t.latest,
    'push-tag': {
        ...t['push-tag'],
        description: 'After the scan passed and the image is in the registries by digest: false; git (push an annotated tag with git) or api (create it through the GitHub REST API). The image tags are written after it.'
    },
    message: t.message,
    // build
    main: b.main,
    binary: b.binary,
    ldflags: b.ldflags,
    flags: b.flags,
    'build-tags': { ...b.tags, description: 'Go build tags, one per line or comma-separated (go-build tags).' },
    env: b.env,
    cgo: b.cgo,
    dist: b.dist,
    archives: b.archives,
    checksums: b.checksums,
    'verify-modules': b['verify-modules'],
    cache: b.cache,
    'cache-save': b['cache-save'],
    parallelism: b.parallelism,
    'lock-timeout': b['lock-timeout'],
    // image (always the daemonless oci engine)
    platforms: {
        ...im.platforms,
        description: 'OCI platforms of the image (linux/amd64, linux/arm/v7), each one of targets. Default: every linux target.'
    },
    base: im.base,
    labels: im.labels,
    annotations: im.annotations,
    'ca-certificates': im['ca-certificates'],
    user: im.user,
    'oci-layout': {
        kind: 'string',
        description: 'Write the image to this OCI image layout folder (kept after the step). Default: a temporary folder; its path is the oci-layout output.'
    },
    // scan
    scan: {
        kind: 'bool',
        description: 'Scan the image (or, with no linux target, the binaries) before anything is pushed or tagged.',
        default: 'true'
    },
    severity: sc.severity,
    'exit-code': {
        ...sc['exit-code'],
        description: 'The exit code when findings at those severities remain after ignores (0: report only). Non-zero makes the scan a gate: nothing is pushed and no tag is written when it fails.'
    },
    'ignore-unfixed': sc['ignore-unfixed'],
    ignorefile: sc.ignorefile,
    format: sc.format,
    'scan-output': {
        ...sc.output,
        description: 'Write the scan report, in format, here (relative to the workspace). Default: a temporary file; its path is the report output.'
    },
    db: sc.db,
    'db-cache': sc['db-cache'],
    scanners: {
        ...sc.scanners,
        description: 'Scanners to run: vuln, secret, misconfig. Default: vuln and secret (the image has no Dockerfile).'
    },
    // push
    push: {
        kind: 'bool',
        description: 'After the scan passed: push the image to every repository in images by digest, then (after the git tag) write the image tags.',
        default: 'false'
    },
    'registry-timeout': im['registry-timeout'],
    registry: im.registry,
    username: im.username,
    password: im.password,
    // release
    release: {
        kind: 'bool',
        description: 'Create or update the GitHub release of the tag with the archives, the checksums file and the changelog (needs the git tag: push-tag, or a tag push; github-token with contents: write).',
        default: 'false'
    },
    'github-token': {
        ...t['github-token'],
        description: 'Token for push-tag: api and release (contents: write). The CLI reads GITHUB_TOKEN.'
    },
    'allow-outside-workspace': im['allow-outside-workspace']
};
const to = stages_tag.tagStage.outputs;
const bo = go_build.buildStage.outputs;
const io = stages_image.imageStage.outputs;
const so = stages_scan.scanStage.outputs;
const releaseOutputs = {
    version: to.version,
    'previous-version': to['previous-version'],
    tag: to.tag,
    'tag-created': { encode: 'bool', description: 'true when this run created the git tag.' },
    tags: { ...to.tags, description: 'Full image references (image:tag) written, or that push would write.' },
    'tag-names': to['tag-names'],
    labels: to.labels,
    changelog: to.changelog,
    targets: stages_plan.planStage.outputs.targets,
    artifacts: bo.artifacts,
    dist: bo.dist,
    checksums: bo.checksums,
    digest: {
        ...io.digest,
        description: 'Digest of the image (the multi-arch index), or empty with no image.'
    },
    platforms: io.platforms,
    'oci-layout': { encode: 'text', description: 'The OCI image layout folder holding the image, or empty.' },
    refs: {
        ...io.refs,
        description: 'repo:tag@digest for every image tag written, one per line (empty when nothing was pushed).'
    },
    pushed: { encode: 'bool', description: 'true when the image was pushed (and tagged).' },
    findings: so.findings,
    counts: so.counts,
    report: so.report,
    sarif: so.sarif,
    sbom: so.sbom,
    passed: so.passed,
    'release-url': { ...github_release.githubReleaseStage.outputs.url, description: 'The GitHub release page, or empty.' },
    skipped: {
        encode: 'json',
        description: 'JSON object of the steps that did not run -> why (push: false, no linux target, ...).'
    }
};

// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/release/tag.ts + 6 modules
var release_tag = __webpack_require__(3625);
;// CONCATENATED MODULE: ./src/stages/release-report.ts
// What the one-step release tells its user: the outputs of every step under the root action's names, and one
// summary — a row per step (what it did, or why it did not run), the facts a release is about (version,
// image digest and platforms, findings by severity, where it went), then the scan's own findings table.






function steps(r) {
    const get = (name) => r.pipeline.results.get(name);
    return {
        plan: get('plan'),
        tag: get('tag'),
        build: get('build'),
        image: get('image'),
        scan: get('scan'),
        push: get('push'),
        gitTag: get('git-tag'),
        imageTags: get('image-tags'),
        release: get('github-release')
    };
}
function releaseOutputValues(r) {
    const s = steps(r);
    const build = s.build ? go_build.buildStage.output(s.build) : undefined;
    const image = s.image ? stages_image.imageStage.output(s.image) : undefined;
    const scan = s.scan ? stages_scan.scanStage.output(s.scan) : undefined;
    const tag = s.gitTag ?? s.tag;
    return {
        version: tag?.version,
        'previous-version': tag?.previousVersion,
        tag: tag?.tag,
        'tag-created': s.gitTag?.created ?? false,
        tags: tag?.tags,
        'tag-names': tag?.tagNames,
        labels: tag ? (0,release_tag/* labelLines */._)(tag) : undefined,
        changelog: tag?.changelog,
        targets: s.plan?.platforms,
        artifacts: build?.artifacts,
        dist: build?.dist,
        checksums: build?.checksums,
        digest: image?.digest ?? '',
        platforms: image?.platforms ?? {},
        'oci-layout': s.image?.layout ?? '',
        refs: s.imageTags?.refs ?? [],
        pushed: !!s.imageTags,
        findings: scan?.findings,
        counts: scan?.counts,
        report: scan?.report,
        sarif: scan?.sarif,
        sbom: scan?.sbom,
        passed: scan?.passed,
        'release-url': s.release?.url ?? '',
        skipped: Object.fromEntries(r.pipeline.skipped.map(x => [x.step, x.reason]))
    };
}
function codes(list, max = 6) {
    const shown = list
        .slice(0, max)
        .flatMap((x, k) => (k ? [', ', { code: x }] : [{ code: x }]));
    return list.length > max ? [...shown, ` and ${list.length - max} more`] : shown;
}
/** What each step did, one cell. */
function done(step, s) {
    switch (step) {
        case 'plan':
            return s.plan && `${s.plan.platforms.length} targets: ${s.plan.platforms.join(', ')}`;
        case 'tag':
            return (s.tag && [
                { bold: s.tag.version },
                ` (${s.tag.reason}); `,
                { code: s.tag.tag },
                `: ${s.tag.tagAction}`
            ]);
        case 'build': {
            const m = s.build?.manifest;
            if (!m)
                return undefined;
            const count = (k) => m.artifacts.filter(a => a.kind === k).length;
            return [`${count('binary')} binaries, ${count('archive')} archives in `, { code: s.build.dist }];
        }
        case 'image':
            return (s.image && [
                { code: s.image.digest },
                ` (${s.image.platforms.map(p => `${p.platform} ${(0,format/* formatBytes */.z3)(p.size)}`).join(', ')})`,
                ...(s.image.layout ? [' in ', { code: s.image.layout }] : [])
            ]);
        case 'scan':
            return s.scan && scanCell(s.scan);
        case 'push':
            return s.push && ['by digest to ', codes(s.push.refs)];
        case 'git-tag':
            return s.gitTag && [{ code: s.gitTag.tag }, `: ${s.gitTag.tagAction}`];
        case 'image-tags':
            return s.imageTags && codes(s.imageTags.refs);
        case 'github-release':
            return (s.release && [
                s.release.url || `#${s.release.id}`,
                ` (${s.release.created ? 'created' : 'updated'}; ${s.release.uploaded.length} uploaded, ${s.release.kept.length} kept)`
            ]);
    }
    return undefined;
}
function scanCell(r) {
    const counts = Object.entries(r.counts)
        .filter(([, n]) => n > 0)
        .map(([sev, n]) => `${n} ${sev}`);
    const found = r.report.findings.length;
    return `${found ? `${found} findings (${counts.join(', ')})` : 'no findings'}${r.gate ? ': the gate failed' : ''}`;
}
function releaseReport(r) {
    const s = steps(r);
    const stop = r.pipeline.stopped;
    const rows = [];
    for (const step of RELEASE_STEPS) {
        const cell = done(step, s);
        const skipped = r.pipeline.skipped.find(x => x.step === step);
        if (cell)
            rows.push([step, cell]);
        else if (skipped)
            rows.push([step, `skipped: ${skipped.reason}`]);
        else if (stop)
            rows.push([step, `not run: the ${stop.step} gate failed`]);
    }
    const version = (s.gitTag ?? s.tag)?.version;
    const facts = [];
    if (s.imageTags?.refs.length)
        facts.push({ label: 'pushed:', value: codes(s.imageTags.refs, 10) });
    else if (s.image)
        facts.push({ label: 'pushed:', value: 'nothing (the image is in the OCI layout only)' });
    const notes = r.pipeline.reports.flatMap(x => (x.step === 'scan' ? [] : (x.report.notes ?? [])));
    if (stop)
        notes.unshift(`${stop.gate.message} Nothing was pushed, and no git tag or image tag was written.`);
    const scanReport = r.pipeline.reports.find(x => x.step === 'scan')?.report;
    return {
        title: `gantry release${version ? ` ${version}` : ''}`,
        table: { columns: ['step', 'result'], rows },
        facts,
        ...(notes.length ? { notes } : {}),
        ...(scanReport ? { sections: [scanReport] } : {})
    };
}

;// CONCATENATED MODULE: ./src/stages/release.ts
// The one-step release (the root action.yml, `gantry release`): plan → tag (decide) → build → image (to an
// OCI layout) → scan → push (by digest) → git tag → image tags → GitHub release, as one list of named steps
// run by the stage runtime's pipeline. The stages' inputs pass through under their own names (a few renamed
// where two stages use one name for different things: build-tags, oci-layout, scan-output); every step's
// options are parsed before the first runs, so a bad input changes nothing. Scan runs before anything
// leaves the machine: an image that fails the gate is never pushed, and no git tag or image tag moves.

















/** A stage's parsed inputs: its defaults, then the values the release passes through or sets. */
function stageInputs(stage, values) {
    return { ...(0,inputs/* parseInputs */.TL)(stage.inputs, {}), ...values };
}
const LOGIN = ['registry', 'username', 'password', 'registry-timeout'];
function pick(o, keys) {
    const out = {};
    for (const k of keys)
        out[k] = o[k];
    return out;
}
/** The release inputs each stage takes under its own name. */
const TAG_KEYS = [
    'working-directory',
    'version',
    'bump',
    'tag-prefix',
    'prerelease',
    'major-zero',
    'images',
    'tags',
    'latest',
    'push-tag',
    'message',
    'github-token'
];
const BUILD_KEYS = [
    'working-directory',
    'targets',
    'main',
    'binary',
    'ldflags',
    'flags',
    'env',
    'cgo',
    'dist',
    'archives',
    'checksums',
    'verify-modules',
    'cache',
    'cache-save',
    'parallelism',
    'lock-timeout'
];
async function parseSteps(i, env) {
    const plan = await stages_plan.planStage.parse(stageInputs(stages_plan.planStage, pick(i, ['targets', 'working-directory'])), env);
    const tag = await stages_tag.tagStage.parse(stageInputs(stages_tag.tagStage, {
        ...pick(i, TAG_KEYS),
        'dry-run': true
    }), env);
    const build = await go_build.buildStage.parse(stageInputs(go_build.buildStage, {
        ...pick(i, BUILD_KEYS),
        tags: i['build-tags']
    }), env);
    const image = await stages_image.imageStage.parse(stageInputs(stages_image.imageStage, {
        ...pick(i, ['platforms', 'base', 'labels', 'annotations', 'ca-certificates', 'user', ...LOGIN]),
        'allow-outside-workspace': i['allow-outside-workspace'],
        engine: 'oci',
        push: false
    }), env);
    const scan = i.scan
        ? await stages_scan.scanStage.parse(stageInputs(stages_scan.scanStage, {
            ...pick(i, [
                'platforms',
                'severity',
                'exit-code',
                'ignore-unfixed',
                'ignorefile',
                'format',
                'db',
                'db-cache',
                ...LOGIN
            ]),
            output: i['scan-output'],
            // The image is gantry's own, built from binaries: the Dockerfile rules have nothing to check.
            scanners: i.scanners.length ? i.scanners : ['vuln', 'secret']
        }), env)
        : undefined;
    return { plan, tag, build, image, scan, platforms: i.platforms };
}
async function parseRelease(i, env) {
    if (i.push && !i.images.length)
        throw new errors/* UserError */.yo('push: true needs somewhere to push the image.', {
            input: 'images',
            fix: 'set images (ghcr.io/org/app), or push: false to build and scan only.'
        });
    for (const p of i.platforms)
        (0,target/* parsePlatform */.FL)(p, 'platforms');
    const steps = await parseSteps(i, env);
    const push = i.push
        ? await pushStage.parse(stageInputs(pushStage, pick(i, ['images', ...LOGIN])), env)
        : undefined;
    let release;
    if (i.release) {
        const token = (0,github_release.releaseToken)(i['github-token'], env);
        release = {
            tag: '',
            name: '',
            notes: '',
            prerelease: false,
            artifacts: [],
            api: (0,github_release.releaseApi)(token, env),
            workspace: env.ci.workspace || env.cwd,
            allowOutsideWorkspace: true
        };
    }
    const layout = i['oci-layout'] ? external_node_path_default().resolve(env.cwd, i['oci-layout']) : undefined;
    return { ...steps, push, release, layout };
}
/** Before the build: the platforms asked for are targets, and a release will have its git tag. */
function checkPlan(o, s) {
    const plan = s.result('plan');
    for (const p of o.platforms) {
        const t = (0,target/* parsePlatform */.FL)(p, 'platforms');
        if (!plan.targets.some(x => (0,target/* sameTarget */.cS)(x, t)))
            throw new errors/* UserError */.yo(`${p} is not one of the targets (${plan.platforms.join(', ')}).`, {
                input: 'platforms',
                fix: `add ${(0,target/* toPlatform */.rE)(t)} to targets, or drop it from platforms.`
            });
    }
    const tag = s.result('tag');
    if (o.release && o.tag.pushTag === 'false' && !tag.released)
        throw new errors/* UserError */.yo(`a GitHub release needs the git tag ${tag.tag}, and push-tag is false.`, {
            input: 'push-tag',
            fix: 'set push-tag: git (or api), or run on the push of the tag.'
        });
}
function imageOf(s) {
    return s.results.get('image');
}
/** After the scan: push by digest, the git tag, the image tags, the GitHub release. */
function publishPipes(o, layout) {
    const built = (s) => s.result('build');
    const decided = (s) => s.result('tag');
    const noImage = (s) => (imageOf(s) ? undefined : 'no image was built');
    return [
        {
            name: 'push',
            stage: pushStage,
            options: o.push,
            skip: s => (!o.push ? 'push: false' : noImage(s)),
            adjust: (p, s) => ({ ...p, layout, digest: imageOf(s).digest, tags: [], tag: false })
        },
        {
            name: 'git-tag',
            stage: stages_tag.tagStage,
            options: o.tag,
            skip: s => o.tag.pushTag === 'false'
                ? 'push-tag: false'
                : decided(s).releasedAtHead
                    ? `${decided(s).tag} is on this commit already`
                    : !decided(s).released
                        ? 'nothing to release'
                        : undefined,
            adjust: (t, s) => ({ ...t, dryRun: false, version: (0,semver/* parseVersionInput */.gX)(decided(s).version) })
        },
        {
            name: 'image-tags',
            stage: pushStage,
            options: o.push,
            skip: s => (!o.push ? 'push: false' : noImage(s)),
            // The push step put the same digest in the same repositories moments ago: only the tags are written.
            adjust: (p, s) => ({
                ...p,
                layout,
                digest: imageOf(s).digest,
                tags: decided(s).tags,
                tag: true,
                pushed: s.results.has('push')
            })
        },
        {
            name: 'github-release',
            stage: github_release.githubReleaseStage,
            options: o.release,
            skip: s => (!o.release ? 'release: false' : !decided(s).released ? 'nothing to release' : undefined),
            adjust: (r, s) => {
                const t = s.results.get('git-tag');
                const tag = t ?? decided(s);
                return {
                    ...r,
                    tag: tag.tag,
                    name: tag.tag,
                    notes: tag.changelog,
                    prerelease: (0,github_release.isPrereleaseTag)(tag.tag),
                    artifacts: [built(s).artifactsFile]
                };
            }
        }
    ];
}
function pipes(o, layout) {
    const built = (s) => s.result('build');
    const decided = (s) => s.result('tag');
    return [
        { name: 'plan', stage: stages_plan.planStage, options: o.plan },
        { name: 'tag', stage: stages_tag.tagStage, options: o.tag },
        {
            name: 'build',
            stage: go_build.buildStage,
            options: o.build,
            adjust: (b, s) => {
                checkPlan(o, s);
                return { ...b, version: decided(s).version };
            }
        },
        {
            name: 'image',
            stage: stages_image.imageStage,
            options: o.image,
            skip: s => (s.result('plan').imagePlatforms.length ? undefined : 'no linux target'),
            adjust: (im, s) => ({
                ...im,
                artifacts: built(s).artifactsFile,
                images: [],
                tags: decided(s).tagNames,
                labels: [...decided(s).labels, ...im.labels],
                output: layout
            })
        },
        {
            name: 'scan',
            stage: stages_scan.scanStage,
            options: o.scan,
            skip: () => (o.scan ? undefined : 'scan: false'),
            adjust: (sc, s) => {
                const img = imageOf(s);
                if (img?.layout)
                    return { ...sc, image: (0,image_source/* parseScanImage */.e)(`oci:${img.layout}@${img.digest}`, sc.workspace) };
                return { ...sc, paths: [external_node_path_default().relative(sc.workspace, built(s).dist) || '.'] };
            }
        },
        ...publishPipes(o, layout)
    ];
}
async function runRelease(o, ctx) {
    const layout = o.layout ?? external_node_path_default().join(await ctx.host.tempDir('release-layout'), 'layout');
    // The steps share one process: their main-to-post state stays in memory, and their posts (cache saves,
    // logouts) run at the end of the pipeline.
    const inner = { ...ctx, state: (0,stage/* memoryState */.Rv)(), surface: 'pipeline' };
    const pipeline = await (0,runtime_pipeline/* runPipeline */.a)(pipes(o, layout), inner);
    return { pipeline, options: o };
}
const releaseStage = (0,stage/* defineStage */.wf)({
    name: 'release',
    action: 'release',
    root: true,
    title: 'gantry',
    description: 'The whole release in one step: plan, version, cross-build, a multi-arch image (daemonless), scan, then push, git tag, image tags and a GitHub release, only when the scan passes.',
    summary: 'the whole pipeline: tag, build, image, scan, then push, tag and release',
    branding: { icon: 'package', color: 'blue' },
    inputs: releaseInputs,
    outputs: releaseOutputs,
    parse: parseRelease,
    run: runRelease,
    output: releaseOutputValues,
    report: releaseReport,
    gate: r => {
        const stop = r.pipeline.stopped;
        if (!stop)
            return undefined;
        return {
            exitCode: stop.gate.exitCode,
            message: `${stop.gate.message} Nothing was pushed, and no git tag or image tag was written.`
        };
    }
});


/***/ })

};

//# sourceMappingURL=834.index.js.map