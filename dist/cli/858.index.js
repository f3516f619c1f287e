export const id = 858;
export const ids = [858];
export const modules = {

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkArtifactFile),
/* harmony export */   O: () => (/* binding */ copyArtifactVerified)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6178);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8889);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8854);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4964);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2314);
// An artifact's file, read as untrusted input: artifacts.json and its dist folder may come from another job.
// Only a regular file is accepted (never a symlink, a folder or a device), its real path must lie inside the
// folder of artifacts.json, and its bytes must have the listed sha256 and size; they are checked while they
// are copied, from the one file descriptor that is read, so the file cannot change in between.










const FIX = 'use the dist folder exactly as the go-build stage wrote it (artifact upload and download keep it).';
function refuse(a, why, input) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .TN)(a.path)} ${why}.`, { input, fix: FIX });
}
/**
 * Check an artifact's file without following it: a regular file (lstat), whose real folder is inside the
 * real folder of artifacts.json, of the listed size. Returns its absolute path.
 */
async function checkArtifactFile(dir, a, input) {
    const file = (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_9__/* .artifactPath */ .Ws)(dir, a);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch((err) => {
        throw ((0,_util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .fsUserError */ .BM)(err, {
            input,
            path: file,
            doing: 'reading an artifact listed in artifacts.json',
            reading: true
        }) ?? err);
    });
    if (!st.isFile())
        throw refuse(a, `is not a regular file (${st.isSymbolicLink() ? 'a symbolic link' : st.isDirectory() ? 'a folder' : 'a special file'})`, input);
    const [realDir, realParent] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file))]);
    if (!(0,_util_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .isInside */ .FK)(realDir, realParent))
        throw refuse(a, 'lies outside the dist folder (through a symbolic link)', input);
    if (st.size !== a.size)
        throw refuse(a, `has ${st.size} bytes; artifacts.json lists ${a.size}`, input);
    return file;
}
/**
 * Copy an artifact's file to `dest` (created, mode `mode`), verifying its sha256 and size as it is read.
 * Nothing is left at `dest` when the check fails.
 */
async function copyArtifactVerified(dir, a, dest, mode, input) {
    const file = await checkArtifactFile(dir, a, input);
    const doing = 'staging an artifact listed in artifacts.json';
    // O_NOFOLLOW: a symlink swapped in after the check fails to open instead of being followed.
    const src = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW).catch((err) => {
        throw (0,_util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .fsUserError */ .BM)(err, { input, path: file, doing, reading: true }) ?? err;
    });
    try {
        if (!(await src.stat()).isFile())
            throw refuse(a, 'is not a regular file', input);
        // The read stream owns the handle from here (it closes it at the end or on an error).
        const read = src.createReadStream();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(read, (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyingStream */ .oP)(`sha256:${a.sha256}`, a.path, a.size), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(dest, { flags: 'wx', mode }));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dest, mode);
    }
    catch (err) {
        await src.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dest, { force: true });
        if (err instanceof _util_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .DigestMismatchError */ .h)
            throw refuse(a, `does not match artifacts.json: ${err.expected.startsWith('sha256:') ? `sha256 ${err.actual.slice(7)}, listed ${a.sha256}` : `${err.actual}, listed ${err.expected}`}`, input);
        throw (0,_util_fs_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .fsUserError */ .BM)(err, { input, path: dest, doing }) ?? err;
    }
}


/***/ }),

/***/ 2314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ readArtifacts),
/* harmony export */   Ws: () => (/* binding */ artifactPath),
/* harmony export */   eV: () => (/* binding */ finalizeManifest),
/* harmony export */   qp: () => (/* binding */ ARTIFACTS_SCHEMA),
/* harmony export */   xh: () => (/* binding */ ARTIFACTS_FILE),
/* harmony export */   zg: () => (/* binding */ writeArtifacts)
/* harmony export */ });
/* unused harmony exports ARTIFACTS_SCHEMA_VERSION, sortArtifacts, isArtifactPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8889);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3174);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8854);
/* harmony import */ var _binary_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8418);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5936);
// artifacts.json: the contract between stages. go-build writes it into its dist folder; image and scan read
// it, on the same runner or in another job after an artifact download. Paths are relative to the folder
// that holds artifacts.json, with forward slashes, so the folder can move.








const ARTIFACTS_FILE = 'artifacts.json';
const ARTIFACTS_SCHEMA_VERSION = 1;
function kindOrder(k) {
    return k === 'binary' ? 0 : k === 'archive' ? 1 : 2;
}
/** Sort artifacts in the one stable order the file uses: kind, platform, path. */
function sortArtifacts(list) {
    return [...list].sort((a, b) => {
        const k = kindOrder(a.kind) - kindOrder(b.kind);
        if (k)
            return k;
        const t = a.target && b.target ? (0,_target_js__WEBPACK_IMPORTED_MODULE_7__/* .compareTargets */ .wu)(a.target, b.target) : a.target ? -1 : b.target ? 1 : 0;
        if (t)
            return t;
        return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    });
}
/** Fill the derived fields (platform, id) from each artifact's target and sort. */
function finalizeManifest(m) {
    return {
        schemaVersion: ARTIFACTS_SCHEMA_VERSION,
        project: m.project,
        artifacts: sortArtifacts(m.artifacts.map(a => {
            if (!a.target)
                return { ...a, platform: undefined, id: undefined };
            const target = (0,_target_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeTarget */ .R_)(a.target);
            return { ...a, target, platform: (0,_target_js__WEBPACK_IMPORTED_MODULE_7__/* .toPlatform */ .rE)(target), id: (0,_target_js__WEBPACK_IMPORTED_MODULE_7__/* .toId */ .Lr)(target) };
        }))
    };
}
/** Write artifacts.json atomically (temp file + rename) with stable formatting. */
async function writeArtifacts(dir, m) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ARTIFACTS_FILE);
    const tmp = `${file}.tmp-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, JSON.stringify(finalizeManifest(m), null, 2) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    return file;
}
const NAME = { type: 'string', pattern: '^[a-z0-9]+$' };
/** The JSON Schema every artifacts.json is checked against when it is read (schema/artifacts.schema.json). */
const ARTIFACTS_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://gantry.dev/schema/artifacts.schema.json',
    title: 'artifacts.json',
    description: 'What a gantry go-build stage built: the contract between stages and jobs.',
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'project', 'artifacts'],
    properties: {
        schemaVersion: { const: ARTIFACTS_SCHEMA_VERSION },
        project: {
            type: 'object',
            additionalProperties: false,
            required: ['module', 'version', 'commit', 'date', 'goVersion'],
            properties: {
                module: { type: 'string', minLength: 1, maxLength: 500 },
                version: { type: 'string', minLength: 1, maxLength: 256 },
                commit: { type: 'string', pattern: '^([0-9a-f]{40}|[0-9a-f]{64})?$' },
                date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$' },
                goVersion: { type: 'string', maxLength: 100 },
                goMod: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        go: { type: 'string', maxLength: 100 },
                        toolchain: { type: 'string', maxLength: 100 }
                    }
                }
            }
        },
        artifacts: {
            type: 'array',
            maxItems: 10000,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['kind', 'path', 'sha256', 'size'],
                properties: {
                    kind: { enum: ['binary', 'archive', 'checksums'] },
                    target: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['goos', 'goarch'],
                        properties: { goos: NAME, goarch: NAME, variant: { type: 'string', pattern: '^[a-z0-9.]+$' } }
                    },
                    platform: { type: 'string', maxLength: 100 },
                    id: { type: 'string', maxLength: 100 },
                    path: { type: 'string', minLength: 1, maxLength: 1024 },
                    sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
                    size: { type: 'integer', minimum: 0 },
                    format: { enum: ['tar.gz', 'zip'] },
                    binary: { type: 'string', pattern: _binary_name_js__WEBPACK_IMPORTED_MODULE_6__/* .BINARY_NAME_PATTERN */ .fG },
                    binaries: {
                        type: 'array',
                        maxItems: 1000,
                        items: { type: 'string', pattern: _binary_name_js__WEBPACK_IMPORTED_MODULE_6__/* .BINARY_NAME_PATTERN */ .fG }
                    }
                }
            }
        }
    }
};
/** Read the file; a missing file or one that cannot be read is an input error, not a bug. */
async function readManifestText(file, input) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(file)} does not exist.`, {
                input,
                fix: 'run the go-build stage first (or download its dist folder with actions/download-artifact) and point this input at its artifacts.json.'
            });
        throw (0,_util_fs_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .fsUserError */ .BM)(err, { input, path: file, doing: 'reading artifacts.json', reading: true }) ?? err;
    }
}
// C0 and C1 controls, DEL and the Unicode line separators: never part of a path gantry writes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** A path artifacts.json may hold: relative, forward slashes, no `.`/`..`/empty segments, no controls. */
function isArtifactPath(p) {
    if (CONTROL.test(p) || p.includes('\\') || p.startsWith('/'))
        return false;
    return p.split('/').every(seg => seg !== '' && seg !== '.' && seg !== '..');
}
/** What the schema cannot say: paths stay in the folder, targets are real. The file is untrusted input. */
function checkSemantics(m, file, input) {
    for (const a of m.artifacts) {
        if (!isArtifactPath(a.path))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(file)} lists a path outside its folder or not in its form: ${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(a.path)}.`, {
                input,
                fix: 'regenerate it with the go-build stage; paths are relative to the dist folder, with forward slashes.'
            });
        if (a.target)
            a.target = (0,_target_js__WEBPACK_IMPORTED_MODULE_7__/* .normalizeTarget */ .R_)(a.target, input);
    }
}
/**
 * Read and validate an artifacts.json. `input` names the option that pointed at it, for errors.
 * Returns the manifest and the folder its paths are relative to.
 */
