export const id = 563;
export const ids = [563];
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

/***/ 1563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanOptions: () => (/* binding */ scanOptions),
  scanStage: () => (/* binding */ scanStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/util/disk-cache.ts
var disk_cache = __webpack_require__(708);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/util/json.ts + 1 modules
var json = __webpack_require__(3174);
// EXTERNAL MODULE: ./src/util/log-safe.ts
var log_safe = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/oci/client.ts
var oci_client = __webpack_require__(3734);
// EXTERNAL MODULE: ./src/scan/model.ts
var model = __webpack_require__(764);
// EXTERNAL MODULE: ./src/scan/image-source.ts + 1 modules
var image_source = __webpack_require__(769);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/model/tool.ts
var tool = __webpack_require__(8515);
;// CONCATENATED MODULE: ./src/scan/detect/filters.ts
// The two finding filters the scan options name: `ignore-unfixed` and `severity`. Pure functions over
// findings, so the gate, the reports and the outputs all see the same list.
/** Drop vulnerabilities no version fixes yet (misconfigurations and secrets are kept). */
function ignoreUnfixed(findings) {
    return findings.filter(f => f.class !== 'vulnerability' || (f.fixed?.length ?? 0) > 0);
}
/** Keep the findings whose severity is one of `severities`. */
function filterSeverity(findings, severities) {
    const keep = new Set(severities);
    return findings.filter(f => keep.has(f.severity));
}
/**
 * Findings per severity, every severity present (0 when none), most severe first: the key order of the
 * `counts` output and the json report.
 */
function countBySeverity(findings) {
    const counts = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}

// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/scan/versions/alpine.ts
// Alpine package versions ordered as apk-tools orders them. The grammar (apk-package(5), APKBUILD's pkgver
// and pkgrel) is `number{.number}[letter]{_suffix[number]}[-rN]`; apk compares two versions token by token:
// numbers as integers (except a number after a dot that starts with 0, which compares like a decimal
// fraction: the run of zeros first, more zeros being smaller), letters by character, suffixes by rank
// (_alpha < _beta < _pre < _rc < none < _cvs < _svn < _git < _hg < _p), then suffix numbers, then the -rN
// revision. When one version runs out first it is the smaller, unless the other goes on with a pre-release
// suffix. Written from that description and apk-tools' `apk version -t` behaviour (the test vectors of
// osv-scalibr, generated with apk-tools, check it).
// Token kinds in the order apk ranks them: when two versions differ in the kind of the next token, the one
// whose next token has the higher kind is the smaller (END is highest: the shorter version is smaller).
var Kind;
(function (Kind) {
    Kind[Kind["Invalid"] = -1] = "Invalid";
    Kind[Kind["DotNumber"] = 0] = "DotNumber";
    Kind[Kind["Number"] = 1] = "Number";
    Kind[Kind["Letter"] = 2] = "Letter";
    Kind[Kind["Suffix"] = 3] = "Suffix";
    Kind[Kind["SuffixNumber"] = 4] = "SuffixNumber";
    Kind[Kind["Revision"] = 5] = "Revision";
    Kind[Kind["End"] = 6] = "End";
})(Kind || (Kind = {}));
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isLower = (c) => c !== undefined && c >= 'a' && c <= 'z';
/** A cursor over one version string that yields (kind, value) tokens as apk reads them. */
class Tokens {
    s;
    pos = 0;
    kind = Kind.Number;
    constructor(s) {
        this.s = s;
    }
    digits() {
        const start = this.pos;
        while (isDigit(this.s[this.pos]))
            this.pos++;
        return start === this.pos ? 0n : BigInt(this.s.slice(start, this.pos));
    }
    /** The value of the current token; advances to the next token and sets `kind` to its kind. */
    take() {
        if (this.pos >= this.s.length) {
            this.kind = Kind.End;
            return 0n;
        }
        let value;
        let forced;
        switch (this.kind) {
            case Kind.DotNumber: {
                // A component after a dot that starts with 0: the number of zeros, negated (so .01 < .1 and
                // .001 < .01), then the digits after them as a separate number token.
                if (this.s[this.pos] === '0') {
                    const start = this.pos;
                    while (this.s[this.pos] === '0')
                        this.pos++;
                    value = -BigInt(this.pos - start);
                    forced = Kind.Number;
                    break;
                }
                value = this.digits();
                break;
            }
            case Kind.Number:
            case Kind.SuffixNumber:
            case Kind.Revision:
                value = this.digits();
                break;
            case Kind.Letter:
                value = BigInt(this.s.charCodeAt(this.pos++));
                break;
            case Kind.Suffix: {
                const rest = this.s.slice(this.pos);
                const pre = PRE_SUFFIXES.findIndex(p => rest.startsWith(p));
                const post = pre < 0 ? POST_SUFFIXES.findIndex(p => rest.startsWith(p)) : -1;
                if (pre < 0 && post < 0) {
                    this.kind = Kind.Invalid;
                    return -1n;
                }
                value = pre >= 0 ? BigInt(pre - PRE_SUFFIXES.length) : BigInt(post);
                this.pos += pre >= 0 ? PRE_SUFFIXES[pre].length : POST_SUFFIXES[post].length;
                break;
            }
            default:
                this.kind = Kind.Invalid;
                return -1n;
        }
        if (this.pos >= this.s.length)
            this.kind = Kind.End;
        else if (forced !== undefined)
            this.kind = forced;
        else
            this.advance();
        return value;
    }
    /** Read the separator (if any) before the next token and decide its kind. */
    advance() {
        const c = this.s[this.pos];
        const prev = this.kind;
        let next;
        if ((prev === Kind.Number || prev === Kind.DotNumber) && isLower(c))
            next = Kind.Letter;
        else if (prev === Kind.Letter && isDigit(c))
            next = Kind.Number;
        else if (prev === Kind.Suffix && isDigit(c))
            next = Kind.SuffixNumber;
        else {
            this.pos++;
            if (c === '.')
                next = Kind.DotNumber;
            else if (c === '_')
                next = Kind.Suffix;
            else if (c === '-' && this.s[this.pos] === 'r') {
                this.pos++;
                next = Kind.Revision;
            }
            else
                next = Kind.Invalid;
        }
        // Tokens come in grammar order; going back is only allowed for another dotted number after a number,
        // another suffix after a suffix number, and digits after a letter.
        if (next < prev &&
            !(next === Kind.DotNumber && prev === Kind.Number) &&
            !(next === Kind.Suffix && prev === Kind.SuffixNumber) &&
            !(next === Kind.Number && prev === Kind.Letter))
            next = Kind.Invalid;
        this.kind = next;
    }
    /** The value of the upcoming suffix without consuming it (negative for pre-release suffixes). */
    peekSuffix() {
        const copy = new Tokens(this.s);
        copy.pos = this.pos;
        copy.kind = this.kind;
        return copy.take();
    }
}
/** Compare two Alpine versions (-1, 0, 1). */
function compareAlpine(a, b) {
    const x = new Tokens(a);
    const y = new Tokens(b);
    let xv = 0n;
    let yv = 0n;
    while (x.kind === y.kind && x.kind !== Kind.End && x.kind !== Kind.Invalid && xv === yv) {
        xv = x.take();
        yv = y.take();
    }
    if (xv !== yv)
        return xv < yv ? -1 : 1;
    if (x.kind === y.kind)
        return 0;
    // Equal so far, but one goes on with a different kind of token: a pre-release suffix makes it smaller;
    // otherwise the one whose next token ranks higher (the end ranks highest) is the smaller.
    if (x.kind === Kind.Suffix && x.peekSuffix() < 0n)
        return -1;
    if (y.kind === Kind.Suffix && y.peekSuffix() < 0n)
        return 1;
    if (x.kind > y.kind)
        return -1;
    if (y.kind > x.kind)
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ./src/scan/versions/debian.ts
// Debian package versions ordered as dpkg orders them, written from Debian Policy §5.6.12 ("Version"):
// `[epoch:]upstream_version[-debian_revision]`; epochs compare as numbers, then the upstream version, then the
// revision (absent means "0"), each with the same string rule: alternate runs of non-digits (compared
// character by character, `~` before everything, even the end of the string, then letters, then the other
// characters) and runs of digits (compared as numbers, an empty run being 0).
/**
 * Split a version into its three parts. Lenient where dpkg would refuse (a non-numeric "epoch" stays part of
 * the upstream version), so that any string still has a place in the order.
 */
function parseDebianVersion(text) {
    const v = text.trim();
    let epoch = '0';
    let rest = v;
    const colon = v.indexOf(':');
    if (colon > 0 && /^\d+$/.test(v.slice(0, colon))) {
        epoch = v.slice(0, colon);
        rest = v.slice(colon + 1);
    }
    const hyphen = rest.lastIndexOf('-');
    if (hyphen < 0)
        return { epoch, upstream: rest, revision: '0' };
    return { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) };
}
const debian_isDigit = (c) => c >= 48 && c <= 57;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// The weight of one character in a non-digit run; the end of the run (NaN from charCodeAt) weighs 0.
function weight(c) {
    if (Number.isNaN(c))
        return 0;
    if (c === 126 /* ~ */)
        return -1;
    if (isLetter(c))
        return c;
    return c + 256;
}
// Digit runs compare as numbers of any length: drop leading zeros, then the longer one is larger.
function compareDigits(a, b) {
    const x = a.replace(/^0+/, '');
    const y = b.replace(/^0+/, '');
    if (x.length !== y.length)
        return x.length < y.length ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Policy's comparison of one part (upstream or revision). */
function compareDebianPart(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        // The non-digit prefix: compared with weights, so `~` sorts before the end of the run.
        while ((i < a.length && !debian_isDigit(a.charCodeAt(i))) || (j < b.length && !debian_isDigit(b.charCodeAt(j)))) {
            const ca = i < a.length && !debian_isDigit(a.charCodeAt(i)) ? a.charCodeAt(i) : NaN;
            const cb = j < b.length && !debian_isDigit(b.charCodeAt(j)) ? b.charCodeAt(j) : NaN;
            const d = weight(ca) - weight(cb);
            if (d)
                return d < 0 ? -1 : 1;
            if (!Number.isNaN(ca))
                i++;
            if (!Number.isNaN(cb))
                j++;
        }
        const si = i;
        while (i < a.length && debian_isDigit(a.charCodeAt(i)))
            i++;
        const sj = j;
        while (j < b.length && debian_isDigit(b.charCodeAt(j)))
            j++;
        const d = compareDigits(a.slice(si, i), b.slice(sj, j));
        if (d)
            return d;
    }
    return 0;
}
/** Compare two Debian versions (-1, 0, 1). */
function compareDebian(a, b) {
    const x = parseDebianVersion(a);
    const y = parseDebianVersion(b);
    return (compareDigits(x.epoch, y.epoch) ||
        compareDebianPart(x.upstream, y.upstream) ||
        compareDebianPart(x.revision, y.revision));
}

// EXTERNAL MODULE: ./src/scan/versions/go.ts
var go = __webpack_require__(2909);
;// CONCATENATED MODULE: ./src/scan/versions/ecosystem.ts
// Which version order an OSV ecosystem uses, and how ecosystem strings split into family and release
// (`Alpine:v3.20` is the Alpine family, release v3.20). The matcher asks here for every comparison.



/** `Alpine:v3.20` → `Alpine`; `Go` → `Go`. */
function ecosystemFamily(ecosystem) {
    const i = ecosystem.indexOf(':');
    return i < 0 ? ecosystem : ecosystem.slice(0, i);
}
/** `Alpine:v3.20` → `v3.20`; `Debian` → undefined. */
function ecosystemRelease(ecosystem) {
    const i = ecosystem.indexOf(':');
    return i < 0 ? undefined : ecosystem.slice(i + 1);
}
/** OSV's SEMVER range type: SemVer 2.0 precedence; a leading `v` is tolerated (Go writes one). */
const SEMVER_ORDER = {
    valid: v => (0,go/* parseGoVersion */.SX)(v) !== undefined,
    compare: go/* compareGo */.Ac
};
// Debian and Alpine orders are total over any string; an empty one is still refused.
const nonEmpty = (v) => v.trim().length > 0;
const ORDERS = {
    Go: SEMVER_ORDER,
    Debian: { valid: nonEmpty, compare: compareDebian },
    Alpine: { valid: nonEmpty, compare: compareAlpine }
};
/** The order of an ecosystem's ECOSYSTEM ranges, or undefined for a family gantry does not scan. */
function ecosystemOrder(ecosystem) {
    return ORDERS[ecosystemFamily(ecosystem)];
}
/** The ecosystem families gantry matches. */
const SUPPORTED_FAMILIES = Object.keys(ORDERS).sort();

;// CONCATENATED MODULE: ./src/scan/vulndb/osv.ts
// OSV records (ossf/osv-schema, "Open Source Vulnerability format") as gantry reads them: the types of the
// fields the matcher uses and a JSON Schema that checks them, so a record from a file or a zip is either a
// typed OsvRecord or a reason to skip it. Fields gantry does not use are kept but not checked.

const str = { type: 'string' };
const strings = { type: 'array', items: str };
const severity = {
    type: 'array',
    items: { type: 'object', required: ['type', 'score'], properties: { type: str, score: str } }
};
// Ids become finding ids, file names in reports and ignore-file keys: a conservative character set keeps
// them printable and free of path separators and line breaks (every OSV database's ids fit).
const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$';
/** The JSON Schema of the fields gantry reads (a subset of ossf/osv-schema's validation/schema.json). */
const OSV_RECORD_SCHEMA = {
    type: 'object',
    required: ['id', 'modified'],
    properties: {
        schema_version: str,
        id: { type: 'string', pattern: ID_PATTERN },
        modified: str,
        published: str,
        withdrawn: str,
        aliases: strings,
        related: strings,
        upstream: strings,
        summary: str,
        details: str,
        severity,
        affected: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    package: {
                        type: 'object',
                        required: ['ecosystem', 'name'],
                        properties: { ecosystem: str, name: str, purl: str }
                    },
                    severity,
                    ranges: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['type', 'events'],
                            properties: {
                                type: str,
                                repo: str,
                                events: {
                                    type: 'array',
                                    items: {
                                        type: 'object',
                                        minProperties: 1,
                                        properties: { introduced: str, fixed: str, last_affected: str, limit: str }
                                    }
                                }
                            }
                        }
                    },
                    versions: strings,
                    ecosystem_specific: { type: 'object' },
                    database_specific: { type: 'object' }
                }
            }
        },
        references: {
            type: 'array',
            items: { type: 'object', required: ['url'], properties: { type: str, url: str } }
        },
        database_specific: { type: 'object' }
    }
};
const GO_IMPORTS_SCHEMA = {
    type: 'array',
    items: {
        type: 'object',
        required: ['path'],
        properties: { path: str, symbols: strings, goos: strings, goarch: strings }
    }
};
/** Parse and validate one OSV record from JSON text; a reason (never an exception) when it is not one. */
function parseOsvRecord(text) {
    const json = parseOsvJson(text);
    return json.ok ? checkOsvRecord(json.data) : json;
}
/** The JSON value of a record's text, not yet checked; a reason when it is not JSON. */
function parseOsvJson(text) {
    try {
        return { ok: true, data: JSON.parse(text) };
    }
    catch (err) {
        return { ok: false, reason: `not JSON (${err.message.split('\n')[0]})` };
    }
}
/** Check a parsed JSON value against the OSV record schema. */
function checkOsvRecord(data) {
    const valid = (0,json/* validator */.Nc)(OSV_RECORD_SCHEMA);
    if (!valid(data))
        return { ok: false, reason: (0,json/* describeErrors */.rg)(valid.errors).slice(0, 3).join('; ') };
    return { ok: true, record: data };
}
/**
 * The (ecosystem, name) pairs an unchecked record's `affected` entries name, to decide whether it is worth
 * checking; undefined when it lacks a required field (`id`, `modified`) or `affected` does not have the
 * shape to tell: then it is checked, and skipped with a reason. Entries without a package name nothing.
 */
function namedPackages(data) {
    const rec = data;
    if (typeof rec?.id !== 'string' || typeof rec.modified !== 'string')
        return undefined;
    const affected = rec.affected;
    if (affected === undefined)
        return [];
    if (!Array.isArray(affected))
        return undefined;
    const out = [];
    for (const a of affected) {
        const pkg = a?.package;
        if (pkg === undefined)
            continue;
        const { ecosystem, name } = (pkg ?? {});
        if (typeof ecosystem !== 'string' || typeof name !== 'string')
            return undefined;
        out.push({ ecosystem, name });
    }
    return out;
}
/** Go's imports of one affected entry; empty when there are none or they do not have the documented shape. */
function goImports(affected) {
    const raw = affected.ecosystem_specific?.imports;
    if (raw === undefined)
        return [];
    const valid = (0,json/* validator */.Nc)(GO_IMPORTS_SCHEMA);
    return valid(raw) ? raw : [];
}
/** GHSA's own rating in `database_specific.severity`, in gantry's words (MODERATE is MEDIUM). */
function databaseSeverity(record) {
    const raw = record.database_specific?.severity;
    if (typeof raw !== 'string')
        return undefined;
    switch (raw.trim().toUpperCase()) {
        case 'LOW':
            return 'LOW';
        case 'MODERATE':
        case 'MEDIUM':
            return 'MEDIUM';
        case 'HIGH':
            return 'HIGH';
        case 'CRITICAL':
            return 'CRITICAL';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scan/detect/affected.ts
// Is a version affected by one OSV `affected` entry? The evaluation of ossf/osv-schema ("Evaluation"):
// the explicit `versions` list, or any range whose sorted events leave the version vulnerable, within the
// range's `limit`s. SEMVER ranges use SemVer precedence, ECOSYSTEM ranges the package ecosystem's own order;
// GIT ranges need the repository's history and are left to the `versions` list, as the schema says.

/** The order a range's versions use, or undefined when gantry cannot evaluate the range. */
function rangeOrder(range, ecosystemOrder) {
    if (range.type === 'SEMVER')
        return SEMVER_ORDER;
    if (range.type === 'ECOSYSTEM')
        return ecosystemOrder;
    return undefined;
}
const eventVersion = (e) => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
// Within one version, an introduction comes before the events that end it: `introduced: X, fixed: X` is an
// empty range, not an open one.
const eventRank = (e) => e.introduced !== undefined ? 0 : e.fixed !== undefined ? 1 : e.last_affected !== undefined ? 2 : 3;
/**
 * The events of a range in version order, `introduced: "0"` first; events whose version the order cannot
 * place are dropped (they could not be compared with anything).
 */
function sortedEvents(range, order) {
    const isZero = (e) => e.introduced === '0';
    const usable = range.events.filter(e => {
        const v = eventVersion(e);
        return (v !== undefined && (isZero(e) || (e.limit !== undefined && e.limit.includes('*')) || order.valid(v)));
    });
    return usable.sort((a, b) => {
        if (isZero(a) !== isZero(b))
            return isZero(a) ? -1 : 1;
        const ia = a.limit?.includes('*') ?? false;
        const ib = b.limit?.includes('*') ?? false;
        if (ia !== ib)
            return ia ? 1 : -1;
        if (!isZero(a) && !ia) {
            const c = order.compare(eventVersion(a), eventVersion(b));
            if (c)
                return c;
        }
        return eventRank(a) - eventRank(b);
    });
}
/** Below at least one `limit` (an implicit `limit: "*"` when there is none; `*` is infinity). */
function beforeLimits(version, events, order) {
    const limits = events.filter(e => e.limit !== undefined);
    if (limits.length === 0)
        return true;
    return limits.some(e => e.limit.includes('*') || order.compare(version, e.limit) < 0);
}
/** IncludedInRange for one range whose order is known and where `version` is valid in it. */
function inRange(version, range, order) {
    const events = sortedEvents(range, order);
    if (!beforeLimits(version, events, order))
        return false;
    let vulnerable = false;
    for (const e of events) {
        if (e.introduced !== undefined) {
            if (e.introduced === '0' || order.compare(version, e.introduced) >= 0)
                vulnerable = true;
        }
        else if (e.fixed !== undefined) {
            if (order.compare(version, e.fixed) >= 0)
                vulnerable = false;
        }
        else if (e.last_affected !== undefined) {
            if (order.compare(version, e.last_affected) > 0)
                vulnerable = false;
        }
    }
    return vulnerable;
}
/** Is `version` in the entry's explicit `versions` (equal in the order where it can compare, else as text)? */
function inVersions(version, versions, order) {
    for (const v of versions) {
        if (v === version)
            return true;
        if (order?.valid(v) && order.valid(version) && order.compare(v, version) === 0)
            return true;
    }
    return false;
}
/**
 * IsVulnerable for one affected entry: `order` is the ecosystem's (undefined for one gantry cannot order,
 * where only exact `versions` can match).
 */
function affectsVersion(affected, version, order) {
    if (inVersions(version, affected.versions ?? [], order))
        return true;
    for (const range of affected.ranges ?? []) {
        const o = rangeOrder(range, order);
        if (o && o.valid(version) && inRange(version, range, o))
            return true;
    }
    return false;
}
/**
 * The `fixed` versions of the entry's evaluable ranges that are above `version`, lowest first, without
 * duplicates (in the order's sense). What a report offers as the upgrade.
 */
function fixedAbove(affected, version, order) {
    const out = [];
    for (const range of affected.ranges ?? []) {
        const o = rangeOrder(range, order);
        if (!o || !o.valid(version))
            continue;
        for (const e of range.events) {
            if (e.fixed === undefined || !o.valid(e.fixed) || o.compare(e.fixed, version) <= 0)
                continue;
            if (!out.some(x => x.o.compare(x.v, e.fixed) === 0))
                out.push({ v: e.fixed, o });
        }
    }
    return out.sort((a, b) => a.o.compare(a.v, b.v)).map(x => x.v);
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
;// CONCATENATED MODULE: ./src/scan/cvss.ts
// CVSS base scores (v3.0, v3.1, v4.0) for the vectors OSV records carry, and the qualitative severity of a
// score. Vectors come from untrusted records, so they are validated here against the metric tables of the
// FIRST specifications before anything scores them; the arithmetic (v3's formula, v4's macrovector lookup
// and interpolation) is ae-cvss-calculator's, checked in the tests against the FIRST calculator's results.

const namespace = ae_cvss_calculator;
const cvssLib = typeof namespace.Cvss4P0 === 'function' ? namespace : (namespace.default ?? namespace);
// Base metrics (mandatory) and the other groups (optional), with their allowed values: CVSS v3.1
// specification §2–§4 and §6 (v3.0 has the same table), CVSS v4.0 specification §2–§4 and Table 23.
const V3_BASE = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'R'],
    S: ['U', 'C'],
    C: ['H', 'L', 'N'],
    I: ['H', 'L', 'N'],
    A: ['H', 'L', 'N']
};
const V3_OPTIONAL = {
    E: ['X', 'U', 'P', 'F', 'H'],
    RL: ['X', 'O', 'T', 'W', 'U'],
    RC: ['X', 'U', 'R', 'C'],
    CR: ['X', 'L', 'M', 'H'],
    IR: ['X', 'L', 'M', 'H'],
    AR: ['X', 'L', 'M', 'H'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'R'],
    MS: ['X', 'U', 'C'],
    MC: ['X', 'N', 'L', 'H'],
    MI: ['X', 'N', 'L', 'H'],
    MA: ['X', 'N', 'L', 'H']
};
const V4_BASE = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    AT: ['N', 'P'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'P', 'A'],
    VC: ['H', 'L', 'N'],
    VI: ['H', 'L', 'N'],
    VA: ['H', 'L', 'N'],
    SC: ['H', 'L', 'N'],
    SI: ['H', 'L', 'N'],
    SA: ['H', 'L', 'N']
};
const V4_OPTIONAL = {
    E: ['X', 'A', 'P', 'U'],
    CR: ['X', 'H', 'M', 'L'],
    IR: ['X', 'H', 'M', 'L'],
    AR: ['X', 'H', 'M', 'L'],
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MAT: ['X', 'N', 'P'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'P', 'A'],
    MVC: ['X', 'H', 'L', 'N'],
    MVI: ['X', 'H', 'L', 'N'],
    MVA: ['X', 'H', 'L', 'N'],
    MSC: ['X', 'H', 'L', 'N'],
    MSI: ['X', 'S', 'H', 'L', 'N'],
    MSA: ['X', 'S', 'H', 'L', 'N'],
    S: ['X', 'N', 'P'],
    AU: ['X', 'N', 'Y'],
    R: ['X', 'A', 'U', 'I'],
    V: ['X', 'D', 'C'],
    RE: ['X', 'L', 'M', 'H'],
    U: ['X', 'Clear', 'Green', 'Amber', 'Red']
};
const TABLES = {
    '3.0': { base: V3_BASE, optional: V3_OPTIONAL },
    '3.1': { base: V3_BASE, optional: V3_OPTIONAL },
    '4.0': { base: V4_BASE, optional: V4_OPTIONAL }
};
/**
 * Parse and validate a vector (`CVSS:3.1/AV:N/AC:L/...`): a known version prefix, every base metric present,
 * no metric twice, no unknown metric or value. Undefined when any of that fails.
 */
