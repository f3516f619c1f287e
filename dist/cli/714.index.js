export const id = 714;
export const ids = [714];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=714.index.js.map