async function readArtifacts(file, input = 'artifacts') {
    const text = await readManifestText(file, input);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(file)} is not valid JSON.`, {
            input,
            fix: 'regenerate it with the go-build stage.'
        });
    }
    const validate = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .validator */ .Nc)(ARTIFACTS_SCHEMA);
    if (!validate(data)) {
        const badName = validate.errors?.find(e => /^\/artifacts\/\d+\/(binary|binaries\/\d+)$/.test(e.instancePath));
        if (badName) {
            // The value at the error's JSON pointer (artifacts/N/binary or artifacts/N/binaries/M).
            const value = badName.instancePath
                .split('/')
                .slice(1)
                .reduce((v, k) => v?.[k], data);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(file)} lists a binary name that is not a usable file name: ${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(JSON.stringify(value) ?? '')}.`, { input, fix: 'regenerate it with the go-build stage; binary names are letters, digits, ., _ and -.' });
        }
        const version = data?.schemaVersion;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(version === ARTIFACTS_SCHEMA_VERSION
            ? `${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(file)} does not match the artifacts.json schema: ${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_4__/* .describeErrors */ .rg)(validate.errors).slice(0, 5).join('; '))}.`
            : `${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(file)} is not a gantry artifacts.json (schemaVersion ${ARTIFACTS_SCHEMA_VERSION}).`, { input, fix: 'regenerate it with the go-build stage of this gantry version.' });
    }
    checkSemantics(data, file, input);
    return { manifest: data, dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)) };
}
/** Absolute path of an artifact on this machine. */
function artifactPath(dir, a) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...a.path.split('/'));
}