function parseCvssVector(text) {
    const parts = text.trim().split('/');
    const head = /^CVSS:(3\.0|3\.1|4\.0)$/.exec(parts[0] ?? '');
    if (!head || parts.length < 2)
        return undefined;
    const version = head[1];
    const table = TABLES[version];
    const metrics = new Map();
    for (const part of parts.slice(1)) {
        const m = /^([A-Z]{1,3}):([A-Za-z]{1,5})$/.exec(part);
        if (!m || metrics.has(m[1]))
            return undefined;
        const allowed = table.base[m[1]] ?? table.optional[m[1]];
        if (!allowed?.includes(m[2]))
            return undefined;
        metrics.set(m[1], m[2]);
    }
    const base = Object.keys(table.base);
    if (!base.every(k => metrics.has(k)))
        return undefined;
    const baseVector = [`CVSS:${version}`, ...base.map(k => `${k}:${metrics.get(k)}`)].join('/');
    return { version, metrics, baseVector };
}
/**
 * The qualitative rating of a score (CVSS v3.1 §5 and v4.0 §6 share it): 0.1–3.9 LOW, 4.0–6.9 MEDIUM,
 * 7.0–8.9 HIGH, 9.0–10.0 CRITICAL. CVSS calls 0.0 "None"; gantry's severities have no NONE, and a scored
 * vector is a known, minimal severity rather than an unknown one, so 0.0 is LOW.
 */
function severityOfScore(score) {
    if (score >= 9)
        return 'CRITICAL';
    if (score >= 7)
        return 'HIGH';
    if (score >= 4)
        return 'MEDIUM';
    return 'LOW';
}
/** Score a vector: its base score and severity, or undefined when the vector is not valid. */
function scoreCvss(vector) {
    const parsed = parseCvssVector(vector);
    if (!parsed)
        return undefined;
    const Calculator = parsed.version === '4.0' ? cvssLib.Cvss4P0 : parsed.version === '3.1' ? cvssLib.Cvss3P1 : cvssLib.Cvss3P0;
    const score = new Calculator(parsed.baseVector).calculateScores().base;
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 10)
        return undefined;
    return { version: parsed.version, vector: vector.trim(), score, severity: severityOfScore(score) };
}

;// CONCATENATED MODULE: ./src/scan/detect/severity.ts
// The severity of one finding from the records behind it: a CVSS v4 vector (scored) if any record has one,
// else a CVSS v3 vector, else the database's own rating (GHSA's `database_specific.severity`), else UNKNOWN.
// Among several vectors of the same version the highest score wins: aliases describe one vulnerability, and
// the gate should not depend on which database was read first.



const TYPES = ['CVSS_V4', 'CVSS_V3'];
function vectorsOf(source, type) {
    const own = (source.affected ?? []).flatMap(a => a.severity ?? []).filter(s => s.type === type);
    return own.length ? own : (source.record.severity ?? []).filter(s => s.type === type);
}
/** Pick the severity of a finding from its records (matched ones and those its aliases name). */
function pickSeverity(sources) {
    for (const type of TYPES) {
        let best;
        for (const source of sources)
            for (const v of vectorsOf(source, type)) {
                const s = scoreCvss(v.score);
                // CVSS_V3 entries must hold v3 vectors (and V4 v4): a mislabelled vector is not trusted.
                if (!s || (type === 'CVSS_V4') !== (s.version === '4.0'))
                    continue;
                if (!best || s.score > best.s.score)
                    best = { s, from: source.record.id };
            }
        if (best)
            return { severity: best.s.severity, score: best.s.score, vector: best.s.vector, from: best.from };
    }
    let rated;
    for (const source of sources) {
        const r = databaseSeverity(source.record);
        if (r && (!rated || model/* SEVERITIES */.o.indexOf(r) > model/* SEVERITIES */.o.indexOf(rated.severity)))
            rated = { severity: r, from: source.record.id };
    }
    return rated ?? { severity: 'UNKNOWN' };
}

;// CONCATENATED MODULE: ./src/scan/detect/match.ts
// Matches an inventory's packages against the vulnerability database into findings: which records affect
// each package at its version (OSV evaluation, withdrawn records skipped), Go's platform restrictions
// (`imports[].goos/goarch`, as govulncheck applies them), and one finding per package for each group of
// records that name each other (GO-, GHSA-, CVE- aliases), with severity, fixed versions and Go symbols.






/**
 * The (ecosystem, name, version) the database is asked about: Go modules by the replacement that was
 * linked (none when a local directory replaced it: its version is unknown), the Go toolchain version in
 * SemVer form, OS packages by their source package (Debian) or origin (Alpine) at the source version.
 */
function matchKey(pkg) {
    switch (pkg.kind) {
        case 'go-module': {
            if (pkg.replace) {
                if (!pkg.replace.version)
                    return undefined;
                return { ecosystem: pkg.ecosystem, name: pkg.replace.path, version: pkg.replace.version };
            }
            return { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version };
        }
        case 'go-stdlib': {
            const version = pkg.version.startsWith('go') ? (0,go/* goTagToSemver */.gj)(pkg.version) : pkg.version;
            return version ? { ecosystem: pkg.ecosystem, name: pkg.name, version } : undefined;
        }
        case 'apk':
        case 'dpkg':
            return {
                ecosystem: pkg.ecosystem,
                name: pkg.source?.name || pkg.name,
                version: pkg.source?.version || pkg.version
            };
    }
}
// Alpine releases are spelled `v3.20` by OSV; accept `3.20` from an inventory too.
const sameRelease = (family, a, b) => a === b || (family === 'Alpine' && a.replace(/^v/, '') === b.replace(/^v/, ''));
/** Does an affected entry name this package (same family and name; same release when both say one)? */
function namesPackage(a, key) {
    if (!a.package || a.package.name !== key.name)
        return false;
    const family = ecosystemFamily(key.ecosystem);
    if (ecosystemFamily(a.package.ecosystem) !== family)
        return false;
    const want = ecosystemRelease(key.ecosystem);
    const have = ecosystemRelease(a.package.ecosystem);
    return want === undefined || have === undefined || sameRelease(family, want, have);
}
/** GOOS/GOARCH of a location: its image platform, else the build settings of the binary found there. */
function platformOf(loc, binaries) {
    if (loc.platform) {
        const [goos, goarch] = loc.platform.split('/');
        return { goos, goarch };
    }
    const bin = binaries.find(b => b.location.path === loc.path && b.location.layer?.digest === loc.layer?.digest);
    return { goos: bin?.settings.GOOS, goarch: bin?.settings.GOARCH };
}
// govulncheck's rule: an empty list, or an unknown platform, matches everything.
const fits = (value, list) => !value || !list?.length || list.includes(value);
const importFits = (imp, p) => fits(p.goos, imp.goos) && fits(p.goarch, imp.goarch);
function hitFor(record, pkg, key, order, binaries) {
    if (record.withdrawn !== undefined)
        return undefined;
    const matched = (record.affected ?? []).filter(a => namesPackage(a, key) && affectsVersion(a, key.version, order));
    if (!matched.length)
        return undefined;
    // A package found nowhere in particular still gets one (platform-less) place to apply to.
    const platforms = pkg.locations.length ? pkg.locations.map(l => platformOf(l, binaries)) : [{}];
    const hit = { record, affected: matched, locations: new Set(), imports: [] };
    for (const a of matched) {
        const imports = ecosystemFamily(key.ecosystem) === 'Go' ? goImports(a) : [];
        platforms.forEach((p, i) => {
            // An entry whose imports all name other platforms does not apply to this binary.
            if (!imports.length || imports.some(imp => importFits(imp, p)))
                hit.locations.add(i);
        });
        hit.imports.push(...imports.filter(imp => platforms.some(p => importFits(imp, p))));
    }
    return hit.locations.size ? hit : undefined;
}
/** Groups of hits whose ids and aliases connect (union-find over ids). */
function aliasGroups(hits) {
    const parent = new Map();
    const find = (x) => {
        let root = x;
        for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root))
            root = up;
        parent.set(x, root);
        return root;
    };
    for (const h of hits)
        for (const alias of h.record.aliases ?? []) {
            const [a, b] = [find(h.record.id), find(alias)].sort();
            if (a !== b)
                parent.set(b, a);
        }
    const groups = new Map();
    for (const h of hits) {
        const root = find(h.record.id);
        groups.set(root, [...(groups.get(root) ?? []), h]);
    }
    return [...groups.values()];
}
// Which id names a finding: the ecosystem's home database first (Go's GO- ids, as govulncheck reports them),
// then GHSA- and CVE- ids (what Trivy users ignore by), then any other, lowest first.
function idRank(id, family) {
    if (family === 'Go')
        return id.startsWith('GO-') ? 0 : id.startsWith('GHSA-') ? 1 : id.startsWith('CVE-') ? 2 : 3;
    return id.startsWith('CVE-') ? 0 : id.startsWith('GHSA-') ? 1 : 2;
}
const byRankThenId = (family) => (0,compare/* byKey */.dX)(id => idRank(id, family), id => id);
function firstLine(text) {
    const line = text?.trim().split('\n')[0]?.trim();
    if (!line)
        return undefined;
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
/** Every id the group's records go by: their ids, aliases, and a single upstream id (DEBIAN-CVE-x → CVE-x). */
function groupIds(group) {
    const ids = new Set();
    for (const h of group) {
        ids.add(h.record.id);
        for (const a of h.record.aliases ?? [])
            ids.add(a);
        if (h.record.upstream?.length === 1)
            ids.add(h.record.upstream[0]);
    }
    return ids;
}
/** Severity from the matched records, then from the records their aliases name (a GO- record's GHSA-). */
function groupSeverity(group, ids, db) {
    const sources = group.map(h => ({ record: h.record, affected: h.affected }));
    for (const other of ids) {
        const r = db.get(other);
        if (r && !group.some(h => h.record.id === r.id) && r.withdrawn === undefined)
            sources.push({ record: r });
    }
    return pickSeverity(sources);
}
/** The fixes above the installed version across the group, lowest first, each once. */
function groupFixes(group, version, order) {
    const fixed = [];
    for (const h of group)
        for (const a of h.affected)
            for (const f of fixedAbove(a, version, order))
                if (!fixed.some(x => order.valid(x) && order.valid(f) && order.compare(x, f) === 0))
                    fixed.push(f);
    return fixed.sort((a, b) => order.compare(a, b));
}
/** Go's vulnerable packages and symbols across the group, by path. */
function groupGoPackages(group) {
    const symbols = new Map();
    for (const h of group)
        for (const imp of h.imports) {
            const set = symbols.get(imp.path) ?? new Set();
            for (const s of imp.symbols ?? [])
                set.add(s);
            symbols.set(imp.path, set);
        }
    return [...symbols]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, set]) => ({ path, symbols: [...set].sort() }));
}
/** Reference URLs, the lead record's first, each once. */
function groupReferences(lead, group) {
    const references = [];
    for (const r of [lead, ...group.map(h => h.record).filter(r => r !== lead)])
        for (const ref of r.references ?? [])
            if (!references.includes(ref.url))
                references.push(ref.url);
    return references;
}
// Go versions are written with their `v` (as the build info has them); OSV records leave it out.
const goSpelling = (v) => (v.startsWith('v') ? v : `v${v}`);
function finding(pkg, key, order, group, db) {
    const family = ecosystemFamily(key.ecosystem);
    const ids = groupIds(group);
    const sorted = [...ids].sort(byRankThenId(family));
    const id = sorted[0];
    const lead = [...group].sort((0,compare/* byKey */.dX)(h => idRank(h.record.id, family), h => h.record.id))[0].record;
    const sev = groupSeverity(group, ids, db);
    const spell = family === 'Go' ? goSpelling : (v) => v;
    const at = new Set(group.flatMap(h => [...h.locations]));
    const title = lead.summary?.trim() ||
        group.map(h => h.record.summary?.trim()).find(Boolean) ||
        firstLine(lead.details) ||
        id;
    return {
        class: 'vulnerability',
        id,
        aliases: sorted.slice(1).sort(),
        severity: sev.severity,
        ...(sev.score !== undefined ? { score: sev.score } : {}),
        ...(sev.vector !== undefined ? { vector: sev.vector } : {}),
        title,
        ...(lead.details ? { description: lead.details } : {}),
        package: {
            name: pkg.name,
            ecosystem: pkg.ecosystem,
            version: pkg.version,
            purl: pkg.purl,
            kind: pkg.kind
        },
        installed: spell(key.version),
        fixed: groupFixes(group, key.version, order).map(spell),
        ...(family === 'Go' ? { goPackages: groupGoPackages(group) } : {}),
        locations: pkg.locations.filter((_, i) => at.has(i)),
        references: groupReferences(lead, group)
    };
}
/** The findings for some packages; `binaries` lends GOOS/GOARCH to locations without a platform. */
function matchPackages(packages, db, binaries = []) {
    const out = [];
    for (const pkg of packages) {
        const key = matchKey(pkg);
        const order = key && ecosystemOrder(key.ecosystem);
        if (!key || !order || !order.valid(key.version))
            continue;
        const hits = [];
        for (const record of db.lookup(key.ecosystem, key.name)) {
            const hit = hitFor(record, pkg, key, order, binaries);
            if (hit)
                hits.push(hit);
        }
        for (const group of aliasGroups(hits))
            out.push(finding(pkg, key, order, group, db));
    }
    return out.sort((0,compare/* byKey */.dX)(f => f.package?.ecosystem ?? '', f => f.package?.name ?? '', f => f.installed ?? '', f => f.id));
}
/** The findings for a whole inventory. */
function matchInventory(inventory, db) {
    return matchPackages(inventory.packages, db, inventory.binaries);
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/scan/purl.ts
var scan_purl = __webpack_require__(9488);
;// CONCATENATED MODULE: ./src/scan/ignore.ts
// The `ignorefile`: Trivy's two forms. Plain `.trivyignore` is one id per line with `#` comments and an
// optional `exp:YYYY-MM-DD`; `.trivyignore.yaml` has `vulnerabilities`, `misconfigurations` and `secrets`
// lists of entries with `id`, `paths` (globs), `purls`, `statement` and `expired_at`. A rule matches a
// finding by its id or any alias; paths narrow it to those locations, purls to those packages. From its
// expiry date on (00:00 UTC, as Trivy compares) a rule stops applying, and that is reported.






const INPUT = 'ignorefile';
const YAML_LISTS = {
    vulnerabilities: 'vulnerability',
    misconfigurations: 'misconfig',
    secrets: 'secret'
};
/**
 * Read the ignore file; a missing file is no rules unless it was asked for by name (`required`). The form
 * follows the extension: `.yaml`/`.yml` is the YAML form, anything else the plain one.
 */
async function readIgnoreFile(file, opts) {
    const display = opts.display ?? file;
    const text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
        if (err.code === 'ENOENT' && !opts.required)
            return undefined;
        throw new errors/* UserError */.yo(`cannot read ${display}: ${err.code === 'ENOENT' ? 'no such file' : err.message}.`, {
            input: INPUT,
            fix: 'point it at a .trivyignore or .trivyignore.yaml file in the workspace, or leave it empty.'
        });
    });
    if (text === undefined)
        return { rules: [], warnings: [] };
    return parseIgnoreFile(text, display);
}
function parseIgnoreFile(text, file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    return ext === '.yaml' || ext === '.yml'
        ? parseYaml(text, file)
        : { rules: parsePlain(text, file), warnings: [] };
}
/** `ID [exp:YYYY-MM-DD]` per line; other words on the line are ignored, as Trivy ignores them. */
function parsePlain(text, file) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        const [id, ...rest] = line.split(/\s+/);
        const rule = { applies: 'any', id, source: { file, line: i + 1 } };
        const exp = rest.find(w => w.startsWith('exp:'));
        if (exp !== undefined)
            rule.expiredAt = checkDate(exp.slice(4), file, i + 1, 'exp:YYYY-MM-DD');
        rules.push(rule);
    });
    return rules;
}
function checkDate(value, file, line, form) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const ok = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().startsWith(value);
    if (!ok)
        throw new errors/* UserError */.yo(`${file}${line ? ` line ${line}` : ''}: "${(0,log_safe/* clipLine */.DX)(value, 60)}" is not a date (expected ${form}).`, { input: INPUT, fix: `write the expiry as ${form}, e.g. 2025-12-31, or remove it.` });
    return value;
}
function parseYaml(text, file) {
    // An empty file (or only comments) ignores nothing; the parser calls it an error.
    if (!text.split('\n').some(l => l.trim() && !l.trim().startsWith('#')))
        return { rules: [], warnings: [] };
    let doc;
    try {
        // The core schema keeps dates as strings, so a bad one is reported rather than rolled over by Date.
        doc = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU, filename: file });
    }
    catch (err) {
        throw new errors/* UserError */.yo(`${file} is not valid YAML: ${(0,log_safe/* clipLine */.DX)(err.message, 300)}`, {
            input: INPUT,
            fix: 'fix the YAML (see the .trivyignore.yaml format: vulnerabilities, misconfigurations and secrets lists).'
        });
    }
    const bad = (what) => new errors/* UserError */.yo(`${file}: ${what}`, {
        input: INPUT,
        fix: 'each of vulnerabilities, misconfigurations and secrets is a list of entries with an id (and optional paths, purls, statement, expired_at).'
    });
    if (doc === null || doc === undefined)
        return { rules: [], warnings: [] };
    if (typeof doc !== 'object' || Array.isArray(doc))
        throw bad('the top level is not a mapping.');
    const linesOf = keyLines(text, file);
    const rules = [];
    const warnings = [];
    for (const [key, list] of Object.entries(doc)) {
        const applies = YAML_LISTS[key];
        if (!applies) {
            warnings.push(`${file}: "${(0,log_safe/* clipLine */.DX)(key, 60)}" is not supported (only vulnerabilities, misconfigurations and secrets); it is ignored.`);
            continue;
        }
        if (list === null)
            continue;
        if (!Array.isArray(list))
            throw bad(`${key} is not a list.`);
        const lines = linesOf(key);
        list.forEach((entry, i) => {
            const where = `${key}[${i}]`;
            if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
                throw bad(`${where} is not a mapping.`);
            const e = entry;
            const line = lines.id.shift();
            if (typeof e.id !== 'string' || !e.id)
                throw bad(`${where} has no id.`);
            const rule = { applies, id: e.id, source: { file, ...(line ? { line } : {}) } };
            for (const k of ['paths', 'purls']) {
                if (e[k] === undefined || e[k] === null)
                    continue;
                if (!Array.isArray(e[k]) || !e[k].every(x => typeof x === 'string'))
                    throw bad(`${where}.${k} is not a list of strings.`);
                rule[k] = e[k];
            }
            if (typeof e.statement === 'string')
                rule.statement = e.statement;
            if (e.expired_at !== undefined && e.expired_at !== null) {
                const expLine = lines.expired.shift();
                rule.expiredAt = checkDate(String(e.expired_at), file, expLine, 'expired_at: YYYY-MM-DD');
            }
            rules.push(rule);
        });
    }
    return { rules, warnings };
}
/**
 * 1-based lines of the `id` and `expired_at` values of the entries of each list, in document order (the
 * order the loaded entries come in), from the parser's events: js-yaml's loaded values carry no positions.
 */
function keyLines(text, file) {
    const lists = new Map();
    const get = (list) => {
        let l = lists.get(list);
        if (!l)
            lists.set(list, (l = { id: [], expired: [] }));
        return l;
    };
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file });
    }
    catch {
        return get;
    }
    const lineAt = (offset) => text.slice(0, offset).split('\n').length;
    // Open documents and collections; for a mapping, whether the next node is a key and the last key seen.
    const stack = [];
    for (const ev of events) {
        const t = stack.at(-1);
        if (ev.type === js_yaml/* EVENT_ID */.hy.DOCUMENT)
            stack.push({ map: false, key: false });
        else if (ev.type === js_yaml/* EVENT_ID */.hy.MAPPING || ev.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            if (t?.map)
                t.key = !t.key;
            stack.push({ map: ev.type === js_yaml/* EVENT_ID */.hy.MAPPING, key: true });
        }
        else if (ev.type === js_yaml/* EVENT_ID */.hy.POP)
            stack.pop();
        else if (t?.map) {
            if (t.key)
                t.last = ev.type === js_yaml/* EVENT_ID */.hy.SCALAR ? (0,js_yaml/* getScalarValue */.KE)(text, ev) : undefined;
            else if (stack.length === 4 && ev.type === js_yaml/* EVENT_ID */.hy.SCALAR && stack[1].last !== undefined) {
                // document > top mapping > list > entry: one of an entry's own values.
                const lines = get(stack[1].last);
                if (t.last === 'id')
                    lines.id.push(lineAt(ev.valueStart));
                if (t.last === 'expired_at')
                    lines.expired.push(lineAt(ev.valueStart));
            }
            t.key = !t.key;
        }
    }
    return get;
}
/** Whether a rule is past its expiry on `today`: from 00:00 UTC of the date on, as Trivy compares. */
function isExpired(rule, today) {
    if (!rule.expiredAt)
        return false;
    const [y, m, d] = rule.expiredAt.split('-').map(Number);
    return today.getTime() >= Date.UTC(y, m - 1, d);
}
function applyIgnores(findings, rules, today) {
    const active = rules.filter(r => !isExpired(r, today));
    const expired = rules.filter(r => isExpired(r, today)).map(rule => ({ rule, wouldMatch: 0 }));
    const out = { findings: [], ignored: [], expired };
    for (const finding of findings) {
        for (const e of expired)
            if (matchLocations(e.rule, finding).length)
                e.wouldMatch++;
        let remaining = finding.locations;
        let rule;
        for (const r of active) {
            const hit = matchLocations(r, { ...finding, locations: remaining });
            if (!hit.length)
                continue;
            rule ??= r;
            remaining = remaining.filter(l => !hit.includes(l));
            if (!remaining.length)
                break;
        }
        if (!rule)
            out.findings.push(finding);
        else if (!remaining.length || !finding.locations.length)
            out.ignored.push({ finding, rule });
        else {
            const gone = finding.locations.filter(l => !remaining.includes(l));
            out.ignored.push({ finding: { ...finding, locations: gone }, rule });
            out.findings.push({ ...finding, locations: remaining });
        }
    }
    return out;
}
/**
 * The locations of a finding a rule ignores: all of them when it has no paths, those whose path matches
 * one of its globs otherwise; none when the id, the class or the package does not match.
 */
