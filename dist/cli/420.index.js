export const id = 420;
export const ids = [420];
export const modules = {

/***/ 2779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readGoMod),
/* harmony export */   k: () => (/* binding */ parseGoMod)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// go.mod, read the way Go's modfile package reads it: `//` comments, quoted ("…" with Go escapes) and raw
// (`…`) strings, factored blocks (`require ( … )`), and the module, go, toolchain, require, replace and
// exclude directives with their line numbers (for annotations and SARIF locations). One reader for every
// stage: go-build, tag (the /vN rule) and scan (which go.mod line names a module).



/** Split one go.mod line into tokens; a `//` comment ends it (its text is returned for `// indirect`). */
function tokenize(line, lineNo, file) {
    const tokens = [];
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (line.startsWith('//', i)) {
            return { tokens, comment: line.slice(i + 2).trim() };
        }
        else if (c === '"') {
            let j = i + 1;
            let text = '';
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && j + 1 < line.length) {
                    j++;
                    text += line[j] === 'n' ? '\n' : line[j] === 't' ? '\t' : line[j];
                }
                else
                    text += line[j];
            }
            if (j >= line.length)
                throw bad(file, lineNo, 'unterminated quoted string');
            tokens.push({ text, line: lineNo });
            i = j + 1;
        }
        else if (c === '`') {
            const j = line.indexOf('`', i + 1);
            if (j < 0)
                throw bad(file, lineNo, 'unterminated raw string');
            tokens.push({ text: line.slice(i + 1, j), line: lineNo });
            i = j + 1;
        }
        else if (c === '(' || c === ')') {
            tokens.push({ text: c, line: lineNo });
            i++;
        }
        else {
            let j = i;
            while (j < line.length && !' \t\r()"`'.includes(line[j]) && !line.startsWith('//', j))
                j++;
            tokens.push({ text: line.slice(i, j), line: lineNo });
            i = j;
        }
    }
    return { tokens, comment: '' };
}
function bad(file, line, what) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file}:${line}: ${what}.`, {
        input: 'working-directory',
        fix: 'fix go.mod (go mod edit -fmt shows what Go accepts).'
    });
}
function modVersion(tokens, file) {
    if (!tokens.length || tokens.length > 2)
        throw bad(file, tokens[0]?.line ?? 0, 'expected a module path');
    return tokens.length === 2 ? { path: tokens[0].text, version: tokens[1].text } : { path: tokens[0].text };
}
function apply(mod, verb, args, comment, line, file) {
    switch (verb) {
        case 'module':
            if (args.length !== 1)
                throw bad(file, line, 'the module directive takes one path');
            mod.module = { path: args[0].text, line };
            break;
        case 'go':
            if (args.length !== 1)
                throw bad(file, line, 'the go directive takes one version');
            mod.go = args[0].text;
            mod.goLine = line;
            break;
        case 'toolchain':
            if (args.length !== 1)
                throw bad(file, line, 'the toolchain directive takes one name');
            mod.toolchain = args[0].text;
            mod.toolchainLine = line;
            break;
        case 'require':
            if (args.length !== 2)
                throw bad(file, line, 'a requirement is a module path and a version');
            mod.require.push({
                path: args[0].text,
                version: args[1].text,
                indirect: /^indirect\b/.test(comment),
                line
            });
            break;
        case 'replace': {
            const arrow = args.findIndex(t => t.text === '=>');
            if (arrow < 1)
                throw bad(file, line, 'a replacement is old [version] => new [version]');
            mod.replace.push({
                old: modVersion(args.slice(0, arrow), file),
                new: modVersion(args.slice(arrow + 1), file),
                line
            });
            break;
        }
        case 'exclude':
            if (args.length !== 2)
                throw bad(file, line, 'an exclusion is a module path and a version');
            mod.exclude.push({ path: args[0].text, version: args[1].text, line });
            break;
        default:
            // retract, godebug, tool, ignore and directives of later Go versions: not needed here.
            break;
    }
}
/** Parse go.mod text; `file` names it in errors. */
function parseGoMod(text, file = 'go.mod') {
    const mod = { require: [], replace: [], exclude: [] };
    let block;
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const lineNo = n + 1;
        const { tokens, comment } = tokenize(lines[n], lineNo, file);
        if (!tokens.length)
            continue;
        if (block !== undefined) {
            if (tokens.length === 1 && tokens[0].text === ')') {
                block = undefined;
                continue;
            }
            apply(mod, block, tokens, comment, lineNo, file);
            continue;
        }
        const [verb, ...args] = tokens;
        if (args.length === 1 && args[0].text === '(') {
            block = verb.text;
            continue;
        }
        apply(mod, verb.text, args, comment, lineNo, file);
    }
    if (block !== undefined)
        throw bad(file, lines.length, `the ${block} block is not closed`);
    return mod;
}
/** Read and parse `<dir>/go.mod`; undefined when there is none. */
async function readGoMod(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'go.mod');
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    return text === undefined ? undefined : parseGoMod(text, file);
}


/***/ }),

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

/***/ 1917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   T: () => (/* binding */ requireDirectory),
/* harmony export */   X2: () => (/* binding */ makeDirs),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// Small file-system helpers: checks that turn a missing path into a UserError naming the input, and a sorted
// recursive listing.



async function requireDirectory(dir, input) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (!st?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${dir} is not a directory.`, {
            input,
            fix: 'point it at an existing folder (relative to the workspace).'
        });
}
async function exists(p) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p).catch(() => undefined)) !== undefined;
}
/** Every file under `dir`, recursively, relative to `base` with forward slashes, sorted. */
async function listFiles(dir, base = dir) {
    const out = [];
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await listFiles(p, base)));
        else
            out.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, p).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
    }
    return out.sort();
}
/**
 * mkdir -p that reports why it failed: Node's recursive mkdir says ENOENT when a parent is on a read-only
 * file system, so on ENOENT the missing folders are made one by one, which gives the real cause (EROFS,
 * EACCES). Returns the first folder it made, as mkdir does, or undefined when `dir` existed.
 */