/***/ }),

/***/ 8418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ checkBinaryName),
/* harmony export */   Xw: () => (/* binding */ isBinaryName),
/* harmony export */   fG: () => (/* binding */ BINARY_NAME_PATTERN)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8854);
// The one rule for a binary's file name, shared by go-build (the binary input, the name it writes into
// artifacts.json) and every stage that reads artifacts.json (the name becomes a path in the build context
// and a word of the generated Dockerfile): letters, digits, dot, dash and underscore, not starting with a dot
// or a dash, so it can never be a path, an option, or more than one word.


/** The pattern, also used by the artifacts.json JSON Schema. */
const BINARY_NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$';
const BINARY_NAME = new RegExp(BINARY_NAME_PATTERN);
function isBinaryName(name) {
    return BINARY_NAME.test(name);
}
/** The name, or a UserError naming `input` (one line, whatever the name holds). */
function checkBinaryName(name, input) {
    if (!isBinaryName(name))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(name)}" is not a usable file name.`, {
            input,
            fix: 'use letters, digits, dot, dash and underscore only (at most 255), starting with a letter or digit.'
        });
    return name;
}


/***/ }),

/***/ 8889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ fsUserError),
/* harmony export */   JT: () => (/* binding */ toolFsUserError),
/* harmony export */   UK: () => (/* binding */ errnoCode),
/* harmony export */   fd: () => (/* binding */ withFsErrors)
/* harmony export */ });
/* unused harmony export errnoInText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8854);
// The one mapping from file-system error codes to UserErrors: a full disk, a read-only or forbidden folder,
// a folder where a file was expected are facts about the runner or an input, never gantry bugs. Callers say
// which input named the path, so the message blames the right one and says how to fix it.


const FIXES = {
    ENOSPC: (c, p) => ({
        detail: `no space left on the device holding ${p} while ${c.doing}.`,
        fix: `free disk space on the runner, or point ${c.input} at a disk with room.`
    }),
    EDQUOT: (c, p) => ({
        detail: `the disk quota is used up on ${p} while ${c.doing}.`,
        fix: `free space in the quota, or point ${c.input} at another disk.`
    }),
    EROFS: (c, p) => ({
        detail: `${p} is on a read-only file system (while ${c.doing}).`,
        fix: `point ${c.input} at a writable folder.`
    }),
    EACCES: (c, p) => ({
        detail: `permission denied on ${p} while ${c.doing}.`,
        fix: `let this user read and write it, or point ${c.input} at a folder it may use.`
    }),
    EPERM: (c, p) => ({
        detail: `the operation is not permitted on ${p} while ${c.doing}.`,
        fix: `let this user read and write it, or point ${c.input} at a folder it may use.`
    }),
    EISDIR: (c, p) => ({
        detail: `${p} is a folder, not a file.`,
        fix: `point ${c.input} at the file itself.`
    }),
    ENOTDIR: (c, p) => ({
        detail: `a part of ${p} is a file where a folder is needed.`,
        fix: `point ${c.input} at a path whose parents are folders.`
    }),
    ENOENT: (c, p) => ({
        detail: `${p} does not exist.`,
        fix: `point ${c.input} at an existing path (relative to the workspace).`
    }),
    ELOOP: (c, p) => ({
        detail: `${p} is a symbolic link (or a loop of them), which gantry does not follow here.`,
        fix: `point ${c.input} at the file itself.`
    }),
    ENAMETOOLONG: (c, p) => ({
        detail: `${p} is too long a path.`,
        fix: `use a shorter ${c.input}.`
    }),
    EMFILE: c => ({
        detail: `the process ran out of file descriptors while ${c.doing}.`,
        fix: 'raise the open-file limit (ulimit -n) on the runner.'
    })
};
/** The errno code of an error, when it has one. */
function errnoCode(err) {
    const code = err?.code;
    return typeof code === 'string' ? code : undefined;
}
/** A UserError for a file-system error with a known cause, or undefined (then it is a bug). */
function fsUserError(err, c) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err;
    const code = errnoCode(err);
    const make = code && (code !== 'ENOENT' || c.reading) ? FIXES[code] : undefined;
    if (!make)
        return undefined;
    const { detail, fix } = make(c, (0,_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(c.path));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(detail, { input: c.input, fix, cause: err });
}
/** Run `fn`; a file-system error with a known cause becomes a UserError naming `c.input`. */
async function withFsErrors(c, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw fsUserError(err, c) ?? err;
    }
}
/** Words a tool prints for the causes above (go build, git): the errno code they stand for. */
const MESSAGES = [
    [/no space left on device/i, 'ENOSPC'],
    [/disk quota exceeded/i, 'EDQUOT'],
    [/read-only file system/i, 'EROFS'],
    [/permission denied/i, 'EACCES']
];
/** The errno code a tool's error output names, if any (the first match). */
function errnoInText(text) {
    return MESSAGES.find(([re]) => re.test(text))?.[1];
}
/** A UserError for a tool's output that names one of the causes above. */
function toolFsUserError(text, c) {
    const code = errnoInText(text);
    return code ? fsUserError(Object.assign(new Error(text), { code }), c) : undefined;
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   NC: () => (/* binding */ isInsideReal),
/* harmony export */   ey: () => (/* binding */ confinePath)
/* harmony export */ });
/* unused harmony exports realPathOf, ALLOW_OUTSIDE_INPUT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _log_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8854);
// Path confinement: whether a path lies inside a folder, lexically and after following symlinks, and the one
// check every stage applies to the paths its inputs name (they stay in the workspace unless the user opts out).




/** Is `p` the folder `root` or inside it? Both are resolved first; no file is read. */
function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p));
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * The real path of `p`: symlinks resolved. A path that does not exist yet resolves through its nearest
 * existing ancestor (what it will be once created).
 */