function matchLocations(rule, f) {
    if (rule.applies !== 'any' && rule.applies !== f.class)
        return [];
    const id = rule.id.toUpperCase();
    if (f.id.toUpperCase() !== id && !f.aliases.some(a => a.toUpperCase() === id))
        return [];
    if (rule.purls?.length && !(f.package && rule.purls.some(p => purlMatches(p, f.package.purl))))
        return [];
    // A finding without locations (a summary-level one) is matched whole.
    if (!rule.paths?.length)
        return f.locations.length ? f.locations : [{ path: '' }];
    return f.locations.filter(l => rule.paths.some(g => external_node_path_default().posix.matchesGlob(l.path, g) || l.path === g));
}
/**
 * A rule's purl matches a package's when type, namespace and name agree, and the version and each
 * qualifier the rule gives agree too (a purl without a version matches every version).
 */
function purlMatches(pattern, purl) {
    const want = (0,scan_purl/* parsePurl */.$l)(pattern);
    const have = (0,scan_purl/* parsePurl */.$l)(purl);
    if (!want || !have)
        return false;
    if (want.type !== have.type || want.name !== have.name || (want.namespace ?? '') !== (have.namespace ?? ''))
        return false;
    if (want.version !== undefined && want.version !== have.version)
        return false;
    return Object.entries(want.qualifiers).every(([k, v]) => have.qualifiers[k] === v);
}
/** One line per expired rule, for warnings. */
function describeExpired(e) {
    const r = e.rule;
    const where = `${r.source.file}${r.source.line ? ` line ${r.source.line}` : ''}`;
    const n = e.wouldMatch;
    return (0,log_safe/* oneLine */.TN)(`${where}: the ignore for ${r.id} expired on ${r.expiredAt}; it no longer applies${n ? ` (${n} finding${n === 1 ? '' : 's'} reported again)` : ''}.`);
}

// EXTERNAL MODULE: ./src/scan/inventory.ts + 2 modules
var inventory = __webpack_require__(7184);
// EXTERNAL MODULE: ./src/scan/rule.ts
var rule = __webpack_require__(2975);
// EXTERNAL MODULE: ./src/scan/misconfig/dockerfile.ts
var dockerfile = __webpack_require__(9273);
// EXTERNAL MODULE: ./src/scan/misconfig/rules.ts
var rules = __webpack_require__(7492);
// EXTERNAL MODULE: ./src/scan/misconfig/shell.ts
var shell = __webpack_require__(8477);
// EXTERNAL MODULE: ./src/scan/misconfig/checks/context.ts
var context = __webpack_require__(5574);
;// CONCATENATED MODULE: ./src/scan/misconfig/checks/add.ts
// GANTRY-DF-003: ADD where COPY does the same: every source a local file or folder that is not a tar archive
// ADD would extract. URLs, git sources, archives, `--checksum`/`--keep-git-dir` and sources in variables are left
// alone.