async function makeDirs(dir, mode) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true, mode });
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        const missing = [];
        for (let d = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir); !(await exists(d)) && node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) !== d; d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d))
            missing.unshift(d);
        for (const d of missing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d, { mode });
        return missing[0];
    }
}


/***/ }),

/***/ 3968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Tt: () => (/* binding */ gitOk),
/* harmony export */   oM: () => (/* binding */ gitOutput)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _fs_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8889);
// The one way gantry runs git (the tag stage's repository facts, go-build's commit and work-tree state):
// argv arrays through the Host, in a given folder. A missing git is a UserError for callers that need git,
// and "no answer" for callers that only stamp what git knows when it is there.



/** git's result whatever its exit code; a git that cannot be started is a UserError. */
async function gitOk(host, cwd, args, opts = {}) {
    return runGit(host, cwd, args, { ignoreReturnCode: true, ...opts });
}
/** git's stdout; a non-zero exit throws (an ExecError: a bug, where the caller expected git to answer). */
async function git(host, cwd, args, opts = {}) {
    return (await runGit(host, cwd, args, opts)).stdout;
}
/**
 * git's trimmed stdout (`raw`: as printed, for output where leading spaces count, such as `status -z`), or
 * undefined when git fails or is not installed: for facts a caller can do without (outside a repository,
 * or on a machine without git, a build has no commit to stamp).
 */
async function gitOutput(host, cwd, args, opts = {}) {
    try {
        const r = await host.exec('git', args, { cwd, ignoreReturnCode: true });
        return r.code !== 0 ? undefined : opts.raw ? r.stdout : r.stdout.trim();
    }
    catch {
        return undefined;
    }
}
async function runGit(host, cwd, args, opts) {
    try {
        return await host.exec('git', args, { cwd, ...opts });
    }
    catch (err) {
        // spawn says ENOENT for a missing program and for a missing cwd: only the first is git's absence.
        if ((0,_fs_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errnoCode */ .UK)(err) !== 'ENOENT' || !(await isDirectory(cwd)))
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the git command was not found on PATH, and this step reads the repository with it.', {
            input: 'git',
            fix: 'install git (GitHub-hosted runners have it; in a container job, add it to the image) or put it on PATH.'
        });
    }
}
async function isDirectory(dir) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined))?.isDirectory() ?? false;
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

//# sourceMappingURL=420.index.js.map