async function realPathOf(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const rest = [];
    let dir = abs;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir), ...rest.reverse());
        }
        catch (err) {
            const code = err.code;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
            if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === dir)
                return abs;
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dir));
            dir = parent;
        }
    }
}
/** Is `p` inside `root` once both are resolved through symlinks? */
async function isInsideReal(root, p) {
    return isInside(await realPathOf(root), await realPathOf(p));
}
/** The input that allows paths outside the workspace, named in every refusal. */
const ALLOW_OUTSIDE_INPUT = 'allow-outside-workspace';
/**
 * Refuse a path given as `input` that leads outside the workspace, written so (../, an absolute path) or
 * through a symlink, unless the user allowed it. The message names the path as given, never a file's content.
 */
async function confinePath(p, input, c) {
    // What counts is where the path really leads: through a symlink out of the workspace is outside, another
    // spelling of a folder in it (a symlink into it) is inside.
    if (c.allowOutside || (await isInsideReal(c.workspace, p)))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${(0,_log_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(p)} is outside the workspace ${(0,_log_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .TN)(c.workspace)}.`, {
        input,
        fix: `use a path inside the workspace, or set ${ALLOW_OUTSIDE_INPUT}: true if this step may read or write there.`
    });
}


/***/ })

};

//# sourceMappingURL=858.index.js.map