/** The archives ADD extracts (tar, plain or gzip/bzip2/xz/zstd-compressed), by their usual names. */
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst|lz4)|tgz|tbz2?|txz|tzst)$/i;
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^git@/i;
function checkAdd(ctx) {
    const out = [];
    for (const stage of ctx.df.stages)
        for (const ins of stage.instructions) {
            if (ins.getKeyword() !== 'ADD')
                continue;
            if ((0,dockerfile/* flagsOf */.Zo)(ins).some(f => f.name === 'checksum' || f.name === 'keep-git-dir'))
                continue;
            const args = (0,shell/* execForm */.c)(ctx.df, ins) ?? ins.getArguments().map(a => a.getValue());
            const sources = args[0]?.startsWith('<<') ? [] : args.slice(0, -1);
            if (sources.some(s => REMOTE.test(s) || ARCHIVE.test(s) || s.includes('$')))
                continue;
            const what = sources.join(' ');
            out.push((0,rule/* ruleFinding */.Ex)(rules.DF.addInsteadOfCopy, (0,context/* locate */.x)(ctx.df, (0,dockerfile/* region */.Ny)(ins.getRange())), {
                title: `ADD where COPY fits: ${what.length > 60 ? `${what.slice(0, 57)}…` : what}`
            }));
        }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/base-image.ts
// GANTRY-DF-001: a base image with `:latest` or no tag. scratch, stage references and digests are fine; with
// ARGs, the global ARG defaults (and build args) are expanded, and a tag that stays unknown is not guessed.




/** Repository and tag of an image reference (`registry:5000/a/b:tag@sha256:…`). */
function splitReference(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
    return { name: rest, digest };
}
function checkBaseImages(ctx) {
    const out = [];
    for (const stage of ctx.df.stages) {
        if (stage.base.kind !== 'image')
            continue;
        const ref = stage.base.ref;
        const { name, tag, digest } = splitReference(ref);
        if (!name || digest !== undefined)
            continue;
        if (tag !== undefined && (tag.includes('${') || tag !== 'latest'))
            continue;
        // No tag: a reference that ends in an unknown variable may carry its tag in it (FROM ${IMAGE}).
        if (tag === undefined && /\$\{[A-Za-z0-9_]+\}$/.test(name))
            continue;
        const arg = stage.from.getArguments()[0];
        out.push((0,rule/* ruleFinding */.Ex)(rules.DF.latestBase, (0,context/* locate */.x)(ctx.df, (0,dockerfile/* region */.Ny)(arg.getRange())), {
            title: tag === 'latest'
                ? `Base image ${name} uses :latest`
                : `Base image ${name} has no tag (means :latest)`
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/secret/names.ts
// Which names hold secrets and which values are placeholders: shared by the generic assignment rule
// (`password = "…"`) and the Dockerfile rule for secrets in ENV/ARG.
/**
 * Tokens that make a name secret-like wherever they appear (`DB_PASSWORD`, `apiToken`, `client-secret`). This is
 * BuildKit's SecretsUsedInArgOrEnv token list (the one Trivy's DS-0031 adopted) without `auth`, `usr`, `key`
 * alone and `psw`, which name too many things that are not secrets (`AUTH_URL`, `GPG_KEY`, `usr`).
 */
const SECRET_TOKENS = new Set([
    'password',
    'passwd',
    'passphrase',
    'pword',
    'secret',
    'secrets',
    'token',
    'apikey',
    'credential',
    'credentials'
]);
/** `<word> KEY` pairs that are secret (`API_KEY`, `SECRET_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`). */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'private',
    'secret',
    'signing',
    'encryption',
    'master',
    'license'
]);
/** A last token that makes the name about a secret rather than the secret (`TOKEN_URL`, `PASSWORD_FILE`). */
const NOT_THE_SECRET = new Set([
    'file',
    'path',
    'dir',
    'url',
    'uri',
    'host',
    'port',
    'name',
    'user',
    'username',
    'endpoint',
    'region',
    'type',
    'length',
    'len',
    'size',
    'ttl',
    'timeout',
    'expiry',
    'expires',
    'expiration',
    'enabled',
    'enable',
    'header',
    'hash',
    'env',
    'var',
    'field',
    'policy',
    'prefix',
    'count',
    'mode',
    'format',
    'provider',
    'store',
    'ref',
    'version',
    'id',
    'arn',
    // Names in code that hold something about a secret: parser state, requests, constants, indexes.
    'state',
    'string',
    'req',
    'request',
    'magic',
    'idx',
    'index',
    'kind',
    'pos',
    'start',
    'end',
    'list',
    'map',
    'types',
    'names',
    'source',
    'sources',
    'reader',
    'writer',
    'bytes',
    'max',
    'min',
    'label',
    'prompt',
    'placeholder',
    'fields',
    'param',
    'encryption',
    'algorithm',
    'method',
    'scheme',
    'mechanism'
]);
/** Tokens anywhere in the name that say it is public (`PUBLIC_KEY`, `GPG_KEY` fingerprints). */
const PUBLIC_TOKENS = new Set(['public', 'pub', 'gpg', 'fingerprint', 'publishable']);
/** Names that are secrets by convention although their tokens say otherwise (Trivy DS-0031's list). */
const KNOWN_SECRET_NAMES = new Set([
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AZURE_CLIENT_SECRET',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'OPENAI_API_KEY',
    'HF_TOKEN',
    'DIGITALOCEAN_ACCESS_TOKEN',
    'DOCKERHUB_PASSWORD',
    'FIREBASE_TOKEN',
    'CI_DEPLOY_PASSWORD',
    'GOOGLE_API_KEY',
    'HEROKU_API_KEY'
]);
/** Split `DB_PASSWORD`, `dbPassword`, `db-password`, `db.password` into lower-case words. */
function nameTokens(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** Whether a variable, key or field name says it holds a secret. */
function isSecretName(name) {
    const upper = name.toUpperCase();
    if (KNOWN_SECRET_NAMES.has(upper) || KNOWN_SECRET_NAMES.has(upper.replace(/^(VITE|REACT_APP)_/, '')))
        return true;
    const tokens = nameTokens(name);
    if (!tokens.length || name === 'PWD' || name === 'OLDPWD')
        return false;
    if (tokens.some(t => PUBLIC_TOKENS.has(t)))
        return false;
    if (NOT_THE_SECRET.has(tokens[tokens.length - 1]))
        return false;
    for (let i = 0; i < tokens.length; i++) {
        if (SECRET_TOKENS.has(tokens[i]))
            return true;
        if (tokens[i] === 'key' && i > 0 && KEY_QUALIFIERS.has(tokens[i - 1]))
            return true;
        if (/^(api|access|secret|private)key$/.test(tokens[i]))
            return true;
    }
    return false;
}
// Words of five or more letters match in any case; shorter ones only in one case. A random 36-character base62
// token holds `xxxx` in some mixing of cases about once in 30,000 draws, and a scan sees thousands of tokens
// (the window test found one): a real token must not pass for a placeholder.
const PLACEHOLDER_WORDS = /changeme|change[_-]me|example|placeholder|dummy|redacted|replace[_-]?me|insert[_-]|fixme|foobar|notasecret|not[_-]a[_-]secret|sample|your[_-]/i;
const PLACEHOLDER_SHORT = /xxxx|XXXX|TODO|todo|\*\*\*|\.\.\./;
/**
 * Whether a value is a stand-in rather than a secret: empty, a variable or template reference (`$VAR`,
 * `${VAR}`, `{{ .Var }}`, `%(var)s`, `<token>`), a run of one character (`xxxxxxxx`, `********`), a word that
 * says so (`changeme`, `your-token-here`, `example`), or a literal that is not a secret (`true`, `null`).
 */
function isPlaceholder(value) {
    const v = value.trim();
    if (!v)
        return true;
    if (/\$\{?[A-Za-z_]|\$\(|\{\{.*\}\}|%\([A-Za-z_]+\)s|^<[^>]*>$|^\[[^\]]*\]$/.test(v))
        return true;
    if (/^(.)\1*$/.test(v))
        return true;
    if (/^(true|false|null|nil|none|undefined|yes|no|on|off|empty|secret|password|token)$/i.test(v))
        return true;
    return PLACEHOLDER_WORDS.test(v) || PLACEHOLDER_SHORT.test(v);
}

;// CONCATENATED MODULE: ./src/scan/secret/redact.ts
// The one way a secret is shown: masked. A finding, a note or a log line carries this form, never the match.
/**
 * `prefix` (a public, fixed part such as `ghp_` or `AKIA`) stays readable; the rest becomes `*****`, followed by
 * the last four characters only when at least 24 secret characters follow the prefix, so that what is shown is
 * a small fraction of a long random value (enough to tell two tokens apart) and nothing of a short one.
 */
function maskSecret(secret, prefix = '') {
    const head = prefix && secret.startsWith(prefix) ? prefix : '';
    const rest = secret.slice(head.length);
    return `${head}*****${rest.length >= 24 ? rest.slice(-4) : ''}`;
}

;// CONCATENATED MODULE: ./src/scan/secret/entropy.ts
// Shannon entropy of a string's characters, in bits per character: the measure the generic secret rule uses to
// tell a random token from a low-variety value (`xxxxxxxx`, `12341234`, `aaaaBBBB`).
function shannonEntropy(s) {
    if (!s.length)
        return 0;
    const counts = new Map();
    for (const ch of s)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const n = [...s].length;
    let h = 0;
    for (const c of counts.values()) {
        const p = c / n;
        h -= p * Math.log2(p);
    }
    return h;
}

;// CONCATENATED MODULE: ./src/scan/secret/rules.ts
// The secret rules: a few families with real formats and low false positives (private keys, AWS key pairs, GCP
// service-account keys, GitHub and Slack tokens, generic high-entropy assignments). Each finder works on a text
// window and returns offsets; it never keeps more of a match than its masked form. Formats: PEM (RFC 7468),
// OpenPGP armor (RFC 4880 §6.2), AWS access keys (IAM docs: AKIA long-term, ASIA temporary), GitHub's token
// prefixes and lengths (GitHub's "authentication token formats" post; fine-grained `github_pat_` 22+59), Slack
// token and webhook shapes; Trivy v0.74.0's built-in rule set (pkg/fanal/secret) for the equivalents.



/** The longest a match can be: the window scanner keeps this much overlap between windows. */
const MAX_MATCH_CHARS = 16 * 1024;
const trivy = (...ids) => ids.map(id => ({ tool: 'trivy', id }));
/** Matches whose text says it is an example (AWS's documented AKIAIOSFODNN7EXAMPLE) are not secrets. */
const isExample = (s) => /example/i.test(s);
// --- private keys -----------------------------------------------------------------------------------------
const PEM_BEGIN = /-----\s?BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?\s?-----/g;
/**
 * Whether the text between BEGIN and END is a key body: base64 lines, RFC 1421 headers (`Proc-Type:`,
 * `DEK-Info:`) or armor headers (`Version:`, `Comment:`) allowed, newlines real or escaped (`\n` in JSON and
 * source strings), at least 64 base64 characters of some variety, and no placeholder (`...`, `XXXX…`).
 */
function isKeyBody(raw) {
    const lines = raw
        .replace(/\\r|\\n/g, '\n')
        .split(/\r?\n/)
        .map(l => l.trim().replace(/^["']|["',+]+$/g, ''))
        .filter(l => l && !/^[A-Za-z][A-Za-z0-9-]*:\s/.test(l));
    const body = lines.join('');
    if (body.length < 64 || !/^[A-Za-z0-9+/=]+$/.test(body))
        return false;
    // Zero bytes in DER and OpenSSH's length fields give runs of `A`; a run of 24 is filler, not a key.
    return shannonEntropy(body) > 4 && !/(.)\1{23}/.test(body);
}
const KEY_KINDS = {
    '': 'Private key (PKCS #8)',
    'RSA ': 'RSA private key',
    'EC ': 'EC private key',
    'DSA ': 'DSA private key',
    'OPENSSH ': 'OpenSSH private key',
    'ENCRYPTED ': 'Encrypted private key (PKCS #8)',
    'PGP ': 'PGP private key block'
};
function findPrivateKeys(text) {
    const out = [];
    PEM_BEGIN.lastIndex = 0;
    for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) {
        const label = m[1] ?? '';
        const bodyStart = m.index + m[0].length;
        const end = text.indexOf('-----END', bodyStart);
        if (end < 0 || end - bodyStart > MAX_MATCH_CHARS - 200)
            continue;
        const close = /^-----END ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?\s?-----/.exec(text.slice(end, end + 80));
        if (!close || !isKeyBody(text.slice(bodyStart, end)))
            continue;
        out.push({
            start: m.index,
            end: end + close[0].length,
            masked: `-----BEGIN ${label}PRIVATE KEY${m[2] ?? ''}-----*****`,
            title: KEY_KINDS[label] ?? `${label.trim()} private key`
        });
        PEM_BEGIN.lastIndex = end + close[0].length;
    }
    return out;
}
// --- AWS ----------------------------------------------------------------------------------------------------
// AKIA: a long-term access key, ASIA: a temporary one (STS), A3T…: the oldest format. AIDA/AROA/… are unique
// ids of users and roles, not credentials: Trivy matches them, gantry does not.
const AWS_KEY_ID = /(?<![A-Za-z0-9])((?:AKIA|ASIA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Za-z0-9])/g;
function findAwsKeyIds(text) {
    const out = [];
    AWS_KEY_ID.lastIndex = 0;
    for (let m = AWS_KEY_ID.exec(text); m; m = AWS_KEY_ID.exec(text)) {
        const id = m[1];
        if (isExample(id) || shannonEntropy(id.slice(4)) < 2.5)
            continue;
        out.push({ start: m.index, end: m.index + id.length, masked: maskSecret(id, id.slice(0, 4)) });
    }
    return out;
}
// `aws_secret_access_key = …`, `"SecretAccessKey": "…"`, `AWS_SECRET_KEY: …` with a 40-character value.
const AWS_SECRET_ASSIGNED = /(aws_?(?:sec(?:ret)?_?)?(?:access_?)?key|secret_?access_?key)["']?\s*(?::=|=>|=|:)\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi;
// Any 40-character base64 token: a secret only when an access key id is a few lines away.
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{39}[A-Za-z0-9/+=])(?![A-Za-z0-9/+=])/g;
/** How far (in lines) an unlabelled secret may be from its access key id to count as its pair. */
const AWS_PAIR_LINES = 5;
const looksLikeAwsSecret = (s) => !isExample(s) &&
    !isPlaceholder(s) &&
    /[A-Z]/.test(s) &&
    /[a-z]/.test(s) &&
    /[0-9]/.test(s) &&
    !/^[0-9a-fA-F]+$/.test(s) &&
    shannonEntropy(s) >= 4;
function findAwsSecrets(text) {
    const out = [];
    const seen = new Set();
    AWS_SECRET_ASSIGNED.lastIndex = 0;
    for (let m = AWS_SECRET_ASSIGNED.exec(text); m; m = AWS_SECRET_ASSIGNED.exec(text)) {
        const secret = m[2];
        const start = m.index + m[0].length - secret.length;
        if (isExample(secret) || isPlaceholder(secret) || shannonEntropy(secret) < 3.5)
            continue;
        seen.add(start);
        out.push({ start, end: start + secret.length, masked: maskSecret(secret) });
    }
    const ids = findAwsKeyIds(text);
    if (!ids.length)
        return out;
    const lineOf = lineIndex(text);
    const idLines = ids.map(h => lineOf(h.start));
    AWS_SECRET_SHAPE.lastIndex = 0;
    for (let m = AWS_SECRET_SHAPE.exec(text); m; m = AWS_SECRET_SHAPE.exec(text)) {
        if (seen.has(m.index) || !looksLikeAwsSecret(m[1]))
            continue;
        const line = lineOf(m.index);
        if (!idLines.some(l => Math.abs(l - line) <= AWS_PAIR_LINES))
            continue;
        out.push({ start: m.index, end: m.index + m[1].length, masked: maskSecret(m[1]) });
    }
    return out.sort((a, b) => a.start - b.start);
}
/** A function from an offset in `text` to its 0-based line. */
function lineIndex(text) {
    const nl = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        nl.push(i);
    return offset => {
        let lo = 0;
        let hi = nl.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (nl[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
}
// --- GCP ------------------------------------------------------------------------------------------------------
const GCP_TYPE = /"type"\s*:\s*"service_account"/g;
const GCP_KEY = /"private_key"\s*:\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----)((?:[^"\\]|\\.){64,8192}?)-----END/g;
/** A service-account key file is about 2.3 KB: its private key is never farther than this from its type. */
const GCP_PAIR_CHARS = 8192;
function findGcpServiceAccounts(text) {
    const keys = [];
    GCP_KEY.lastIndex = 0;
    for (let m = GCP_KEY.exec(text); m; m = GCP_KEY.exec(text))
        if (isKeyBody(m[2]))
            keys.push(m.index);
    if (!keys.length)
        return [];
    const out = [];
    GCP_TYPE.lastIndex = 0;
    for (let m = GCP_TYPE.exec(text); m; m = GCP_TYPE.exec(text)) {
        const at = m.index;
        if (!keys.some(k => Math.abs(k - at) <= GCP_PAIR_CHARS))
            continue;
        out.push({ start: at, end: at + m[0].length, masked: 'service_account private_key *****' });
    }
    return out;
}
// --- GitHub ---------------------------------------------------------------------------------------------------
// Classic tokens: a prefix and 36 base62 characters (30 random + a 6-character checksum). Refresh tokens are
// longer (Trivy: 76). Installation tokens (`ghs_`) moved to a longer format with `.`, `-` and `_` in 2026.
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(gh[pou]_[A-Za-z0-9]{36}|ghr_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?|ghs_[A-Za-z0-9._-]{36,1024}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g;
const GITHUB_KINDS = {
    ghp_: 'GitHub personal access token (classic)',
    gho_: 'GitHub OAuth access token',
    ghu_: 'GitHub App user-to-server token',
    ghs_: 'GitHub App installation token',
    ghr_: 'GitHub refresh token',
    github_pat_: 'GitHub fine-grained personal access token'
};
function findGithubTokens(text) {
    const out = [];
    GITHUB_TOKEN.lastIndex = 0;
    for (let m = GITHUB_TOKEN.exec(text); m; m = GITHUB_TOKEN.exec(text)) {
        const token = m[1];
        const prefix = token.startsWith('github_pat_') ? 'github_pat_' : token.slice(0, 4);
        const rest = token.slice(prefix.length);
        if (isExample(rest) || isPlaceholder(rest) || shannonEntropy(rest) < 3)
            continue;
        out.push({
            start: m.index,
            end: m.index + token.length,
            masked: maskSecret(token, prefix),
            title: GITHUB_KINDS[prefix]
        });
    }
    return out;
}
// --- Slack ----------------------------------------------------------------------------------------------------
const SLACK_TOKEN = /(?<![A-Za-z0-9_-])(xox[baprs])-([0-9A-Za-z]{10,48}(?:-[0-9A-Za-z]{1,64}){0,4})/g;
const SLACK_WEBHOOK = /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Z0-9]{8,12}\/(?:[0-9]{6,20}\/)?([A-Za-z0-9]{20,64})(?![A-Za-z0-9])/g;
function findSlackTokens(text) {
    const out = [];
    SLACK_TOKEN.lastIndex = 0;
    for (let m = SLACK_TOKEN.exec(text); m; m = SLACK_TOKEN.exec(text)) {
        const rest = m[2];
        if (isExample(rest) || isPlaceholder(rest) || shannonEntropy(rest) < 2.5)
            continue;
        out.push({ start: m.index, end: m.index + m[0].length, masked: maskSecret(m[0], `${m[1]}-`) });
    }
    return out;
}
function findSlackWebhooks(text) {
    const out = [];
    SLACK_WEBHOOK.lastIndex = 0;
    for (let m = SLACK_WEBHOOK.exec(text); m; m = SLACK_WEBHOOK.exec(text)) {
        const secret = m[1];
        if (isExample(secret) || isPlaceholder(secret) || shannonEntropy(secret) < 3)
            continue;
        out.push({
            start: m.index,
            end: m.index + m[0].length,
            masked: `https://hooks.slack.com/…/${maskSecret(secret)}`
        });
    }
    return out;
}
// --- generic assignments --------------------------------------------------------------------------------------
const GENERIC_KEYWORD = /pass(?:wd|word|phrase)|pword|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/gi;
const IDENT = /[A-Za-z0-9_.-]/;
/**
 * The generic rule's entropy threshold, in bits per character. Shannon entropy over the characters of a short
 * string cannot tell an English phrase from a random one (`mysecretpassword` scores 3.75), so words are
 * excluded by shape (one letter case and no digit, identifiers, placeholders) and the threshold only rejects
 * low-variety values: 3.0 bits means at least 8 evenly used symbols, which `12341234`, `aaaaBBBB` and
 * `abcabc123` do not reach, while random tokens of 12+ characters from a 16-symbol (hex) or larger alphabet
 * exceed it in the large majority of draws (the unit tests measure this on generated tokens).
 */
const GENERIC_ENTROPY_THRESHOLD = 3.0;
const GENERIC_MIN_LENGTH = 8;
const GENERIC_MAX_LENGTH = 256;
/**
 * Characters an unquoted value (in configuration; source code needs quotes) may have: brackets, parentheses and
 * braces make it a list, a call or a template rather than a literal.
 */
const UNQUOTED_VALUE = /^[A-Za-z0-9+/=_.~!@#%^&*:?|-]+$/;
/**
 * Whether an assigned value looks like a literal secret rather than a word, an identifier, an expression, a
 * reference or a placeholder. Letters alone are an identifier or a word (`tokenArrayValue`, `Authorization`):
 * random secrets of 8+ characters nearly always have a digit or a symbol. Quoted values with escapes
 * (`"openssh-key-v1\x00"`) are source-code constants.
 */
function isGenericSecretValue(value, quoted = true) {
    const v = value;
    if (v.length < GENERIC_MIN_LENGTH || v.length > GENERIC_MAX_LENGTH || /\s/.test(v))
        return false;
    if (isPlaceholder(v) || isExample(v))
        return false;
    if (quoted ? v.includes('\\') : !UNQUOTED_VALUE.test(v))
        return false;
    // Words and identifiers: `Authorization`, `tokenArrayValue`, `SECRET_NAME`, `db_password`, `some-word-v1`.
    if (/^[A-Za-z]+$|^[A-Z][A-Z0-9_]*$|^[a-z][a-z0-9]*([_.-][a-z0-9]+)+$/.test(v))
        return false;
    if (/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(v))
        return false;
    // Paths and URLs without credentials, numbers, versions.
    if (/^(\/|\.\/|~\/|[a-z]+:\/\/[^@]*$)/.test(v) || /^[0-9.:-]+$/.test(v) || /^v?\d+(\.\d+)+/.test(v))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter(re => re.test(v)).length;
    return classes >= 2 && shannonEntropy(v) >= GENERIC_ENTROPY_THRESHOLD;
}
/**
 * Source files, where an unquoted value is an expression (`PrivateKey: testRSA2048PrivateKey`), so only quoted
 * literals count. In configuration (.env, YAML, INI, properties, TOML) unquoted values are literals.
 */
const SOURCE_CODE = /\.(go|js|mjs|cjs|jsx|ts|tsx|py|rb|java|kt|kts|scala|groovy|cs|c|h|cc|cpp|hpp|rs|swift|php|pl|lua|dart|ex|exs|erl|hs|clj|m|mm|r|jl|zig|nim|v)$/i;
function findGenericAssignments(text, path) {
    const out = [];
    const code = SOURCE_CODE.test(path);
    GENERIC_KEYWORD.lastIndex = 0;
    let last = -1;
    for (let m = GENERIC_KEYWORD.exec(text); m; m = GENERIC_KEYWORD.exec(text)) {
        let s = m.index;
        let e = m.index + m[0].length;
        while (s > 0 && e - s < 128 && IDENT.test(text[s - 1]))
            s--;
        while (e < text.length && e - s < 128 && IDENT.test(text[e]))
            e++;
        if (s <= last)
            continue;
        const name = text.slice(s, e);
        GENERIC_KEYWORD.lastIndex = e;
        if (!isSecretName(name.replace(/^[.-]+|[.-]+$/g, '')))
            continue;
        let i = e;
        if (text[i] === '"' || text[i] === "'")
            i++;
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        const op = /^(:=|=>|=(?!=)|:(?!:))/.exec(text.slice(i, i + 2));
        if (!op)
            continue;
        i += op[0].length;
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        let value;
        let vs = i;
        const q = text[i];
        const quoted = q === '"' || q === "'" || q === '`';
        if (quoted) {
            const close = text.indexOf(q, i + 1);
            const nl = text.indexOf('\n', i + 1);
            if (close < 0 || (nl >= 0 && nl < close) || close - i > GENERIC_MAX_LENGTH + 1)
                continue;
            vs = i + 1;
            value = text.slice(vs, close);
        }
        else {
            if (code)
                continue;
            let j = i;
            while (j < text.length && j - i <= GENERIC_MAX_LENGTH && !/[\s"'`,;)}\]]/.test(text[j]))
                j++;
            value = text.slice(i, j);
        }
        if (!isGenericSecretValue(value, quoted))
            continue;
        last = vs + value.length;
        out.push({
            start: vs,
            end: vs + value.length,
            masked: maskSecret(value),
            title: `Secret assigned to ${name}`
        });
    }
    return out;
}
// --- the catalog ----------------------------------------------------------------------------------------------
const SECRET_RULES = [
    {
        id: 'GANTRY-SECRET-001',
        class: 'secret',
        severity: 'HIGH',
        title: 'Private key',
        fix: 'Remove the key from the image or repository, revoke it, and mount it at run time (a secret or volume).',
        description: 'A PEM or OpenPGP private key (RSA, EC, DSA, OpenSSH, PKCS #8, encrypted or not) is in the file. Anyone ' +
            'who can pull the image or read the repository has the key, including from a layer that later deleted it.',
        equivalents: trivy('private-key'),
        keywords: ['private key'],
        find: findPrivateKeys
    },
    {
        id: 'GANTRY-SECRET-002',
        class: 'secret',
        severity: 'CRITICAL',
        title: 'AWS access key ID',
        fix: 'Deactivate the key in IAM, remove it, and use a role (OIDC in CI, an instance or task role at run time).',
        description: 'An AWS access key ID (AKIA… long-term, ASIA… temporary). With its secret access key, usually stored next ' +
            'to it, it signs AWS API calls as its owner.',
        equivalents: trivy('aws-access-key-id'),
        keywords: ['akia', 'asia', 'a3t'],
        find: findAwsKeyIds
    },
    {
        id: 'GANTRY-SECRET-003',
        class: 'secret',
        severity: 'CRITICAL',
        title: 'AWS secret access key',
        fix: 'Deactivate the key pair in IAM, remove it, and use a role (OIDC in CI, an instance or task role at run time).',
        description: 'A 40-character AWS secret access key, assigned to a name such as aws_secret_access_key or within a few ' +
            'lines of an access key ID: the half of the pair that signs requests.',
        equivalents: trivy('aws-secret-access-key'),
        keywords: ['key', 'akia', 'asia', 'a3t'],
        find: findAwsSecrets
    },
    {
        id: 'GANTRY-SECRET-004',
        class: 'secret',
        severity: 'CRITICAL',
        title: 'GCP service-account key',
        fix: 'Delete the key in IAM, remove the file, and use workload identity federation or an attached service account.',
        description: 'A Google Cloud service-account key file ("type": "service_account" with a private_key): it authenticates ' +
            'as the service account until the key is deleted.',
        equivalents: trivy('gcp-service-account'),
        keywords: ['service_account'],
        find: findGcpServiceAccounts
    },
    {
        id: 'GANTRY-SECRET-005',
        class: 'secret',
        severity: 'CRITICAL',
        title: 'GitHub token',
        fix: 'Revoke the token on GitHub, remove it, and pass a token at run time (GITHUB_TOKEN, a secret, a build secret mount).',
        description: 'A GitHub token (ghp_ classic or github_pat_ fine-grained personal access token, gho_ OAuth, ghu_/ghs_ App, ' +
            'ghr_ refresh): it acts on repositories and organisations with its owner’s permissions.',
        equivalents: trivy('github-pat', 'github-fine-grained-pat', 'github-oauth', 'github-app-token', 'github-refresh-token'),
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
        find: findGithubTokens
    },
    {
        id: 'GANTRY-SECRET-006',
        class: 'secret',
        severity: 'HIGH',
        title: 'Slack token',
        fix: 'Revoke the token in the Slack app settings, remove it, and pass it at run time.',
        description: 'A Slack token (xoxb- bot, xoxp- user, xoxa-/xoxr-/xoxs-): it reads and posts in the workspace as the app or user.',
        equivalents: trivy('slack-access-token'),
        keywords: ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-'],
        find: findSlackTokens
    },
    {
        id: 'GANTRY-SECRET-007',
        class: 'secret',
        severity: 'MEDIUM',
        title: 'Slack webhook URL',
        fix: 'Regenerate the webhook in Slack, remove the URL, and pass it at run time.',
        description: 'A Slack incoming-webhook or workflow URL: anyone with it can post to the channel.',
        equivalents: trivy('slack-web-hook'),
        keywords: ['hooks.slack.com'],
        find: findSlackWebhooks
    },
    {
        id: 'GANTRY-SECRET-008',
        class: 'secret',
        severity: 'MEDIUM',
        title: 'Secret in an assignment',
        fix: 'Move the value out of the file (an environment variable or secret store) and rotate it.',
        description: `A literal, high-entropy value (at least ${GENERIC_MIN_LENGTH} characters, ${GENERIC_ENTROPY_THRESHOLD} bits ` +
            'per character, two character classes, not a word or placeholder) assigned to a name such as password, ' +
            'secret, token or api_key.',
        equivalents: [],
        fallback: true,
        keywords: ['pass', 'pword', 'secret', 'token', 'key', 'credential'],
        find: findGenericAssignments
    }
];

;// CONCATENATED MODULE: ./src/scan/secret/skip.ts
// Which files the secret scanner leaves alone, and why: binaries, files over the size cap, and paths that hold
// third-party sources, test fixtures and documentation rather than a project's own configuration. The path
// list follows Trivy's built-in allow rules and skip patterns (pkg/fanal/secret in Trivy v0.74.0), narrowed
// where Trivy's is broader than it needs to be (its `test` rule skips any path containing `/test`).

/** Files larger than this are skipped with a note: config files and sources are far smaller (Trivy warns at 10 MB). */
const skip_DEFAULT_MAX_SECRET_FILE_SIZE = 10 * 1024 * 1024;
/** Trivy skips files under 10 bytes: nothing a rule matches fits. */
const MIN_SIZE = 10;
/** How much of a file's head decides whether it is text (Git and file(1) use similar prefixes). */
const skip_BINARY_SNIFF_BYTES = 8192;
// Paths are matched without a leading slash (image paths are root-relative, `paths` inputs workspace-relative).
const SKIP_PATHS = [
    { re: /(^|\/)\.git\//, why: 'a git directory' },
    { re: /(^|\/)node_modules\//, why: 'third-party Node modules' },
    { re: /(^|\/)vendor\//, why: 'vendored third-party sources' },
    { re: /(^|\/)(go\/pkg\/mod|\.cache\/go-build)\//, why: 'the Go module or build cache' },
    { re: /^usr\/local\/go\//, why: 'the Go toolchain' },
    { re: /^usr\/(share|include|lib)\//, why: 'a system directory' },
    { re: /^usr\/local\/lib\/python[\d.]+\//, why: 'the Python library' },
    { re: /^opt\/yarn-v[\d.]+\//, why: 'the yarn distribution' },
    { re: /^usr\/src\/wordpress\//, why: 'the WordPress distribution' },
    { re: /^var\/log\/anaconda\//, why: 'installer logs' },
    { re: /\.dist-info\//, why: 'Python package metadata' },
    { re: /(^|\/)locales?\//, why: 'translations' },
    { re: /(^|\/)(testdata|tests?|__tests__)\//, why: 'test fixtures' },
    { re: /_test\.go$/, why: 'a Go test file' },
    { re: /\.md$/, why: 'documentation' },
    {
        re: /(^|\/)(go\.mod|go\.sum|go\.work\.sum|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Pipfile\.lock|Gemfile\.lock|Cargo\.lock|poetry\.lock)$/,
        why: 'a lock file (hashes, not secrets)'
    },
    {
        re: /\.(jpe?g|png|gif|ico|webp|svg|pdf|docx?|bin|socket|deb|rpm|apk|zip|jar|gz|gzip|tgz|bz2|xz|zst|tar|whl|so|a|o|pyc|wasm)$/i,
        why: 'a binary or archive format'
    }
];
/** Why `path` is skipped before reading it (the path or the size), or undefined to scan it. */
function secretSkipReason(path, size, maxFileSize = skip_DEFAULT_MAX_SECRET_FILE_SIZE) {
    const p = path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
    for (const rule of SKIP_PATHS)
        if (rule.re.test(p))
            return rule.why;
    if (size !== undefined) {
        if (size > maxFileSize)
            return `larger than ${(0,format/* formatBytes */.z3)(maxFileSize)} (${(0,format/* formatBytes */.z3)(size)})`;
        if (size < MIN_SIZE)
            return 'too small to hold a secret';
    }
    return undefined;
}
/**
 * Whether a file's first bytes say it is binary: a NUL byte, or more than 10% control bytes or invalid UTF-8.
 * Random bytes hit a NUL within the first few hundred bytes almost surely (1 - (255/256)^8192 ≈ 1).
 */
function skip_looksBinary(head) {
    const n = Math.min(head.length, skip_BINARY_SNIFF_BYTES);
    if (!n)
        return false;
    let bad = 0;
    for (let i = 0; i < n; i++) {
        const b = head[i];
        if (b === 0)
            return true;
        // Control bytes other than \t \n \v \f \r and ESC (colour codes in logs).
        if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f)
            bad++;
    }
    if (bad * 10 > n)
        return true;
    // Invalid UTF-8: decode and count replacement characters. A sequence cut at the end of the head is allowed.
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, n), { stream: true });
    let invalid = 0;
    for (const ch of text)
        if (ch === '\uFFFD')
            invalid++;
    return invalid * 10 > n;
}

;// CONCATENATED MODULE: ./src/scan/secret/scan.ts
// The secret scanner's entry points for one file: scanSecrets for content in memory, scanSecretsStream for a
// stream (an image layer entry, a file on disk) read in windows with overlap, so memory stays bounded and a
// secret across a window boundary is still found once. Findings carry the path, line and masked match only.




/** Characters scanned at a time; with the overlap this bounds memory per file to a few MiB. */
const WINDOW_CHARS = 1 << 20;
/** Carried into the next window: a match can be this long, and pairing rules look this far back. */
const OVERLAP_CHARS = MAX_MATCH_CHARS;
/** Scans text pushed in pieces, window by window. */
class SecretTextScanner {
    path;
    options;
    buf = '';
    /** Absolute offset, 1-based line and column of buf[0]. */
    bufOffset = 0;
    bufLine = 1;
    bufColumn = 1;
    /** Matches starting before this absolute offset were reported by an earlier window. */
    emitted = 0;
    lastEnd = new Map();
    findings = [];
    rules;
    constructor(path, options = {}) {
        this.path = path;
        this.options = options;
        this.rules = options.rules ?? SECRET_RULES;
    }
    push(text) {
        for (let i = 0; i < text.length; i += WINDOW_CHARS) {
            this.buf += text.slice(i, i + WINDOW_CHARS);
            if (this.buf.length >= WINDOW_CHARS + 2 * OVERLAP_CHARS)
                this.scanWindow(false);
        }
    }
    finish() {
        this.scanWindow(true);
        this.buf = '';
        return this.findings.sort(rule/* byLine */.uf);
    }
    scanWindow(final) {
        const text = this.buf;
        const lower = text.toLowerCase();
        const limit = final ? Infinity : this.bufOffset + text.length - OVERLAP_CHARS;
        let hits = [];
        for (const rule of this.rules) {
            if (!rule.keywords.some(k => lower.includes(k)))
                continue;
            for (const h of rule.find(text, this.path))
                hits.push({ ...h, rule });
        }
        const specific = hits.filter(h => !h.rule.fallback);
        hits = hits
            .filter(h => !h.rule.fallback || !specific.some(s => s.start < h.end && h.start < s.end))
            .sort((a, b) => a.start - b.start);
        const lineOf = lineIndex(text);
        const position = (offset) => {
            const line = lineOf(offset);
            const column = line === 0 ? this.bufColumn + offset : offset - text.lastIndexOf('\n', offset - 1);
            return { line: this.bufLine + line, column };
        };
        for (const h of hits) {
            const abs = this.bufOffset + h.start;
            if (abs < this.emitted || abs >= limit || abs < (this.lastEnd.get(h.rule.id) ?? -1))
                continue;
            this.lastEnd.set(h.rule.id, this.bufOffset + h.end);
            const start = position(h.start);
            const end = position(Math.max(h.start, h.end - 1));
            const location = { ...this.options.location, path: this.path, line: start.line };
            if (end.line !== start.line)
                location.endLine = end.line;
            location.column = start.column;
            location.endColumn = end.column + 1;
            this.findings.push((0,rule/* ruleFinding */.Ex)(h.rule, location, { title: h.title, match: h.masked }));
        }
        if (final)
            return;
        // Keep the last two overlaps: the first is context already reported (pairing rules look back into it), the
        // second has not been reported yet.
        const cut = text.length - 2 * OVERLAP_CHARS;
        const dropped = text.slice(0, cut);
        const nl = dropped.lastIndexOf('\n');
        let lines = 0;
        for (let i = dropped.indexOf('\n'); i >= 0; i = dropped.indexOf('\n', i + 1))
            lines++;
        this.bufLine += lines;
        this.bufColumn = nl < 0 ? this.bufColumn + cut : cut - nl;
        this.buf = text.slice(cut);
        this.bufOffset += cut;
        this.emitted = limit;
    }
}
/**
 * Secrets in one file held in memory (a small file from a layer, a Dockerfile value). Returns no findings for a
 * skipped path, an oversized or binary content; use scanSecretsStream to learn why.
 */
function scanSecrets(content, path, options = {}) {
    return scanSecretsSync(content, path, options).findings;
}
/** scanSecrets with the reason a file was skipped. */
function scanSecretsSync(content, path, options = {}) {
    const max = options.maxFileSize ?? skip_DEFAULT_MAX_SECRET_FILE_SIZE;
    const size = typeof content === 'string' ? content.length : content.byteLength;
    const skipped = skipReason(path, size, max, options);
    if (skipped)
        return { findings: [], skipped };
    let text;
    if (typeof content === 'string')
        text = content;
    else {
        if (skip_looksBinary(content.subarray(0, skip_BINARY_SNIFF_BYTES)))
            return { findings: [], skipped: 'binary' };
        text = new TextDecoder('utf-8', { fatal: false }).decode(content);
    }
    const scanner = new SecretTextScanner(path, options);
    scanner.push(text);
    return { findings: scanner.finish() };
}
function skipReason(path, size, max, options) {
    if (options.skipPaths ?? true)
        return secretSkipReason(path, size, max);
    return size !== undefined && size > max ? secretSkipReason('', size, max) : undefined;
}
/**
 * Secrets in a file read as a stream of chunks (a tar entry, a file). The stream is always read to its end,
 * scanned or not, so a tar extractor feeding it stays in step; a file known to be too large (options.size)
 * or a skipped path is not read at all (the caller drains it). Memory is bounded by the window, not the file.
 */
async function scanSecretsStream(source, path, options = {}) {
    const max = options.maxFileSize ?? DEFAULT_MAX_SECRET_FILE_SIZE;
    const early = skipReason(path, options.size, max, options);
    if (early)
        return { findings: [], skipped: early };
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const scanner = new SecretTextScanner(path, options);
    let head = [];
    let headBytes = 0;
    let bytes = 0;
    let skipped;
    const feed = (chunk, last) => scanner.push(decoder.decode(chunk, { stream: !last }));
    const decideHead = () => {
        const all = Buffer.concat(head ?? []);
        head = undefined;
        if (looksBinary(all)) {
            skipped = 'binary';
            return false;
        }
        feed(all, false);
        return true;
    };
    for await (const piece of source) {
        if (skipped)
            continue;
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
        bytes += chunk.byteLength;
        if (bytes > max) {
            skipped = `larger than ${formatBytes(max)}`;
            continue;
        }
        if (head) {
            head.push(chunk);
            headBytes += chunk.byteLength;
            if (headBytes >= BINARY_SNIFF_BYTES)
                decideHead();
            continue;
        }
        feed(chunk, false);
    }
    if (skipped)
        return { findings: [], skipped };
    if (head && !decideHead())
        return { findings: [], skipped };
    scanner.push(decoder.decode());
    return { findings: scanner.finish() };
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/env-secrets.ts
// GANTRY-DF-007/008: secrets in ENV and ARG. A literal secret (a secret-like name with a real value, or any
// value a secret rule matches) is reported in every stage: it is in the Dockerfile. A secret-like ARG, or an ENV
// that copies a variable, is reported in the stages the image is built on, where the value ends up in the
// image history or configuration. Values are masked in the finding.







function checkEnvSecrets(ctx) {
    const { df } = ctx;
    const shipped = new Set((0,dockerfile/* stageChain */.ap)((0,dockerfile/* finalStage */.BD)(df)));
    const out = [];
    for (const stage of df.stages)
        for (const ins of stage.instructions) {
            const kw = ins.getKeyword();
            if (kw !== 'ENV' && kw !== 'ARG')
                continue;
            for (const p of (0,dockerfile/* properties */.qo)(ins)) {
                const at = (0,context/* locate */.x)(df, {
                    line: p.range.start.line + 1,
                    column: p.range.start.character + 1,
                    endColumn: p.range.end.line === p.range.start.line ? p.range.end.character + 1 : undefined
                });
                const value = p.value ?? '';
                // As an assignment, so the rules that need a name (AWS secret keys, generic) see one.
                const matched = value ? scanSecrets(`${p.name}=${value}`, df.path, { skipPaths: false }) : [];
                if (matched.length) {
                    const what = matched[0].id === 'GANTRY-SECRET-008' ? 'Secret' : matched[0].title;
                    out.push((0,rule/* ruleFinding */.Ex)(rules.DF.secretLiteral, at, {
                        title: `${what} in ${kw} ${p.name}`,
                        match: matched[0].match
                    }));
                    continue;
                }
                if (!isSecretName(p.name))
                    continue;
                const reference = /\$\{?[A-Za-z_]/.test(value);
                if (value && !reference && !isPlaceholder(value)) {
                    out.push((0,rule/* ruleFinding */.Ex)(rules.DF.secretLiteral, at, {
                        title: `Secret in ${kw} ${p.name}`,
                        match: maskSecret(value)
                    }));
                    continue;
                }
                if (!shipped.has(stage))
                    continue;
                if (kw === 'ARG')
                    out.push((0,rule/* ruleFinding */.Ex)(rules.DF.secretBuildArg, at, {
                        title: `ARG ${p.name}: a secret passed as a build argument`
                    }));
                else if (reference)
                    out.push((0,rule/* ruleFinding */.Ex)(rules.DF.secretBuildArg, at, { title: `ENV ${p.name} copies a secret into the image` }));
            }
        }
    return out;
}

// EXTERNAL MODULE: ./src/scan/misconfig/checks/go-build.ts
var go_build = __webpack_require__(2890);
;// CONCATENATED MODULE: ./src/scan/misconfig/checks/exec-form.ts
// GANTRY-DF-009: the CMD and ENTRYPOINT the image runs with, in shell form. Only the effective ones (the last of
// each in the final stage and the stages it is built on) are checked.






function checkShellForm(ctx) {
    const { df } = ctx;
    const final = (0,dockerfile/* finalStage */.BD)(df);
    const out = [];
    const noShell = (0,go_build/* isStaticBase */.QC)((0,dockerfile/* rootBase */.C6)(final));
    for (const kw of ['ENTRYPOINT', 'CMD']) {
        let effective;
        for (const stage of (0,dockerfile/* stageChain */.ap)(final)) {
            effective = [...stage.instructions].reverse().find(i => i.getKeyword() === kw);
            if (effective)
                break;
        }
        if (!effective || (0,shell/* execForm */.c)(df, effective))
            continue;
        out.push((0,rule/* ruleFinding */.Ex)(rules.DF.shellForm, (0,context/* locate */.x)(df, (0,dockerfile/* region */.Ny)(effective.getRange())), {
            title: `${kw} in shell form`,
            description: noShell
                ? `${rules.DF.shellForm.description} This image's base has no /bin/sh: the container will not start.`
                : undefined
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/healthcheck.ts
// GANTRY-DF-012: no HEALTHCHECK in the final stage or the stages it is built on (HEALTHCHECK NONE counts: it
// says the check is not wanted).




function checkHealthcheck(ctx) {
    const final = (0,dockerfile/* finalStage */.BD)(ctx.df);
    const has = (0,dockerfile/* stageChain */.ap)(final).some(s => s.instructions.some(i => i.getKeyword() === 'HEALTHCHECK'));
    return has ? [] : [(0,rule/* ruleFinding */.Ex)(rules.DF.noHealthcheck, (0,context/* locate */.x)(ctx.df, (0,context/* firstLine */.T)(ctx.df, (0,dockerfile/* lineOf */.cA)(final.from))))];
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/packages.ts
// GANTRY-DF-004/005/006: package-manager leftovers in the image: `apk add` without --no-cache, `apt-get install`
// without --no-install-recommends, apt lists not removed in the same RUN. Only the stages the final image is
// built on are checked (a build stage's caches are discarded with it), and a RUN that keeps the cache in a
// BuildKit cache mount is fine.





/** Options that take a value (`-X url`), so the value is not taken for the subcommand. */
const APK_VALUE_OPTS = new Set([
    '-X',
    '--repository',
    '-p',
    '--root',
    '--arch',
    '--keys-dir',
    '--cache-dir',
    '--repositories-file'
]);
const APT_VALUE_OPTS = new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file']);
/** The subcommand of `apk --update add x` (`add`) or `apt-get -y -o A=B install x` (`install`). */
function subcommand(cmd, valueOpts) {
    for (let i = 1; i < cmd.words.length; i++) {
        const w = cmd.words[i].text;
        if (valueOpts.has(w))
            i++;
        else if (!w.startsWith('-'))
            return w;
    }
    return undefined;
}
/** Targets of the RUN's `--mount=type=cache,target=…` flags. */
function cacheMounts(ins) {
    const out = [];
    for (const f of (0,dockerfile/* flagsOf */.Zo)(ins)) {
        if (f.name !== 'mount' || !f.value)
            continue;
        const opts = new Map(f.value.split(',').map(kv => [kv.split('=')[0], kv.slice(kv.indexOf('=') + 1)]));
        const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination');
        if (opts.get('type') === 'cache' && target)
            out.push(target.replace(/\/+$/, ''));
    }
    return out;
}
const removes = (cmds, dir) => cmds.some(c => (c.program === 'rm' || c.program === 'find') &&
    c.words.slice(1).some(w => w.text === dir || w.text.startsWith(`${dir}/`)));
const isApt = (c) => c.program === 'apt-get' || c.program === 'apt';
const noRecommendsConfigured = (df) => /APT::Install-Recommends\s*"?\s*(0|false)/i.test(df.text);
function checkPackages(ctx) {
    const { df } = ctx;
    const out = [];
    const stages = (0,dockerfile/* stageChain */.ap)((0,dockerfile/* finalStage */.BD)(df)).reverse();
    for (const stage of stages)
        for (const ins of stage.instructions) {
            if (ins.getKeyword() !== 'RUN')
                continue;
            const cmds = (0,shell/* runCommands */.a)(df, ins);
            const mounts = cacheMounts(ins);
            const at = (c) => (0,context/* locate */.x)(df, { line: c.line, column: c.column });
            for (const c of cmds) {
                if (c.program === 'apk' && subcommand(c, APK_VALUE_OPTS) === 'add') {
                    const words = c.words.map(w => w.text);
                    const cached = mounts.some(m => m === '/var/cache/apk' || m === '/etc/apk/cache');
                    if (!words.includes('--no-cache') && !cached && !removes(cmds, '/var/cache/apk'))
                        out.push((0,rule/* ruleFinding */.Ex)(rules.DF.apkCache, at(c)));
                }
                if (isApt(c) && subcommand(c, APT_VALUE_OPTS) === 'install') {
                    const words = c.words.map(w => w.text);
                    const off = words.some(w => /^--no-install-recommends$|^APT::Install-Recommends=(0|false)$/i.test(w));
                    if (!off && !noRecommendsConfigured(df))
                        out.push((0,rule/* ruleFinding */.Ex)(rules.DF.aptRecommends, at(c), {
                            title: `${c.program} install without --no-install-recommends`
                        }));
                }
            }
            const apt = cmds.find(c => isApt(c) && ['update', 'install'].includes(subcommand(c, APT_VALUE_OPTS) ?? ''));
            const listsCached = mounts.some(m => m === '/var/lib/apt' || m === '/var/lib/apt/lists');
            if (apt && !listsCached && !removes(cmds, '/var/lib/apt/lists'))
                out.push((0,rule/* ruleFinding */.Ex)(rules.DF.aptLists, at(apt)));
        }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/user.ts
// GANTRY-DF-002: the image runs as root: the final stage (with the stages it is built on) has no USER, or its
// last USER is root/0. Bases that set a non-root user themselves (distroless `:nonroot` tags, Chainguard's
// static image) count as a USER.




const NON_ROOT_BASE = /(^|\/)distroless\/[^:@]+:([^@]*-)?nonroot(-[^@]*)?(@.*)?$|^cgr\.dev\/chainguard\/static(:|@|$)/;
function checkRootUser(ctx) {
    const { df } = ctx;
    const final = (0,dockerfile/* finalStage */.BD)(df);
    for (const stage of (0,dockerfile/* stageChain */.ap)(final)) {
        const user = [...stage.instructions].reverse().find(i => i.getKeyword() === 'USER');
        if (!user)
            continue;
        const raw = user.getArguments()[0]?.getValue() ?? '';
        const { value, unresolved } = (0,dockerfile/* expand */.fT)(raw, (0,dockerfile/* stageVars */.HQ)(df, stage, (0,dockerfile/* lineOf */.cA)(user)));
        if (unresolved.length)
            return [];
        const name = value.split(':')[0];
        if (name !== 'root' && name !== '0')
            return [];
        return [
            (0,rule/* ruleFinding */.Ex)(rules.DF.rootUser, (0,context/* locate */.x)(df, (0,dockerfile/* region */.Ny)(user.getRange())), {
                title: `The last USER is ${name}: the image runs as root`
            })
        ];
    }
    const base = (0,dockerfile/* rootBase */.C6)(final);
    if (base.kind === 'image' && NON_ROOT_BASE.test(base.ref))
        return [];
    return [
        (0,rule/* ruleFinding */.Ex)(rules.DF.rootUser, (0,context/* locate */.x)(df, (0,context/* firstLine */.T)(df, (0,dockerfile/* lineOf */.cA)(final.from))), {
            title: 'No USER in the final stage: the image runs as root'
        })
    ];
}

;// CONCATENATED MODULE: ./src/scan/misconfig/check-dockerfile.ts
// The Dockerfile scanner's entry point: parse (throwing DockerfileSyntaxError with the line on what BuildKit
// rejects), run every rule, return findings sorted by line. Pure: text in, findings out.










const CHECKS = [
    checkBaseImages,
    checkRootUser,
    checkAdd,
    checkPackages,
    checkEnvSecrets,
    checkShellForm,
    go_build/* checkGoUnderQemu */.V4,
    go_build/* checkCgoStatic */.K2,
    checkHealthcheck
];
function checkDockerfile(text, options) {
    const df = (0,dockerfile/* parseDockerfile */.Ai)(text, options.path, options.buildArgs);
    const platforms = typeof options.platforms === 'number' ? options.platforms : options.platforms?.length;
    const ctx = { df, platforms };
    return CHECKS.flatMap(check => check(ctx)).sort(rule/* byLine */.uf);
}

// EXTERNAL MODULE: ./src/scan/paths.ts
var scan_paths = __webpack_require__(4341);
// EXTERNAL MODULE: ./src/scan/analyzers/builtin.ts
var builtin = __webpack_require__(6394);
;// CONCATENATED MODULE: ./src/scan/secret/analyzer.ts
// The secret scanner as a file analyzer, so it rides on the inventory's one pass over the layers (and over
// `paths`): it wants text files the path rules do not skip, reads each once from the walker's bounded
// buffer, and returns the findings with masked matches. The walker adds the layer and platform to each.



const SECRET_ANALYZER = 'secret';
// Formats known to be binary from their first bytes: a large one is not worth a "skipped" note.
const KNOWN_BINARY = [
    [0x1f, 0x8b], // gzip
    [0x50, 0x4b, 0x03, 0x04], // zip, jar
    [0x28, 0xb5, 0x2f, 0xfd], // zstd
    [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
    [0x42, 0x5a, 0x68], // bzip2
    [0x89, 0x50, 0x4e, 0x47], // png
    [0xff, 0xd8, 0xff], // jpeg
    [0x00, 0x61, 0x73, 0x6d] // wasm
];
function knownBinary(head) {
    return (0,builtin/* looksExecutable */.fu)(head) || KNOWN_BINARY.some(m => m.every((b, i) => head[i] === b));
}
/**
 * The analyzer: a file over `maxFileSize` that is not a known binary format is wanted, so the walker notes it
 * as skipped (a 1 GiB file is never read); binaries by their head and skipped paths are not wanted at all,
 * except a file the user named.
 */
function secretAnalyzer(maxFileSize = skip_DEFAULT_MAX_SECRET_FILE_SIZE) {
    return {
        name: SECRET_ANALYZER,
        maxBytes: maxFileSize,
        wants: f => {
            // A file named in `paths` is scanned even where a folder walk would skip its path (README.md, testdata/).
            const path = f.named ? '' : f.path;
            if (f.size > maxFileSize)
                return !knownBinary(f.head) && !secretSkipReason(path);
            return !secretSkipReason(path, f.size, maxFileSize) && !skip_looksBinary(f.head);
        },
        analyze: async (f) => {
            const data = await f.data.readAt(0, f.size, 'contents');
            const { findings } = scanSecretsSync(data, f.path, { skipPaths: false, maxFileSize });
            return findings.length ? findings : undefined;
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/scan/vulndb/auto.ts
// `db: auto`: which OSV exports an inventory needs, and a cache folder that holds them, refreshed once a
// day. Each ecosystem family's export (`<base>/<Family>/all.zip`) is downloaded through the shared retry
// policy, checked, and swapped in whole; a copy from an earlier day beats a failed download (with a
// warning). The Actions cache key and restore keys are pure functions, and the cache itself is a small
// interface the adapter implements (restore before, save after), so the core never talks to the runner.














/** The public OSV exports: `<base>/<Ecosystem>/all.zip`. */
const OSV_EXPORT_BASE_URL = 'https://osv-vulnerabilities.storage.googleapis.com';
/** Bumped when the cache layout changes, so old caches are not restored into a new layout. */
const CACHE_VERSION = 'v1';
const KEY_PREFIX = `gantry-osv-${CACHE_VERSION}-`;
/** The OSV ecosystems an inventory's packages belong to (`Go`, `Alpine:v3.20`, `Debian:12`), sorted. */
function neededEcosystems(packages) {
    return [...new Set(packages.map(p => p.ecosystem))].sort();
}
/** The export families to download for those ecosystems (the exports hold every release of a family). */
function exportFamilies(ecosystems) {
    return [...new Set(ecosystems.map(ecosystemFamily))].filter(f => SUPPORTED_FAMILIES.includes(f)).sort();
}
function exportUrl(baseUrl, family) {
    return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(family)}/all.zip`;
}
/** `YYYY-MM-DD` in UTC: the day a cached export belongs to. */
function utcDay(epochMs) {
    return new Date(epochMs).toISOString().slice(0, 10);
}
/** The Actions cache key for these families on this day: a new key (and one download) per day. */
function dbCacheKey(families, day) {
    return `${KEY_PREFIX}${[...families].sort().join('+')}-${day}`;
}
/**
 * Restore keys, most specific first: the same families on an earlier day, then any gantry OSV cache (a
 * partial or older copy still saves downloads, and is better than nothing when the download fails).
 */
function dbRestoreKeys(families) {
    return [`${KEY_PREFIX}${[...families].sort().join('+')}-`, KEY_PREFIX];
}
const META_SCHEMA = {
    type: 'object',
    required: ['family', 'url', 'day', 'sha256', 'size'],
    properties: {
        family: { type: 'string' },
        url: { type: 'string' },
        day: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
        size: { type: 'integer', minimum: 0 },
        etag: { type: 'string' }
    }
};
// The cache folder may come back from another job: its metadata is checked, and the zip's digest too.
function readMeta(text, family) {
    try {
        const meta = (0,json/* parseJsonAs */.WT)(text, META_SCHEMA, 'meta.json');
        return meta.family === family ? meta : undefined;
    }
    catch {
        return undefined;
    }
}
/** The cached copy of a family, when its metadata reads and its zip has the recorded digest. */
async function cachedCopy(dir, family) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(dir, 'meta.json'), 'utf8').catch(() => undefined);
    const meta = text === undefined ? undefined : readMeta(text, family);
    if (!meta)
        return undefined;
    const actual = await (0,digest/* sha256File */.Q3)(external_node_path_default().join(dir, 'all.zip')).catch(() => undefined);
    return actual && actual.hex === meta.sha256 && actual.size === meta.size ? meta : undefined;
}
async function isZip(file) {
    try {
        const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
        zip.close();
        return true;
    }
    catch {
        return false;
    }
}
const describe = (err) => {
    const msg = err instanceof Error ? err.message : String(err);
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return msg + cause;
};
async function download(url, dest, opts, etag) {
    const fetchFn = opts.fetch ?? fetch;
    const max = opts.maxDownloadBytes ?? 2 * 1024 * 1024 * 1024;
    const part = `${dest}.part`;
    try {
        return await (0,retry/* retry */.L5)(`downloading ${url}`, async (_attempt, signal) => {
            // A request that fails before a response (refused, reset, timed out) is worth another attempt.
            const res = await fetchFn(url, { signal, headers: etag ? { 'if-none-match': etag } : {} }).catch(err => {
                throw new retry/* RetryableError */.dw(`request failed (${describe(err)})`, undefined, { cause: err });
            });
            if (res.status === 304)
                return { notModified: true };
            if (res.status === 429 || res.status >= 500)
                throw new retry/* RetryableError */.dw(`HTTP ${res.status}`, (0,retry/* parseRetryAfter */.mu)(res.headers.get('retry-after')));
            if (!res.ok || !res.body)
                throw new Error(`HTTP ${res.status}`);
            const declared = Number(res.headers.get('content-length') ?? NaN);
            if (declared > max)
                throw new Error(`the export is ${(0,format/* formatBytes */.z3)(declared)}, more than ${(0,format/* formatBytes */.z3)(max)}`);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let size = 0;
            const count = new external_node_stream_.Transform({
                transform(chunk, _enc, cb) {
                    size += chunk.length;
                    if (size > max)
                        return cb(new Error(`the export is larger than ${(0,format/* formatBytes */.z3)(max)}`));
                    hash.update(chunk);
                    cb(null, chunk);
                }
            });
            const body = external_node_stream_.Readable.fromWeb(res.body);
            try {
                await (0,external_node_stream_promises_.pipeline)(body, count, (0,external_node_fs_.createWriteStream)(part));
            }
            catch (err) {
                if (size > max)
                    throw err;
                // The connection dropped mid-body.
                throw new retry/* RetryableError */.dw(`the download was cut off (${describe(err)})`, undefined, { cause: err });
            }
            // A body cut short by the connection is worth another attempt.
            if (Number.isFinite(declared) && size !== declared)
                throw new retry/* RetryableError */.dw(`got ${size} of ${declared} bytes`);
            if (!(await isZip(part)))
                throw new Error('the response is not a zip archive');
            const got = res.headers.get('etag');
            return {
                notModified: false,
                file: part,
                sha256: hash.digest('hex'),
                size,
                ...(got ? { etag: got } : {})
            };
        }, opts.retry ?? retry/* DEFAULT_RETRY */.vI);
    }
    catch (err) {
        await (0,promises_.rm)(part, { force: true });
        throw err;
    }
}
async function refreshFamily(family, opts, result) {
    const dir = external_node_path_default().join(opts.cacheDir, family);
    const zip = external_node_path_default().join(dir, 'all.zip');
    const url = exportUrl(opts.baseUrl ?? OSV_EXPORT_BASE_URL, family);
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
        throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(url)} is not an http(s) URL.`, {
            input: 'db',
            fix: 'give the OSV export base URL as https://host/path.'
        });
    const cached = await cachedCopy(dir, family);
    if (cached && cached.day === opts.day && cached.url === url) {
        result.sources.push(zip);
        return;
    }
    await (0,promises_.mkdir)(dir, { recursive: true });
    try {
        const got = await download(url, zip, opts, cached?.url === url ? cached.etag : undefined);
        const meta = got.notModified
            ? { ...cached, day: opts.day }
            : {
                family,
                url,
                day: opts.day,
                sha256: got.sha256,
                size: got.size,
                ...(got.etag ? { etag: got.etag } : {})
            };
        if (!got.notModified)
            await (0,promises_.rename)(got.file, zip);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
        opts.logger.info(got.notModified
            ? `vulndb: ${family} export unchanged since ${cached.day}`
            : `vulndb: downloaded the ${family} export (${(0,format/* formatBytes */.z3)(got.size)})`);
        result.refreshed.push(family);
    }
    catch (err) {
        const why = (0,log_safe/* oneLine */.TN)(err instanceof Error ? err.message : String(err));
        if (cached) {
            opts.logger.warn(`vulndb: could not download the ${family} export (${why}); using the copy from ${cached.day}`);
            result.stale.push({ family, day: cached.day });
        }
        else
            throw new errors/* UserError */.yo(`could not download the ${family} vulnerability database from ${url}: ${why}.`, {
                input: 'db',
                fix: 'retry later, or download the OSV export zip yourself and set `db` to its path (offline scans).'
            });
    }
    result.sources.push(zip);
}
/**
 * Make sure the cache folder holds today's export for each family (restoring the Actions cache first and
 * saving it after a refresh when a store is given) and return the zips to load.
 */
async function prepareAutoDb(families, opts) {
    const sorted = [...new Set(families)].sort();
    const result = {
        sources: [],
        refreshed: [],
        stale: [],
        cacheKey: dbCacheKey(sorted, opts.day),
        saved: false
    };
    await (0,promises_.mkdir)(opts.cacheDir, { recursive: true });
    if (opts.store) {
        try {
            result.restoredKey = await opts.store.restore(opts.cacheDir, result.cacheKey, dbRestoreKeys(sorted));
        }
        catch (err) {
            opts.logger.warn(`vulndb: restoring the database cache failed (${(0,log_safe/* oneLine */.TN)(String(err))}); downloading`);
        }
    }
    for (const family of sorted)
        await refreshFamily(family, opts, result);
    if (opts.store && result.refreshed.length && result.restoredKey !== result.cacheKey) {
        try {
            await opts.store.save(opts.cacheDir, result.cacheKey);
            result.saved = true;
        }
        catch (err) {
            opts.logger.warn(`vulndb: saving the database cache failed (${(0,log_safe/* oneLine */.TN)(String(err))})`);
        }
    }
    return result;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/util/code-identity.ts
var code_identity = __webpack_require__(4170);
// EXTERNAL MODULE: ./src/scan/layer-cache.ts
var layer_cache = __webpack_require__(3539);
;// CONCATENATED MODULE: ./src/scan/vulndb/db-index.ts
// An index of a vulnerability database source (a folder, zip or file of OSV records) kept on disk, so a warm
// load reads and parses only the records for the packages the inventory holds instead of all of them: for
// every file or zip entry the loader took, in order, its name, the (family, name) pairs it affects and its
// text, or why it was refused. Replaying it gives the loader the same calls as reading the source did, so
// statistics, warnings and which records are kept are the same; every record used is parsed and checked
// against the OSV schema again, as on a cold load. Only the selection is taken from the index.
//
// Validity: the index is for one source path and is used only while the source's files are what they were
// when it was written: the same list of files, each with the same size, inode, modification and change
// time (the change time cannot be set by tools that copy or restore files). Trust model as the layer cache
// (../layer-cache.ts): the user's private folder; the header carries its sha256 and every record its own,
// checked before use, so a damaged or edited index is a miss. Sources whose records add up to more than
// MAX_INDEXED_BYTES (a distribution's whole export) are not indexed.








const DB_INDEX_FORMAT = 1;
const MAX_INDEXED_BYTES = 128 * 1024 * 1024;
const DEFAULT_DB_INDEX_BYTES = 512 * 1024 * 1024;
const SUFFIX = '.dbindex';
const HEADER_FIELDS = {
    type: 'object',
    properties: {
        key: { type: 'string' },
        source: { type: 'string' },
        signature: { type: 'string' },
        zipBytes: { type: 'integer', minimum: 0 },
        entries: { type: 'array' }
    },
    required: ['key', 'source', 'signature', 'zipBytes', 'entries']
};
const isString = (v) => typeof v === 'string';
const isCount = (v) => Number.isSafeInteger(v) && v >= 0;
/**
 * One entry of the header, checked by hand: ajv spent about 30 ms on the 4,291 entries of Go's database,
 * a tenth of a warm scan. The header's sha256 is checked first; this only guards the shape.
 */
function isStoredEntry(e) {
    if (typeof e !== 'object' || e === null || Array.isArray(e))
        return false;
    const { n, r, k, o, l, h } = e;
    if (!isString(n))
        return false;
    if (r !== undefined)
        return isString(r);
    if (!isCount(o) || !isCount(l) || !isString(h) || !/^[a-f0-9]{64}$/.test(h))
        return false;
    return (k === undefined ||
        (Array.isArray(k) && k.every(p => Array.isArray(p) && p.length === 2 && isString(p[0]) && isString(p[1]))));
}
/**
 * What identifies a source's current contents without reading them: each file's path, size, inode,
 * modification and change time. `files` lists the source's database files (relative, sorted); for a file
 * source it is `['']`.
 */
function sourceSignature(source, files) {
    const parts = files.map(f => {
        const st = (0,external_node_fs_.statSync)(f ? external_node_path_default().join(source, f) : source);
        return [f, st.size, st.ino, st.dev, st.mtimeMs, st.ctimeMs].join(':');
    });
    return (0,digest/* sha256Hex */.fg)(parts.join('\n'));
}
class DbIndex {
    dir;
    salt;
    maxBytes;
    constructor(dir, salt, maxBytes) {
        this.dir = dir;
        this.salt = salt;
        this.maxBytes = maxBytes;
    }
    /** The index folder, or undefined when it cannot be private to this user (then nothing is indexed). */
    static async open(dir, limits, maxBytes = DEFAULT_DB_INDEX_BYTES) {
        const own = await (0,disk_cache/* privateDir */.XK)(dir);
        return own
            ? new DbIndex(own, JSON.stringify([DB_INDEX_FORMAT, tool/* TOOL */.j.version, (0,code_identity/* codeIdentity */.y)(), limits]), maxBytes)
            : undefined;
    }
    key(source) {
        return (0,digest/* sha256Hex */.fg)(`${this.salt}\u0000${external_node_path_default().resolve(source)}`);
    }
    file(source) {
        return external_node_path_default().join(this.dir, `${this.key(source)}${SUFFIX}`);
    }
    /**
     * The source's index when there is a sound one for this signature; `need` says which taken entries the
     * replay will parse (the rest are only counted), so only those texts are read and checked.
     */
    get(source, signature, need) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(this.file(source), 'r');
        }
        catch {
            return undefined;
        }
        try {
            return readIndex(fd, { key: this.key(source), source: external_node_path_default().resolve(source), signature }, need);
        }
        catch {
            return undefined;
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Keep what loading a source did; too large a source, or a failed write, leaves no index. */
    async put(source, signature, loaded) {
        const texts = [];
        let offset = 0;
        const entries = loaded.entries.map(e => {
            if ('reason' in e)
                return { n: e.name, r: e.reason };
            const data = Buffer.from(e.text, 'utf8');
            texts.push(data);
            const stored = { n: e.name, o: offset, l: data.length, h: (0,digest/* sha256Hex */.fg)(data) };
            offset += data.length;
            return e.keys ? { ...stored, k: e.keys } : stored;
        });
        if (offset > MAX_INDEXED_BYTES)
            return false;
        const header = {
            key: this.key(source),
            source: external_node_path_default().resolve(source),
            signature,
            zipBytes: loaded.zipBytes,
            entries
        };
        const head = JSON.stringify(header);
        const first = `${(0,digest/* sha256Hex */.fg)(head)} ${Buffer.byteLength(head)}\n`;
        try {
            await (0,disk_cache/* writeFileAtomic */.Zf)(this.file(source), Buffer.concat([Buffer.from(first + head), ...texts]));
        }
        catch {
            return false;
        }
        await (0,layer_cache/* pruneCacheFolder */.h5)(this.dir, SUFFIX, this.maxBytes);
        return true;
    }
}
function readExactly(fd, length, position) {
    const buf = Buffer.allocUnsafe(length);
    let off = 0;
    while (off < length) {
        const n = (0,external_node_fs_.readSync)(fd, buf, off, length - off, position + off);
        if (n === 0)
            throw new Error('index cut short');
        off += n;
    }
    return buf;
}
/** Parse and check an index file: header hash, identity, signature, then each needed text's hash. */
function readIndex(fd, want, need) {
    const size = (0,external_node_fs_.fstatSync)(fd).size;
    const lead = readExactly(fd, Math.min(96, size), 0).toString('latin1');
    const m = /^([a-f0-9]{64}) (\d{1,12})\n/.exec(lead);
    if (!m)
        return undefined;
    const start = m[0].length;
    const headLength = Number(m[2]);
    if (start + headLength > size)
        return undefined;
    const head = readExactly(fd, headLength, start);
    if ((0,digest/* sha256Hex */.fg)(head) !== m[1])
        return undefined;
    const header = JSON.parse(head.toString('utf8'));
    if (!(0,json/* validator */.Nc)(HEADER_FIELDS)(header) || !header.entries.every(isStoredEntry))
        return undefined;
    if (header.key !== want.key || header.source !== want.source || header.signature !== want.signature)
        return undefined;
    const base = start + headLength;
    const entries = [];
    for (const e of header.entries) {
        if (e.r !== undefined) {
            entries.push({ name: e.n, reason: e.r });
            continue;
        }
        if (e.o === undefined || e.l === undefined || e.h === undefined || base + e.o + e.l > size)
            return undefined;
        const keys = e.k;
        if (keys && !need({ keys })) {
            entries.push({ name: e.n, text: '', keys });
            continue;
        }
        const data = readExactly(fd, e.l, base + e.o);
        if ((0,digest/* sha256Hex */.fg)(data) !== e.h)
            return undefined;
        entries.push({ name: e.n, text: data.toString('utf8'), ...(keys ? { keys } : {}) });
    }
    return { entries, zipBytes: header.zipBytes };
}

;// CONCATENATED MODULE: ./src/scan/vulndb/vuln-db.ts
// The loaded vulnerability database: OSV records indexed by (ecosystem family, package name) for the
// matcher, and by id for alias lookups (a GO- record's GHSA- alias carries the severity). Built once by the
// loaders, read-only afterwards.

const key = (family, name) => `${family}\u0000${name}`;
class VulnDb {
    byId;
    byPackage = new Map();
    constructor(byId) {
        this.byId = byId;
        for (const record of byId.values()) {
            const seen = new Set();
            for (const a of record.affected ?? []) {
                if (!a.package)
                    continue;
                const k = key(ecosystemFamily(a.package.ecosystem), a.package.name);
                if (seen.has(k))
                    continue;
                seen.add(k);
                const list = this.byPackage.get(k);
                if (list)
                    list.push(record);
                else
                    this.byPackage.set(k, [record]);
            }
        }
    }
    /** Records with an affected entry for this package in any release of the ecosystem's family. */
    lookup(ecosystem, name) {
        return this.byPackage.get(key(ecosystemFamily(ecosystem), name)) ?? [];
    }
    get(id) {
        return this.byId.get(id);
    }
    get size() {
        return this.byId.size;
    }
    /** Every record, ordered by id. */
    records() {
        return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
}
/** Collects records from several sources; the same id twice keeps the most recently modified copy. */
class VulnDbBuilder {
    byId = new Map();
    duplicates = 0;
    add(record) {
        const prev = this.byId.get(record.id);
        if (prev) {
            this.duplicates++;
            // RFC 3339 strings in UTC order as text; the first copy wins a tie.
            if (record.modified <= prev.modified)
                return;
        }
        this.byId.set(record.id, record);
    }
    build() {
        return new VulnDb(this.byId);
    }
}

;// CONCATENATED MODULE: ./src/scan/vulndb/load.ts
// Reads OSV databases from disk: a folder (recursively: `*.json` records, as in Go's flat vulndb layout, and
// `*.zip` exports), a zip of records (the OSV export format `<Ecosystem>/all.zip`), or one JSON file. Every
// record is untrusted: a file that is not JSON or not a record is skipped with a warning naming it, and a
// zip is read entry by entry with caps on entry sizes, counts, the total and the compression ratio, so a
// hostile archive cannot exhaust memory. Entry names are never used as paths.













// OSV records are a few KiB (the largest Debian ones a few hundred); the Debian export has ~100k entries.
const DEFAULT_DB_LIMITS = {
    maxEntryBytes: 16 * 1024 * 1024,
    maxEntries: 1_000_000,
    maxTotalBytes: 8 * 1024 * 1024 * 1024,
    maxRatio: 100
};
const RATIO_FLOOR = 1024 * 1024;
// Warnings name each skipped file up to this many per load; the rest are counted in one line.
const MAX_NAMED_WARNINGS = 20;
class Loader {
    opts;
    builder = new VulnDbBuilder();
    stats = { files: 0, records: 0, skipped: 0, filtered: 0, duplicates: 0 };
    limits;
    totalZipBytes = 0;
    /**
     * While a source is being indexed: every call the loader gets, in order; dropped (and the source left
     * unindexed) once its texts pass MAX_INDEXED_BYTES, so a huge export is not held in memory twice.
     */
    recording;
    recordedBytes = 0;
    indexHits = 0;
    warned = 0;
    constructor(opts) {
        this.opts = opts;
        this.limits = { ...DEFAULT_DB_LIMITS, ...opts.limits };
    }
    get input() {
        return this.opts.input ?? 'db';
    }
    skip(name, why) {
        this.stats.skipped++;
        if (this.warned++ < MAX_NAMED_WARNINGS)
            this.opts.logger.warn(`vulndb: skipped ${(0,log_safe/* oneLine */.TN)(name)}: ${why}`);
    }
    /** A file or entry refused before parsing (too large, unsafe, unreadable). */
    reject(name, why) {
        this.recording?.push({ name, reason: why });
        this.stats.files++;
        this.skip(name, why);
    }
    take(name, text) {
        this.stats.files++;
        const json = parseOsvJson(text);
        const named = json.ok ? namedPackages(json.data) : undefined;
        const keys = named?.map((p) => [ecosystemFamily(p.ecosystem), p.name]);
        this.record(name, text, keys);
        if (!json.ok)
            return this.skip(name, json.reason);
        // Records for packages the inventory lacks are left out before the schema check: the check was most of
        // the cost of loading Go's whole database, and a record left out is never used.
        if (keys && !this.wanted(keys)) {
            this.stats.filtered++;
            return;
        }
        const parsed = checkOsvRecord(json.data);
        if (!parsed.ok)
            return this.skip(name, parsed.reason);
        this.stats.records++;
        this.builder.add(parsed.record);
    }
    record(name, text, keys) {
        if (!this.recording)
            return;
        this.recordedBytes += text.length;
        if (this.recordedBytes > MAX_INDEXED_BYTES)
            this.recording = undefined;
        else
            this.recording.push({ name, text, ...(keys ? { keys } : {}) });
    }
    /** Start recording for an index; `stopRecording` gives what was recorded, undefined when it was dropped. */
    startRecording() {
        this.recording = [];
        this.recordedBytes = 0;
    }
    stopRecording() {
        const r = this.recording;
        this.recording = undefined;
        return r;
    }
    /** Whether a record naming these (family, name) pairs is kept. */
    wanted(keys) {
        const keep = this.opts.keep;
        return !keep || keys.some(([family, name]) => keep(family, name));
    }
    /** Replay an index: the same calls reading the source made, parsing only the records kept. */
    replay(indexed) {
        for (const e of indexed.entries)
            if ('reason' in e)
                this.reject(e.name, e.reason);
            else if (e.keys && !this.wanted(e.keys)) {
                this.stats.files++;
                this.stats.filtered++;
            }
            else
                this.take(e.name, e.text);
        this.totalZipBytes += indexed.zipBytes;
    }
    finish() {
        if (this.warned > MAX_NAMED_WARNINGS)
            this.opts.logger.warn(`vulndb: ${this.warned - MAX_NAMED_WARNINGS} more files skipped (not named above)`);
        this.stats.duplicates = this.builder.duplicates;
        return {
            db: this.builder.build(),
            stats: this.stats,
            ...(this.opts.indexDir ? { indexed: this.indexHits } : {})
        };
    }
}
/** Load every source (folders, zips, JSON files) into one database. */
async function loadVulnDb(sources, opts) {
    const loader = new Loader(opts);
    const index = opts.indexDir ? await DbIndex.open(opts.indexDir, loader.limits) : undefined;
    for (const source of sources) {
        if (index)
            await loadIndexed(loader, index, source);
        else
            await loadSource(loader, source);
    }
    return loader.finish();
}
/**
 * A source through its index: replayed when the index matches the source's signature (taken before the
 * read, so a change during the read makes the next signature differ), else read and indexed.
 */
async function loadIndexed(loader, index, source) {
    const signature = await sourceFiles(source).then(files => (files ? sourceSignature(source, files) : undefined), () => undefined);
    const indexed = signature && index.get(source, signature, e => !e.keys || loader.wanted(e.keys));
    if (indexed) {
        loader.indexHits++;
        return loader.replay(indexed);
    }
    const zipBefore = loader.totalZipBytes;
    loader.startRecording();
    let recorded;
    try {
        await loadSource(loader, source);
    }
    finally {
        recorded = loader.stopRecording();
    }
    if (signature && recorded)
        await index.put(source, signature, { entries: recorded, zipBytes: loader.totalZipBytes - zipBefore });
}
/** The database files a source is read from (relative to a folder), or [''] for a file; undefined: none. */
async function sourceFiles(source) {
    const st = await (0,promises_.stat)(source).catch(() => undefined);
    if (!st)
        return undefined;
    if (!st.isDirectory())
        return [''];
    return (await walk(source)).filter(f => /\.(json|zip)$/i.test(f));
}
async function loadSource(loader, source) {
    const st = await (0,promises_.stat)(source).catch(() => undefined);
    if (!st)
        throw new errors/* UserError */.yo(`${(0,log_safe/* oneLine */.TN)(source)} does not exist.`, {
            input: loader.input,
            fix: 'point it at a folder or zip of OSV records, or use `auto`.'
        });
    if (st.isDirectory())
        return loadFolder(loader, source);
    if (source.toLowerCase().endsWith('.zip'))
        return loadZip(loader, source);
    return loadJsonFile(loader, source, source);
}
function loadJsonFile(loader, file, name) {
    const text = readSmallFile(file, loader.limits.maxEntryBytes);
    if (text !== undefined)
        loader.take(name, text);
    else
        loader.reject(name, `larger than ${(0,format/* formatBytes */.z3)(loader.limits.maxEntryBytes)}`);
}
/** Regular files under `dir` (symbolic links are not followed), sorted, with forward slashes. */
async function walk(dir, rel = '') {
    const out = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory())
            out.push(...(await walk(dir, p)));
        else if (e.isFile())
            out.push(p);
    }
    return out;
}
/** A small file's text, or undefined when it is larger than `max` (checked on the open descriptor). */
function readSmallFile(file, max) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        if (size > max)
            return undefined;
        const buf = Buffer.allocUnsafe(size);
        let off = 0;
        while (off < size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.toString('utf8', 0, off);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function loadFolder(loader, dir) {
    const files = await walk(dir);
    const json = files.filter(f => f.toLowerCase().endsWith('.json'));
    const zips = files.filter(f => f.toLowerCase().endsWith('.zip'));
    // Thousands of small files: synchronous reads are several times faster than the thread pool's round
    // trips (Go's database loads in a fraction of the time), and the scan has nothing else to run meanwhile.
    for (const f of json) {
        const text = readSmallFile(external_node_path_default().join(dir, f), loader.limits.maxEntryBytes);
        if (text === undefined)
            loader.reject(f, `larger than ${(0,format/* formatBytes */.z3)(loader.limits.maxEntryBytes)}`);
        else
            loader.take(f, text);
    }
    for (const z of zips)
        await loadZip(loader, external_node_path_default().join(dir, z), z);
}
/**
 * A synchronous file reader for yauzl. yauzl parses the central directory (zip64, name encodings) in many
 * small reads; through the thread pool those cost several seconds for an export of 10,000 records, read
 * directly they cost milliseconds.
 */
class FileReader extends yauzl.RandomAccessReader {
    fd;
    constructor(fd) {
        super();
        this.fd = fd;
    }
    _readStreamForRange(start, end) {
        const buf = Buffer.allocUnsafe(end - start);
        return external_node_stream_.Readable.from([buf.subarray(0, (0,external_node_fs_.readSync)(this.fd, buf, 0, end - start, start))]);
    }
    read(buffer, offset, length, position, callback) {
        let n;
        try {
            n = (0,external_node_fs_.readSync)(this.fd, buffer, offset, length, position);
        }
        catch (err) {
            queueMicrotask(() => callback(err));
            return;
        }
        queueMicrotask(() => callback(null, n));
    }
    close(callback) {
        queueMicrotask(() => callback(null)); // the loader owns the descriptor
    }
}
/** An entry's name, decoded as the zip says (CP437 or UTF-8); never used as a path. */
function entryName(entry) {
    // With decodeStrings off, yauzl leaves names as bytes and does not reject odd ones: gantry decides (an
    // unsafe name skips that entry; yauzl's own check would abandon the whole archive).
    return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}
const LOCAL_HEADER = 0x04034b50;
/**
 * An entry's bytes, read from its local header on and inflated in one call: `maxOutputLength` stops a
 * stream that inflates past the size the central directory declares, and the length and CRC-32 must then
 * match what it declares.
 */
function entryData(fd, fileSize, entry) {
    const head = Buffer.alloc(30);
    if ((0,external_node_fs_.readSync)(fd, head, 0, 30, entry.relativeOffsetOfLocalHeader) !== 30 ||
        head.readUInt32LE(0) !== LOCAL_HEADER)
        throw new Error('no local header where the central directory points');
    const start = entry.relativeOffsetOfLocalHeader + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    if (start + entry.compressedSize > fileSize)
        throw new Error('data runs past the end of the archive');
    const packed = Buffer.allocUnsafe(entry.compressedSize);
    if ((0,external_node_fs_.readSync)(fd, packed, 0, packed.length, start) !== packed.length)
        throw new Error('data cut short');
    const data = entry.compressionMethod === 0
        ? packed
        : (0,external_node_zlib_.inflateRawSync)(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    if (data.length !== entry.uncompressedSize)
        throw new Error(`inflates to ${data.length} bytes, ${entry.uncompressedSize} declared`);
    if ((0,external_node_zlib_.crc32)(data) !== entry.crc32)
        throw new Error('CRC-32 mismatch');
    return data;
}
/** Read the OSV records in a zip: `.json` entries only, each checked before it is inflated. */
async function loadZip(loader, file, label = file) {
    const where = (0,log_safe/* oneLine */.TN)(label);
    const { limits } = loader;
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const fileSize = (0,external_node_fs_.fstatSync)(fd).size;
        let zip;
        try {
            zip = await yauzl.fromRandomAccessReaderPromise(new FileReader(fd), fileSize, {
                lazyEntries: true,
                decodeStrings: false,
                validateEntrySizes: true,
                autoClose: false
            });
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${where} is not a readable zip: ${(0,log_safe/* oneLine */.TN)(err.message)}.`, {
                input: loader.input,
                fix: 'point it at an OSV export (`<Ecosystem>/all.zip`), a folder of OSV JSON files, or use `auto`.'
            });
        }
        if (zip.entryCount > limits.maxEntries) {
            zip.close();
            throw new errors/* UserError */.yo(`${where} declares ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed.`, {
                input: loader.input,
                fix: 'use an OSV export zip; split unusual archives into folders.'
            });
        }
        try {
            for await (const entry of zip.eachEntry()) {
                const name = entryName(entry);
                const shown = `${label}!${name}`;
                if (name.endsWith('/') || !name.toLowerCase().endsWith('.json'))
                    continue;
                // The name is only a label, but a name that tries to leave the archive marks a crafted zip.
                const bad = yauzl.validateFileName(name);
                if (bad) {
                    loader.reject(shown, `unsafe entry name (${bad})`);
                    continue;
                }
                const verdict = checkEntry(entry, limits, loader.totalZipBytes);
                if (verdict) {
                    loader.reject(shown, verdict);
                    if (verdict.startsWith('the archive'))
                        break;
                    continue;
                }
                let data;
                try {
                    data = entryData(fd, fileSize, entry);
                }
                catch (err) {
                    loader.reject(shown, `unreadable entry (${(0,log_safe/* oneLine */.TN)(err.message)})`);
                    continue;
                }
                loader.totalZipBytes += data.length;
                loader.take(shown, data.toString('utf8'));
            }
        }
        catch (err) {
            // A damaged central directory surfaces here, after some entries may have been read.
            throw new errors/* UserError */.yo(`${where} is damaged: ${(0,log_safe/* oneLine */.TN)(err.message)}.`, {
                input: loader.input,
                fix: 'download the export again (a cached copy can be removed from the cache folder).'
            });
        }
        finally {
            zip.close();
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Why an entry must not be inflated, or undefined when it may be. */
function checkEntry(entry, limits, total) {
    const { uncompressedSize: size, compressedSize: packed } = entry;
    if (entry.isEncrypted())
        return 'encrypted';
    if (!entry.canDecodeFileData())
        return `unsupported compression method ${entry.compressionMethod}`;
    if (size > limits.maxEntryBytes)
        return `declares ${(0,format/* formatBytes */.z3)(size)}, more than ${(0,format/* formatBytes */.z3)(limits.maxEntryBytes)}`;
    if (packed > limits.maxEntryBytes)
        return `stores ${(0,format/* formatBytes */.z3)(packed)}, more than ${(0,format/* formatBytes */.z3)(limits.maxEntryBytes)}`;
    if (entry.compressionMethod === 0 && packed !== size)
        return 'stored with two different sizes';
    if (size > 0 && packed === 0)
        return 'declares data but stores none';
    if (size > RATIO_FLOOR && size / packed > limits.maxRatio)
        return `expands ${Math.round(size / packed)} times (zip bomb ratio; at most ${limits.maxRatio})`;
    if (total + size > limits.maxTotalBytes)
        return `the archive expands past ${(0,format/* formatBytes */.z3)(limits.maxTotalBytes)} in total; the rest is not read`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/vulndb/open.ts
// The one entry the scan stage calls for its database: `db: auto` (the OSV exports the inventory's
// ecosystems need, from the daily cache) or `db: <paths>` (folders, zips or files read offline), loaded
// with only the records for packages the inventory holds.




/** Which (family, name) pairs the inventory will ask about: the rest of a database need not be kept. */
function inventoryKeys(packages) {
    const keys = new Set();
    for (const p of packages) {
        const k = matchKey(p);
        if (k)
            keys.add(`${ecosystemFamily(k.ecosystem)}\u0000${k.name}`);
    }
    return keys;
}
async function openVulnDb(opts) {
    const keys = inventoryKeys(opts.packages);
    const keep = (family, name) => keys.has(`${family}\u0000${name}`);
    let sources;
    let auto;
    if (opts.db === 'auto') {
        if (!opts.cacheDir || !opts.day)
            throw new Error('openVulnDb: db auto needs cacheDir and day');
        const families = exportFamilies(neededEcosystems(opts.packages));
        auto = await prepareAutoDb(families, {
            cacheDir: opts.cacheDir,
            day: opts.day,
            logger: opts.logger,
            store: opts.store,
            baseUrl: opts.baseUrl,
            fetch: opts.fetch,
            retry: opts.retry
        });
        sources = auto.sources;
    }
    else
        sources = [...opts.db];
    const { db, stats, indexed } = await loadVulnDb(sources, {
        logger: opts.logger,
        keep,
        limits: opts.limits,
        ...(opts.indexDir ? { indexDir: opts.indexDir } : {})
    });
    return { db, stats, sources, ...(indexed !== undefined ? { indexed } : {}), ...(auto ? { auto } : {}) };
}

// EXTERNAL MODULE: ./src/scan/report/cyclonedx.ts
var cyclonedx = __webpack_require__(5345);
// EXTERNAL MODULE: ./src/scan/report/report.ts
var report_report = __webpack_require__(8192);
;// CONCATENATED MODULE: ./src/scan/report/json.ts
// The json format: a stable, documented schema (schema/scan-report.schema.json, docs/scan-json.md) with a
// schemaVersion that changes only when a field is removed or changes meaning. Keys come in a fixed order
// and lists are sorted, so the same scan gives the same bytes.



const JSON_SCHEMA_VERSION = 1;
/** The report as a plain object in the documented key order. */
function jsonReportObject(report) {
    const inv = report.inventory;
    return clean({
        schemaVersion: JSON_SCHEMA_VERSION,
        tool: { name: report.tool.name, version: report.tool.version },
        createdAt: report.time,
        targets: inv.targets.map(t => clean({ kind: t.kind, name: t.name, digest: t.digest, platform: t.platform })),
        os: inv.os && clean({ family: inv.os.family, version: inv.os.version, name: inv.os.name }),
        severities: report.severities ?? [...model/* SEVERITIES */.o].reverse(),
        counts: countBySeverity(report.findings),
        findings: (0,report_report/* sortedFindings */.Y_)(report.findings).map(json_finding),
        ignored: (report.ignored ?? []).map(i => clean({
            ...json_finding(i.finding),
            rule: clean({
                id: i.rule.id,
                file: i.rule.source.file,
                line: i.rule.source.line,
                statement: i.rule.statement
            })
        })),
        expiredIgnores: (report.expiredIgnores ?? []).map(e => clean({
            id: e.rule.id,
            file: e.rule.source.file,
            line: e.rule.source.line,
            expiredAt: e.rule.expiredAt,
            wouldMatch: e.wouldMatch
        })),
        packages: inv.packages.map(pkg),
        binaries: inv.binaries.map(binary),
        notes: [...inv.notes]
    });
}
function jsonReport(report) {
    return `${JSON.stringify(jsonReportObject(report), null, 2)}\n`;
}
function json_finding(f) {
    return clean({
        class: f.class,
        id: f.id,
        aliases: [...f.aliases],
        severity: f.severity,
        score: f.score,
        vector: f.vector,
        title: f.title,
        description: f.description,
        package: f.package && clean({ ...f.package }),
        installed: f.installed,
        fixed: f.fixed && [...f.fixed],
        goPackages: f.goPackages?.map(g => ({ path: g.path, symbols: [...g.symbols] })),
        fix: f.fix,
        locations: f.locations.map(json_location),
        references: f.references && [...f.references]
    });
}
function json_location(l) {
    return clean({
        path: l.path,
        line: l.line,
        platform: l.platform,
        layer: l.layer && clean({ index: l.layer.index, digest: l.layer.digest, diffId: l.layer.diffId })
    });
}
function pkg(p) {
    return clean({
        kind: p.kind,
        ecosystem: p.ecosystem,
        name: p.name,
        version: p.version,
        purl: p.purl,
        main: p.main,
        source: p.source && { name: p.source.name, version: p.source.version },
        replace: p.replace && clean({ path: p.replace.path, version: p.replace.version }),
        replaces: p.replaces && { path: p.replaces.path, version: p.replaces.version },
        licenses: p.licenses && [...p.licenses],
        locations: p.locations.map(json_location)
    });
}
function binary(b) {
    return clean({
        location: json_location(b.location),
        goVersion: b.goVersion,
        path: b.path,
        mainModule: b.mainModule,
        settings: Object.fromEntries(Object.entries(b.settings).sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0)))
    });
}
/** Drop undefined values (JSON.stringify would too; this keeps the objects honest for schema checks). */
function clean(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./src/model/gomod.ts
var gomod = __webpack_require__(2779);
;// CONCATENATED MODULE: ./src/scan/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one run per image (and one for files in the workspace), each with
// its own automationDetails category so uploads for different images never clash; a rule per finding id
// with `security-severity` from its score; every result located — the go.mod line that chose a Go
// module's version when the module is in the workspace, the Dockerfile's FROM line for base-image OS
// packages, the path inside the image otherwise — and trimmed to code scanning's limits with warnings.








/** GitHub code scanning's documented upload limits. */
const SARIF_LIMITS = {
    resultsPerRun: 25_000,
    runsPerFile: 20,
    locationsPerResult: 1_000,
    gzippedBytes: 10 * 1024 * 1024
};
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const DEFAULT_SCORE = {
    CRITICAL: 9.5,
    HIGH: 8.0,
    MEDIUM: 5.5,
    LOW: 2.0,
    UNKNOWN: undefined
};
const LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note'
};
function sarifReport(report, opts = {}) {
    const limits = { ...SARIF_LIMITS, ...opts.limits };
    const warnings = [];
    const prefix = opts.categoryPrefix ?? 'gantry-scan';
    const mods = [];
    for (const m of opts.goMods ?? []) {
        try {
            mods.push({ path: m.path, mod: (0,gomod/* parseGoMod */.k)(m.text, m.path) });
        }
        catch (err) {
            // A go.mod Go itself would refuse only loses its locations; the report still goes out.
            warnings.push(`SARIF: ${m.path} is not read for locations: ${err instanceof errors/* UserError */.yo ? err.detail : err.message}`);
        }
    }
    const from = opts.dockerfile && fromLine(opts.dockerfile.text);
    const binaries = report.inventory.binaries;
    // One run per image, one for files in the workspace; a finding is split between them by its locations.
    const plans = [];
    const images = [...new Set(report.inventory.targets.filter(t => t.kind === 'image').map(t => t.name))];
    const imageRun = images.length
        ? { category: `${prefix}/image/${(0,report_report/* imageRepository */.an)(images[0])}`, name: images.join(', '), findings: [] }
        : undefined;
    if (images.length > 1)
        warnings.push(`SARIF: ${images.length} images in one scan share one run (${imageRun.category}).`);
    if (imageRun)
        plans.push(imageRun);
    const hasPaths = report.inventory.targets.some(t => t.kind === 'path');
    const fileRun = { category: `${prefix}/files`, name: 'workspace files', findings: [] };
    for (const f of (0,report_report/* sortedFindings */.Y_)(report.findings)) {
        // The Dockerfile's findings belong to the image built from it: all three scanners in the image's run.
        if (imageRun && f.class === 'misconfig') {
            imageRun.findings.push(f);
            continue;
        }
        const inImage = f.locations.filter(l => l.layer || l.platform);
        const inFiles = f.locations.filter(l => !(l.layer || l.platform));
        if (imageRun && inImage.length)
            imageRun.findings.push({ ...f, locations: inImage });
        if (!imageRun)
            fileRun.findings.push(f);
        else if (inFiles.length || !f.locations.length)
            fileRun.findings.push({ ...f, locations: inFiles });
    }
    if (hasPaths || fileRun.findings.length || !plans.length)
        plans.push(fileRun);
    if (plans.length > limits.runsPerFile) {
        warnings.push(`SARIF: ${plans.length} runs, more than code scanning's ${limits.runsPerFile} per file; the last ${plans.length - limits.runsPerFile} were dropped.`);
        plans.length = limits.runsPerFile;
    }
    let keep = plans.map(p => Math.min(p.findings.length, limits.resultsPerRun));
    plans.forEach((p, i) => {
        if (p.findings.length > keep[i])
            warnings.push(`SARIF: run ${p.category} has ${p.findings.length} results, more than code scanning's ${limits.resultsPerRun}; the ${p.findings.length - keep[i]} least severe were dropped.`);
    });
    const build = () => ({
        $schema: SCHEMA,
        version: '2.1.0',
        runs: plans.map((p, i) => run(report, p, p.findings.slice(0, keep[i]), mods, from, opts, binaries, limits, warnings))
    });
    let log = build();
    let json = JSON.stringify(log);
    // Over the size limit: drop the least severe half of each run's results until it fits.
    for (let size = (0,external_node_zlib_.gzipSync)(json).length; size > limits.gzippedBytes && keep.some(k => k > 0);) {
        const before = keep.reduce((a, b) => a + b, 0);
        keep = keep.map(k => Math.floor(k / 2));
        log = build();
        json = JSON.stringify(log);
        const after = keep.reduce((a, b) => a + b, 0);
        warnings.push(`SARIF: ${(0,format/* formatBytes */.z3)(size)} gzipped is more than code scanning's ${(0,format/* formatBytes */.z3)(limits.gzippedBytes)}; kept the ${after} most severe of ${before} results.`);
        size = (0,external_node_zlib_.gzipSync)(json).length;
    }
    return { log, json: `${JSON.stringify(log, null, 2)}\n`, warnings: dedupe(warnings) };
}
function dedupe(xs) {
    return [...new Set(xs)];
}
function run(report, plan, findings, mods, from, opts, binaries, limits, warnings) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const f of findings) {
        let index = ruleIndex.get(f.id);
        if (index === undefined) {
            index = rules.length;
            ruleIndex.set(f.id, index);
            rules.push(sarif_rule(f));
        }
        else
            raiseScore(rules[index], f);
        const primary = workspaceLocation(f, mods, from, opts, binaries);
        let related = f.locations.map(l => located(l, sarif_describe(l)));
        if (related.length > limits.locationsPerResult) {
            warnings.push(`SARIF: ${f.id} was found in ${related.length} places; only the first ${limits.locationsPerResult} are listed.`);
            related = related.slice(0, limits.locationsPerResult);
        }
        const first = primary ?? related[0] ?? physical('.', undefined, true, undefined);
        const result = {
            ruleId: f.id,
            ruleIndex: index,
            level: LEVEL[f.severity],
            message: { text: message(f) },
            locations: [first],
            partialFingerprints: { 'gantryFinding/v1': fingerprint(f) }
        };
        const others = primary ? related : related.slice(1);
        if (others.length)
            result.relatedLocations = others.map((l, i) => ({ ...l, id: i + 1 }));
        results.push(result);
    }
    return {
        tool: {
            driver: {
                name: report.tool.name,
                version: report.tool.version,
                ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
                rules
            }
        },
        automationDetails: {
            id: `${plan.category}/`,
            description: { text: `gantry scan of ${(0,log_safe/* clipLine */.DX)(plan.name, 200)}` }
        },
        results
    };
}
function sarif_rule(f) {
    const score = f.score ?? DEFAULT_SCORE[f.severity];
    const title = (0,log_safe/* clipLine */.DX)(f.title, 300);
    const text = (0,log_safe/* clipLine */.DX)(f.description ?? f.title, 4000);
    const refs = f.references ?? [];
    return {
        id: f.id,
        name: f.id,
        shortDescription: { text: title || f.id },
        fullDescription: { text: text || f.id },
        ...(refs[0] ? { helpUri: refs[0] } : {}),
        help: {
            text: [text, f.aliases.length ? `Aliases: ${f.aliases.join(', ')}` : '', ...refs]
                .filter(Boolean)
                .join('\n'),
            markdown: [
                `**${f.id}**${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}: ${mdEscape(title)}`,
                text && text !== title ? mdEscape(text) : '',
                refs.length ? refs.map(r => `- ${r}`).join('\n') : ''
            ]
                .filter(Boolean)
                .join('\n\n')
        },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: {
            tags: ['security', f.class, f.severity],
            precision: 'very-high',
            ...(score !== undefined ? { 'security-severity': score.toFixed(1) } : {})
        }
    };
}
/** The same id found in several packages: the rule carries the highest score. */
function raiseScore(r, f) {
    const score = f.score ?? DEFAULT_SCORE[f.severity];
    const props = r.properties;
    const have = props['security-severity'] === undefined ? -1 : Number(props['security-severity']);
    if (score !== undefined && score > have)
        props['security-severity'] = score.toFixed(1);
}
function mdEscape(s) {
    return s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}
function message(f) {
    const ids = [f.id, ...f.aliases].join(', ');
    const where = f.locations.length
        ? ` Found in ${f.locations.slice(0, 3).map(sarif_describe).join('; ')}${f.locations.length > 3 ? ` and ${f.locations.length - 3} more` : ''}.`
        : '';
    if (f.package) {
        const fixed = f.fixed?.length ? ` Fixed in ${f.fixed.join(', ')}.` : ' No fixed version yet.';
        return (0,log_safe/* clipLine */.DX)(`${f.package.name} ${f.installed ?? f.package.version} is affected by ${ids}: ${f.title}.${fixed}${where}`, 2000);
    }
    return (0,log_safe/* clipLine */.DX)(`${ids}: ${f.title}.${f.fix ? ` ${f.fix}` : ''}${where}`, 2000);
}
function sarif_describe(l) {
    const bits = [l.platform, l.layer ? `layer ${l.layer.index + 1}` : undefined].filter(Boolean);
    return `${l.path}${l.line ? `:${l.line}` : ''}${bits.length ? ` (${bits.join(', ')})` : ''}`;
}
/**
 * A finding's own place: a file in the workspace (no layer or platform: a Dockerfile line, a file in
 * `paths`) is relative to %SRCROOT% with its exact region, so code scanning shows the line; a path inside an
 * image is a plain relative URI.
 */
function located(l, text) {
    const workspace = !l.layer && !l.platform;
    const loc = physical(l.path, l.line, workspace, text);
    const region = loc.physicalLocation.region;
    if (l.endLine !== undefined && l.endLine !== l.line)
        region.endLine = l.endLine;
    if (l.column !== undefined)
        region.startColumn = l.column;
    if (l.endColumn !== undefined)
        region.endColumn = l.endColumn;
    return loc;
}
function physical(path, line, workspace, text) {
    return {
        physicalLocation: {
            artifactLocation: { uri: uri(path), ...(workspace ? { uriBaseId: '%SRCROOT%' } : {}) },
            region: { startLine: line ?? 1 }
        },
        ...(text ? { message: { text: (0,log_safe/* clipLine */.DX)(text, 500) } } : {})
    };
}
/** A relative URI reference: each path segment percent-encoded, so spaces, `#` and `?` stay part of the path. */
function uri(path) {
    return path.split('/').map(encodeURIComponent).join('/') || '.';
}
function fingerprint(f) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([
        f.class,
        f.id,
        f.package?.purl ?? '',
        ...f.locations.map(l => `${l.platform ?? ''}:${l.path}:${l.line ?? ''}`)
    ].join('\n'))
        .digest('hex');
}
/** The 1-based line of the last FROM (the stage the image is), or undefined when there is none. */
function fromLine(text) {
    const froms = main.DockerfileParser.parse(text).getFROMs();
    const last = froms.at(-1);
    return last ? last.getRange().start.line + 1 : undefined;
}
/** The workspace file and line responsible for a finding, when there is one. */
function workspaceLocation(f, mods, from, opts, binaries) {
    const p = f.package;
    if (!p)
        return undefined;
    if (p.kind === 'apk' || p.kind === 'dpkg') {
        if (!opts.dockerfile || from === undefined)
            return undefined;
        const fromBase = opts.baseLayers === undefined || f.locations.some(l => (l.layer?.index ?? Infinity) < opts.baseLayers);
        return fromBase
            ? physical(opts.dockerfile.path, from, true, 'the base image (FROM) these packages come from')
            : undefined;
    }
    if (!mods.length)
        return undefined;
    // The go.mod of the main module of a binary the package was found in; else any go.mod that names it.
    const mains = new Set(f.locations
        .map(l => binaries.find(b => b.location.path === l.path && b.location.platform === l.platform)?.mainModule)
        .filter((m) => !!m));
    const own = mods.filter(m => m.mod.module && mains.has(m.mod.module.path));
    // stdlib is the toolchain of the binary's own module; a dependency may be named by any go.mod.
    const ordered = p.kind === 'go-stdlib' ? (own.length || mods.length > 1 ? own : mods) : [...own, ...mods];
    for (const m of ordered) {
        const line = moduleLine(p.kind, p.name, m.mod);
        if (line)
            return physical(m.path, line, true, `${p.name} ${p.version}`.trim());
    }
    return undefined;
}
function moduleLine(kind, name, m) {
    if (kind === 'go-stdlib')
        return m.module ? (m.toolchainLine ?? m.goLine) : undefined;
    if (m.module?.path === name)
        return m.module.line;
    // A replaced module: the replace directive chose what was linked (either side may name the package).
    return (m.replace.find(r => r.old.path === name || r.new.path === name)?.line ??
        m.require.find(r => r.path === name)?.line);
}

;// CONCATENATED MODULE: ./src/scan/report/table.ts
// The table format, for a terminal and a job log: a header naming what was scanned and the counts, then one
// aligned line per finding, most severe first, with the fixed versions. Untrusted text is escaped to one
// line and no line can start a workflow command.



const TITLE_MAX = 80;
const CELL_MAX = 60;
function tableReport(report) {
    const lines = [];
    const inv = report.inventory;
    const targets = [...new Set(inv.targets.map(t => t.name))];
    const platforms = inv.targets.filter(t => t.platform).map(t => t.platform);
    const os = inv.os ? ` — ${inv.os.family} ${inv.os.version}`.trimEnd() : '';
    lines.push(`${(0,log_safe/* clipLine */.DX)(targets.join(', ') || 'nothing scanned', 200)}${platforms.length ? ` (${platforms.join(', ')})` : ''}${(0,log_safe/* clipLine */.DX)(os, 80)}`);
    lines.push(`${inv.packages.length} packages, ${inv.binaries.length} Go binaries. ` +
        `Findings: ${report.findings.length} (${Object.entries(countBySeverity(report.findings))
            .map(([s, n]) => `${s}: ${n}`)
            .join(', ')})`);
    if (report.ignored?.length)
        lines.push(`Ignored by the ignorefile: ${report.ignored.length}`);
    lines.push('');
    if (!report.findings.length)
        lines.push('No findings.');
    else
        lines.push(...table((0,report_report/* sortedFindings */.Y_)(report.findings)));
    return (0,log_safe/* neutralizeCommands */.Kw)(lines.join('\n') + '\n');
}
function table(findings) {
    const head = ['SEVERITY', 'ID', 'PACKAGE', 'INSTALLED', 'FIXED', 'WHERE', 'TITLE'];
    const rows = findings.map(f => [
        f.severity,
        (0,log_safe/* clipLine */.DX)(f.id, CELL_MAX),
        (0,log_safe/* clipLine */.DX)((0,report_report/* findingSubject */.Gv)(f), CELL_MAX),
        (0,log_safe/* clipLine */.DX)(f.installed ?? f.package?.version ?? '', CELL_MAX) || '-',
        (0,log_safe/* clipLine */.DX)(f.fixed?.join(', ') ?? '', CELL_MAX) || (f.class === 'vulnerability' ? 'no fix' : '-'),
        (0,log_safe/* clipLine */.DX)((0,report_report/* findingWhere */.RI)(f), CELL_MAX),
        (0,log_safe/* clipLine */.DX)(f.title, TITLE_MAX)
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    // The last column is not padded: no trailing spaces in logs.
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(head), ...rows.map(line)];
}

;// CONCATENATED MODULE: ./src/scan/scan-files.ts
// The files a scan writes: the report in the chosen `format` (to `output`, or a temporary file), and always
// a SARIF file and a CycloneDX SBOM beside it, so a workflow can upload the one and attach the other whatever
// format it logs. SARIF locates findings with the workspace's go.mod and the Dockerfile.







const FORMATS = ['table', 'json', 'sarif', 'cyclonedx'];
const FILE_NAMES = {
    table: 'gantry-scan.txt',
    json: 'gantry-scan.json',
    sarif: 'gantry-scan.sarif',
    cyclonedx: 'gantry-scan.cdx.json'
};
async function optionalText(file) {
    return (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
}
async function sarifOptions(o) {
    const goMod = await optionalText(external_node_path_default().join(o.workspace, 'go.mod'));
    const dockerfile = await optionalText(o.dockerfile.file);
    return {
        ...(goMod !== undefined ? { goMods: [{ path: 'go.mod', text: goMod }] } : {}),
        ...(dockerfile !== undefined ? { dockerfile: { path: o.dockerfile.display, text: dockerfile } } : {})
    };
}
async function writeScanFiles(report, o, host) {
    const sarif = sarifReport(report, await sarifOptions(o));
    const table = tableReport(report);
    const sbomText = (0,cyclonedx/* cyclonedxReport */._6)(report);
    const texts = {
        table,
        json: jsonReport(report),
        sarif: sarif.json,
        cyclonedx: sbomText
    };
    const dir = await host.tempDir('scan-report');
    const at = (f) => o.output && f === o.format ? o.output : external_node_path_default().join(dir, FILE_NAMES[f]);
    const write = async (f) => {
        const file = at(f);
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(file, texts[f]);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`cannot write ${file}: ${err.message}.`, {
                input: 'output',
                fix: 'give a file path in a folder the step can write to.'
            });
        }
        return file;
    };
    const report_ = await write(o.format);
    return {
        report: report_,
        sarif: o.format === 'sarif' ? report_ : await write('sarif'),
        sbom: o.format === 'cyclonedx' ? report_ : await write('cyclonedx'),
        sbomBytes: Buffer.from(sbomText),
        table,
        warnings: sarif.warnings
    };
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
// The whole scan, as the scan stage runs it: one pass over the image's layers (and `paths`) that inventories
// packages and Go binaries and runs the secret scanner on every file (deleted ones included), the Dockerfile
// rules, one load of the vulnerability database for the packages found, then the filters every report and
// the gate share (severity, ignore-unfixed, the ignorefile), the reports, and the SBOM attached to the image.

















const SCANNERS = ['vuln', 'secret', 'misconfig'];
/** Which scanners run: the ones named, or vuln and secret plus misconfig when a Dockerfile is there. */
async function chooseScanners(o) {
    const exists = await (0,promises_.readFile)(o.dockerfile.file).then(() => true, () => false);
    if (o.scanners) {
        if (o.scanners.includes('misconfig') && !exists)
            throw new errors/* UserError */.yo(`${o.dockerfile.display} does not exist, and the misconfig scanner checks it.`, {
                input: 'dockerfile',
                fix: 'point dockerfile at the Dockerfile the image is built from, or leave misconfig out of scanners.'
            });
        return o.scanners;
    }
    if (o.dockerfile.explicit && !exists)
        throw new errors/* UserError */.yo(`${o.dockerfile.display} does not exist.`, {
            input: 'dockerfile',
            fix: 'point it at the Dockerfile the image is built from (relative to the workspace), or leave it empty.'
        });
    return exists ? ['vuln', 'secret', 'misconfig'] : ['vuln', 'secret'];
}
/** The one pass: the image's layers and the paths, with the secret analyzer riding along when asked. */
async function collect(o, deps, scanners) {
    const analyzers = scanners.includes('secret') ? [secretAnalyzer()] : [];
    const log = deps.host.logger;
    const parts = [];
    let opened;
    if (o.image) {
        const image = o.image;
        opened = await (0,image_source/* openScanImage */.D)(image, { platforms: o.platforms, client: deps.client, host: deps.host });
        try {
            const platforms = opened.image.platforms.map(p => p.platform).join(', ');
            const layerCache = o.layerCacheDir ? { dir: o.layerCacheDir } : undefined;
            const part = await log.group(`read ${(0,log_safe/* oneLine */.TN)(image.name)} (${platforms})`, async () => {
                const r = await (0,inventory/* inventoryImage */.Yp)(opened.image, { host: deps.host, analyzers, layerCache });
                if (r.layerCache)
                    log.info(describeLayerCache(r.layerCache));
                return r;
            });
            parts.push(part);
        }
        finally {
            await opened.cleanup();
        }
    }
    if (o.paths.length) {
        const paths = await (0,scan_paths/* resolveScanPaths */.s)(o.paths, o.workspace);
        parts.push(await log.group('read paths', () => (0,inventory/* inventoryPaths */.rZ)(paths, { host: deps.host, analyzers })));
    }
    const merged = (0,inventory/* mergeInventories */.B_)(parts);
    return { result: parts[0]?.layerCache ? { ...merged, layerCache: parts[0].layerCache } : merged, opened };
}
function describeLayerCache(s) {
    const n = s.hits + s.misses;
    return `layer cache: ${s.hits} of ${n} layer${n === 1 ? '' : 's'} from the cache, ${s.misses} read${s.stored ? `, ${s.stored} stored` : ''}`;
}
/**
 * The secret analyzer's findings, located by the walker (path, layer, platform); one finding for the same
 * match in the same layer seen from several platforms.
 */
function secretFindings(files) {
    const byKey = new Map();
    for (const f of files) {
        if (f.analyzer !== SECRET_ANALYZER)
            continue;
        for (const found of f.result)
            for (const l of found.locations) {
                const at = { ...l, ...f.location, path: f.location.path };
                const key = [found.id, at.layer?.digest ?? '', at.path, at.line ?? 0, at.column ?? 0].join('\u0000');
                const seen = byKey.get(key);
                if (seen)
                    seen.locations.push(at);
                else
                    byKey.set(key, { ...found, locations: [at] });
            }
    }
    return [...byKey.values()];
}
async function misconfigFindings(o, platforms) {
    const text = await (0,promises_.readFile)(o.dockerfile.file, 'utf8');
    return checkDockerfile(text, { path: o.dockerfile.display, ...(platforms ? { platforms } : {}) });
}
async function vulnFindings(o, inventory, deps) {
    const log = deps.host.logger;
    return log.group('vulnerability database', async () => {
        const started = deps.host.now();
        const opened = await openVulnDb({
            db: o.db,
            packages: inventory.packages,
            logger: log,
            cacheDir: o.dbCacheDir,
            day: utcDay(deps.host.now()),
            store: deps.dbStore,
            baseUrl: o.dbBaseUrl,
            ...(o.dbIndexDir ? { indexDir: o.dbIndexDir } : {})
        });
        const stale = (opened.auto?.stale ?? []).map(s => `${s.family} (from ${s.day})`);
        log.info(`vulndb: ${opened.stats.records} records from ${opened.sources.length} source${opened.sources.length === 1 ? '' : 's'} (${opened.stats.skipped} skipped${opened.indexed ? `, ${opened.indexed} through ${opened.indexed === 1 ? 'its' : 'their'} index` : ''}) in ${(0,format/* formatDuration */.a3)(deps.host.now() - started)}`);
        return {
            findings: matchInventory(inventory, opened.db),
            db: { records: opened.stats.records, sources: opened.sources.length, stale }
        };
    });
}
async function ignoreRules(o, deps) {
    const rules = [];
    for (const f of o.ignoreFiles) {
        const r = await readIgnoreFile(f.file, { display: f.display, required: f.explicit });
        for (const w of r.warnings)
            deps.host.logger.warn(w);
        rules.push(...r.rules);
    }
    return rules;
}
/** The scan: collect, match, filter, report. The gate and the SBOM attachment are left to the caller. */
async function runScan(o, deps) {
    if (!o.image && !o.paths.length && !o.scanners?.every(s => s === 'misconfig'))
        throw new errors/* UserError */.yo('nothing to scan.', {
            input: 'image',
            fix: 'set image (a registry reference, oci:<layout>, docker-archive:<tar> or docker:<ref>) or paths.'
        });
    const scanners = await chooseScanners(o);
    deps.host.logger.info(`scanners: ${scanners.join(', ')}`);
    const rules = await ignoreRules(o, deps);
    const { result, opened } = await collect(o, deps, scanners);
    const inventory = result.inventory;
    const platforms = opened?.image.platforms.length;
    const all = [];
    let db;
    if (scanners.includes('vuln') && inventory.packages.length) {
        const v = await vulnFindings(o, inventory, deps);
        all.push(...v.findings);
        db = v.db;
    }
    if (scanners.includes('secret'))
        all.push(...secretFindings(result.files));
    if (scanners.includes('misconfig'))
        all.push(...(await misconfigFindings(o, platforms)));
    const kept = filterSeverity(o.ignoreUnfixed ? ignoreUnfixed(all) : all, o.severities);
    const outcome = applyIgnores(kept, rules, new Date(deps.host.now()));
    const notes = outcome.expired.map(describeExpired);
    for (const n of notes)
        deps.host.logger.warn(n);
    if (db?.stale.length)
        notes.push(`vulnerability database from an earlier day: ${db.stale.join(', ')}`);
    const report = {
        tool: { ...tool/* TOOL */.j },
        inventory,
        findings: outcome.findings,
        ignored: outcome.ignored,
        expiredIgnores: outcome.expired,
        severities: [...o.severities].reverse(),
        ...(o.time ? { time: o.time } : {})
    };
    const files = await writeScanFiles(report, o, deps.host);
    notes.push(...files.warnings);
    const counts = countBySeverity(outcome.findings);
    return {
        report,
        scanners,
        counts,
        files,
        notes,
        ...(db ? { db } : {}),
        ...(result.layerCache ? { layerCache: result.layerCache } : {}),
        ...(opened?.subject ? { subject: opened.subject } : {}),
        sbom: files.sbomBytes,
        ...gate(o, outcome.findings.length, counts)
    };
}
function gate(o, total, counts) {
    if (!total || o.exitCode === 0)
        return {};
    const by = Object.entries(counts)
        .filter(([, n]) => n)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
    return {
        gate: {
            exitCode: o.exitCode,
            message: (0,log_safe/* clipLine */.DX)(`${total} finding${total === 1 ? '' : 's'} at ${o.severities.join(', ')} remain after ignores (${by}): exit code ${o.exitCode}.`, 300)
        }
    };
}
/** A workspace-relative display path (forward slashes), for reports and annotations. */
function displayPath(workspace, file) {
    return external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
}

;// CONCATENATED MODULE: ./src/scan/report/summary.ts
// The job summary of a scan: a small model — counts by severity, the top findings with their fixed
// versions, ignores and expired ignores — whose strings are already one safe line each, and its mapping to
// the runtime's SummaryModel, which renders it as HTML and as terminal text (escaping as it goes).




function summarize(report, opts = {}) {
    const n = opts.top ?? 10;
    const inv = report.inventory;
    const findings = (0,report_report/* sortedFindings */.Y_)(report.findings);
    const names = [...new Set(inv.targets.map(t => t.name))];
    const targets = names.map(name => {
        const platforms = inv.targets.filter(t => t.name === name && t.platform).map(t => t.platform);
        return (0,log_safe/* clipLine */.DX)(`${name}${platforms.length ? ` (${platforms.join(', ')})` : ''}`, 300);
    });
    return {
        targets,
        ...(inv.os
            ? { os: (0,log_safe/* clipLine */.DX)(`${inv.os.name ?? inv.os.family} ${inv.os.name ? '' : inv.os.version}`.trim(), 100) }
            : {}),
        packages: inv.packages.length,
        binaries: inv.binaries.length,
        total: findings.length,
        counts: countBySeverity(findings),
        top: findings.slice(0, n).map(f => ({
            class: f.class,
            severity: f.severity,
            id: (0,log_safe/* clipLine */.DX)(f.id, 80),
            subject: (0,log_safe/* clipLine */.DX)((0,report_report/* findingSubject */.Gv)(f), 120),
            ...(f.installed || f.package
                ? { installed: (0,log_safe/* clipLine */.DX)(f.installed ?? f.package?.version ?? '', 60) }
                : {}),
            fixed: (0,log_safe/* clipLine */.DX)(f.fixed?.join(', ') ?? '', 80),
            title: (0,log_safe/* clipLine */.DX)(f.title, 120),
            where: (0,log_safe/* clipLine */.DX)((0,report_report/* findingWhere */.RI)(f), 160)
        })),
        more: Math.max(0, findings.length - n),
        ignored: report.ignored?.length ?? 0,
        expired: (report.expiredIgnores ?? []).map(describeExpired),
        notes: inv.notes.length
    };
}
const ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/**
 * The summary as the stage runtime renders it (HTML for the job summary, aligned text for a terminal):
 * the counts, the top findings with their fixed versions, ignores and expired ignores.
 */
function scanSummaryModel(s) {
    const facts = [
        { label: 'findings:', value: { bold: `${s.total}` } },
        { label: 'by severity:', value: ORDER.map(k => `${k} ${s.counts[k]}`).join(', ') },
        {
            label: 'inventory:',
            value: `${s.packages} packages${s.os ? ` on ${s.os}` : ''}, ${s.binaries} Go binaries`
        }
    ];
    if (s.ignored)
        facts.push({ label: 'ignored:', value: `${s.ignored} by the ignorefile` });
    const paragraphs = s.more ? [`… and ${s.more} more findings (see the report).`] : [];
    if (!s.total)
        paragraphs.push('No findings.');
    const notes = [
        ...s.expired,
        ...(s.notes ? [`${s.notes} files were skipped or unreadable; the report's notes say which.`] : [])
    ];
    return {
        title: `Scan: ${s.targets.join('; ') || 'nothing scanned'}`,
        ...(s.top.length
            ? {
                table: {
                    columns: ['Severity', 'ID', 'Package', 'Installed', 'Fixed in', 'Title'],
                    rows: s.top.map(f => [
                        { bold: f.severity },
                        { code: f.id },
                        f.subject,
                        f.installed ?? '',
                        f.fixed || (f.class === 'vulnerability' ? 'no fix' : '—'),
                        f.title
                    ])
                }
            }
            : {}),
        facts,
        ...(paragraphs.length ? { paragraphs } : {}),
        ...(notes.length ? { notes } : {})
    };
}

// EXTERNAL MODULE: ./src/scan/attach-sbom.ts + 1 modules
var attach_sbom = __webpack_require__(3831);
// EXTERNAL MODULE: ./src/stages/registry-login.ts + 2 modules
var registry_login = __webpack_require__(4287);
;// CONCATENATED MODULE: ./src/stages/scan.ts
// The scan stage (actions/scan, `gantry scan`): what an image (or binaries and folders) holds, the known
// vulnerabilities it carries, leaked secrets and Dockerfile pitfalls, in one pass over the layers; one
// exit-code gate over all of them whatever the format; SARIF, CycloneDX and a job summary; the SBOM attached
// to the image as an OCI referrer on request. `db: auto` keeps the OSV exports in the Actions cache: restored
// in the main step, saved by the post step when they changed.
















const DEFAULT_IGNOREFILE = '.trivyignore';
const DEFAULT_DOCKERFILE = 'Dockerfile';
const scan_inputs = {
    image: {
        kind: 'string',
        description: 'The image to scan: a registry reference (ghcr.io/org/app:1.2.3, repo@sha256:…), oci:<layout folder or tar>[:tag] (also oci-layout://…), docker-archive:<docker save tar>, or docker:<ref> (saved from the Docker daemon).'
    },
    paths: {
        kind: 'list',
        description: 'Binaries and folders in the workspace to scan instead of or beside the image (a go-build dist folder), one per line or comma-separated.'
    },
    platforms: {
        kind: 'list',
        description: 'Platforms of the image to scan (linux/amd64, linux/arm/v7). Default: every platform in the image.'
    },
    severity: {
        kind: 'list',
        description: 'Severities to report and gate on: UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL. The filter applies to every format and to exit-code.',
        default: 'UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL'
    },
    'exit-code': {
        kind: 'int',
        min: 0,
        max: 255,
        description: 'The exit code when findings at those severities remain after ignores, in any format (0: never fail). The outputs and reports are written first.',
        default: '0'
    },
    'ignore-unfixed': {
        kind: 'bool',
        description: 'Leave out vulnerabilities that no released version fixes yet.',
        default: 'false'
    },
    ignorefile: {
        kind: 'string',
        description: 'Ignore rules, relative to the workspace: plain .trivyignore (IDs, # comments, exp:YYYY-MM-DD) or .trivyignore.yaml (id, paths, purls, statement, expired_at). The default reads .trivyignore and .trivyignore.yaml when they exist; another file named here must exist.',
        default: DEFAULT_IGNOREFILE
    },
    format: {
        kind: 'enum',
        values: FORMATS,
        description: 'The report format: table, json (docs/scan-json.md), sarif (2.1.0) or cyclonedx (1.5 SBOM).',
        default: 'table'
    },
    output: {
        kind: 'string',
        description: 'Write the report here (relative to the workspace). Default: a temporary file; its path is the report output. The table is logged in any case.'
    },
    db: {
        kind: 'list',
        commas: false,
        description: "The vulnerability database: auto (the OSV exports of the ecosystems found, refreshed daily), or folders, zips and files of OSV JSON read offline (Go's vulndb, an OSV all.zip), one per line.",
        default: 'auto'
    },
    'db-cache': {
        kind: 'bool',
        description: 'db auto: keep the downloaded exports in the GitHub Actions cache (daily key, earlier days as restore keys); a stale copy is used with a warning when the download fails.',
        default: 'true'
    },
    'local-cache': {
        kind: 'bool',
        description: "Keep analysis results in the user's cache folder ($XDG_CACHE_HOME/gantry, else ~/.cache/gantry; private to the user, least recently used entries removed past 512 MiB each): what the analyzers found in each image layer, by layer digest (scan-layers/), so a later scan of an image sharing layers skips reading them, and an index of each db folder or zip (scan-db-index/), so a warm load parses only the records for the packages found. Matching against the database runs every time.",
        default: 'true'
    },
    scanners: {
        kind: 'list',
        description: 'Scanners to run: vuln, secret, misconfig. Default: vuln and secret, and misconfig when the Dockerfile exists.'
    },
    dockerfile: {
        kind: 'string',
        description: 'The Dockerfile the misconfig scanner checks (relative to the workspace); its findings are annotated on its lines. The default is checked when it exists; another file named here must exist.',
        default: DEFAULT_DOCKERFILE
    },
    'attach-sbom': {
        kind: 'bool',
        description: 'Push the CycloneDX SBOM to the registry as an OCI referrer of the image (artifactType application/vnd.cyclonedx+json), with the sha256-<digest> tag for registries without the referrers API. Needs image in a registry.',
        default: 'false'
    },
    'registry-timeout': {
        kind: 'int',
        min: 1,
        max: 86400,
        description: 'Seconds everything this step does with registries may take (reading the image, attaching the SBOM) before it fails; each request also has its own timeouts.',
        default: '90'
    },
    ...registry_login/* LOGIN_INPUTS */.E8
};
const outputs = {
    findings: { encode: 'text', description: 'How many findings remain after the filters and ignores.' },
    counts: {
        encode: 'json',
        description: 'JSON object of findings by severity: CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN (all present).'
    },
    report: {
        encode: 'text',
        description: 'Absolute path of the report in format (output, or a temporary file).'
    },
    sarif: {
        encode: 'text',
        description: 'Absolute path of the SARIF 2.1.0 file (for github/codeql-action/upload-sarif).'
    },
    sbom: { encode: 'text', description: 'Absolute path of the CycloneDX 1.5 SBOM.' },
    'sbom-referrer': {
        encode: 'text',
        description: 'attach-sbom: repo@digest of the SBOM artifact manifest pushed as a referrer of the image.'
    },
    passed: { encode: 'bool', description: 'true when no finding remains (the gate would not fire).' }
};
const STATE_DB = 'dbCache';
const DB_STATE = {
    type: 'object',
    properties: { dir: { type: 'string', minLength: 1 }, key: { type: 'string', minLength: 1 } },
    required: ['dir', 'key']
};
function severities(list) {
    const out = new Set();
    for (const s of list) {
        const v = s.toUpperCase();
        if (!model/* SEVERITIES */.o.includes(v))
            throw new errors/* UserError */.yo(`"${(0,log_safe/* oneLine */.TN)(s)}" is not a severity.`, {
                input: 'severity',
                fix: `write some of ${model/* SEVERITIES */.o.join(', ')}.`
            });
        out.add(v);
    }
    if (!out.size)
        throw new errors/* UserError */.yo('names no severity.', {
            input: 'severity',
            fix: `write some of ${model/* SEVERITIES */.o.join(', ')}.`
        });
    return model/* SEVERITIES */.o.filter(s => out.has(s));
}
function scanners(list) {
    if (!list.length)
        return undefined;
    const out = new Set();
    for (const s of list) {
        const v = (s.toLowerCase() === 'vulnerability' ? 'vuln' : s.toLowerCase());
        if (!SCANNERS.includes(v))
            throw new errors/* UserError */.yo(`"${(0,log_safe/* oneLine */.TN)(s)}" is not a scanner.`, {
                input: 'scanners',
                fix: `write some of ${SCANNERS.join(', ')}.`
            });
        out.add(v);
    }
    return SCANNERS.filter(s => out.has(s));
}
/** A file input: the default name may be missing, any other name the user gave must exist. */
function workspaceFile(workspace, given, fallback) {
    const file = external_node_path_default().resolve(workspace, given || fallback);
    return { file, display: displayPath(workspace, file), explicit: !!given && given !== fallback };
}
function parseScan(i, env) {
    const workspace = env.cwd;
    const epoch = env.env.SOURCE_DATE_EPOCH?.trim();
    const db = i.db.length === 1 && i.db[0].toLowerCase() === 'auto' ? 'auto' : i.db.map(d => external_node_path_default().resolve(workspace, d));
    if (db !== 'auto' && !db.length)
        throw new errors/* UserError */.yo('names no database.', {
            input: 'db',
            fix: 'write auto, or paths to OSV folders or zips.'
        });
    const picked = scanners(i.scanners);
    return {
        ...(i.image ? { image: (0,image_source/* parseScanImage */.e)(i.image, workspace) } : {}),
        paths: i.paths,
        platforms: i.platforms,
        severities: severities(i.severity),
        exitCode: i['exit-code'],
        ignoreUnfixed: i['ignore-unfixed'],
        ignoreFiles: i.ignorefile === DEFAULT_IGNOREFILE
            ? [DEFAULT_IGNOREFILE, `${DEFAULT_IGNOREFILE}.yaml`].map(f => workspaceFile(workspace, '', f))
            : [workspaceFile(workspace, i.ignorefile, '')],
        format: i.format,
        ...(i.output ? { output: external_node_path_default().resolve(workspace, i.output) } : {}),
        db,
        dbCache: i['db-cache'],
        dbCacheDir: (0,disk_cache/* userCacheDir */.bE)(env.env, 'osv'),
        ...(env.env.GANTRY_OSV_URL ? { dbBaseUrl: env.env.GANTRY_OSV_URL } : {}),
        ...(i['local-cache']
            ? {
                layerCacheDir: (0,disk_cache/* userCacheDir */.bE)(env.env, 'scan-layers'),
                dbIndexDir: (0,disk_cache/* userCacheDir */.bE)(env.env, 'scan-db-index')
            }
            : {}),
        ...(picked ? { scanners: picked } : {}),
        dockerfile: workspaceFile(workspace, i.dockerfile, DEFAULT_DOCKERFILE),
        attachSbom: i['attach-sbom'],
        registryTimeoutMs: i['registry-timeout'] * 1000,
        login: (0,registry_login/* parseLogin */.$n)(i),
        workspace,
        ...(epoch && /^\d+$/.test(epoch) ? { time: (0,format/* rfc3339 */.ag)(Number(epoch) * 1000) } : {})
    };
}
/** db auto in an action: restore through the Actions cache now, and leave the save to the post step. */
function dbStore(o, ctx) {
    const cache = ctx.cache;
    if (o.db !== 'auto' || !o.dbCache || !cache)
        return undefined;
    const available = cache.availability();
    if (!available.ok) {
        ctx.host.logger.warn(`the GitHub Actions cache service is not available here (${available.missing} is not set), so the vulnerability database is downloaded and not cached.`);
        return undefined;
    }
    return {
        restore: async (dir, key, restoreKeys) => {
            const hit = await cache.restore([dir], key, restoreKeys);
            ctx.host.logger.info(`vulndb cache: ${!hit ? 'miss' : hit === key ? 'hit' : `partial (${hit})`}`);
            return hit;
        },
        save: async (dir, key) => ctx.state.set(STATE_DB, JSON.stringify({ dir, key }))
    };
}
/** The post step: save the database folder when the main step refreshed it, then log out. */
async function post(ctx) {
    try {
        const saved = ctx.state.get(STATE_DB);
        if (saved && ctx.cache) {
            const { dir, key } = (0,json/* parseJsonAs */.WT)(saved, DB_STATE, 'the saved database cache state');
            const r = await ctx.cache.save([dir], key);
            if (r.saved)
                ctx.host.logger.info(`vulndb cache saved as ${key}`);
            else
                ctx.host.logger.warn(`vulndb cache not saved: ${r.reason ?? 'the save failed'}`);
        }
    }
    finally {
        await (0,registry_login/* undoStepLogin */.IA)(ctx);
    }
}
/** The table in the log, and annotations on the workspace files at fault (Dockerfile lines, files in paths). */
function logFindings(r, ctx) {
    for (const line of r.files.table.trimEnd().split('\n'))
        ctx.host.logger.info(line);
    let annotated = 0;
    for (const f of r.report.findings) {
        if (f.class === 'vulnerability')
            continue;
        for (const l of f.locations) {
            if (l.layer || l.platform || !l.line || annotated >= 50)
                continue;
            annotated++;
            ctx.host.logger.warn(`${f.id} (${f.severity}): ${f.title}.${f.fix ? ` ${f.fix}` : ''}${f.match ? ` Found: ${f.match}` : ''}`, {
                file: l.path,
                line: l.line,
                ...(l.endLine ? { endLine: l.endLine } : {}),
                ...(l.column && (!l.endLine || l.endLine === l.line) ? { column: l.column } : {}),
                title: f.id
            });
        }
    }
}
async function runScanStage(o, ctx) {
    if (o.attachSbom && o.image?.kind !== 'registry')
        throw new errors/* UserError */.yo('needs image to be a registry reference: the SBOM is attached in the registry.', {
            input: 'attach-sbom',
            fix: 'scan the image from its registry (ghcr.io/org/app:tag), or set attach-sbom: false.'
        });
    return (0,registry_login/* withStepLogin */.WW)(o.login, ctx, async (host) => {
        const client = (0,oci_client/* registryClient */.R)(host, { operationTimeoutMs: o.registryTimeoutMs });
        const r = await runScan(o, { host, client, dbStore: dbStore(o, ctx) });
        logFindings(r, ctx);
        if (!o.attachSbom || !r.subject)
            return r;
        return { ...r, attached: await (0,attach_sbom/* attachSbom */.B)(client, r.subject, r.sbom, host, o.time) };
    });
}
const scanStage = (0,stage/* defineStage */.wf)({
    name: 'scan',
    action: 'scan',
    title: 'gantry scan',
    description: 'Scan an image or binaries for known vulnerabilities (OSV), leaked secrets and Dockerfile pitfalls in one pass; one exit-code gate in every format; SARIF, CycloneDX, and the SBOM attached to the image.',
    summary: 'scan an image or paths: vulnerabilities, secrets, Dockerfile rules; SARIF, SBOM, one gate',
    branding: { icon: 'shield', color: 'blue' },
    inputs: scan_inputs,
    outputs,
    parse: (i, env) => parseScan(i, env),
    run: runScanStage,
    output: r => ({
        findings: `${r.report.findings.length}`,
        counts: r.counts,
        report: r.files.report,
        sarif: r.files.sarif,
        sbom: r.files.sbom,
        'sbom-referrer': r.attached?.ref ?? '',
        passed: r.report.findings.length === 0
    }),
    report: r => {
        const model = scanSummaryModel(summarize(r.report));
        const notes = [...(model.notes ?? []), ...r.notes];
        const facts = [...(model.facts ?? [])];
        facts.push({ label: 'scanners:', value: r.scanners.join(', ') });
        if (r.attached)
            facts.push({ label: 'SBOM:', value: [{ code: r.attached.ref }, ` (${r.attached.via})`] });
        return { ...model, facts, ...(notes.length ? { notes } : {}) };
    },
    gate: r => r.gate,
    post: { if: 'always()', run: post }
});
/** The scan stage's options from raw input strings, as the action would parse them (tests, benchmarks). */
function scanOptions(raw, cwd, env = {}) {
    return parseScan((0,inputs/* parseInputs */.TL)(scan_inputs, raw), { cwd, env });
}


/***/ })

};

//# sourceMappingURL=563.index.js.map