export const id = 216;
export const ids = [216,582];
export const modules = {

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   cQ: () => (/* binding */ repositoryLabels)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8854);
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1251);
// OCI labels and annotations (org.opencontainers.image.*): the one label set the tag and image stages both
// write. `created` is the commit time, so rebuilding the same commit gives the same labels; source and url
// come from the repository, description and licenses from the event payload (made one line: payload text
// must not add label lines).



/** The labels, in a fixed order; empty values are left out; every value is one line. */
function ociLabels(i) {
    const entries = [
        ['org.opencontainers.image.created', i.created === undefined ? undefined : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .ag)(i.created)],
        ['org.opencontainers.image.description', i.description],
        ['org.opencontainers.image.licenses', i.licenses],
        ['org.opencontainers.image.revision', i.revision],
        ['org.opencontainers.image.source', i.repositoryUrl],
        ['org.opencontainers.image.title', i.title],
        ['org.opencontainers.image.url', i.repositoryUrl],
        ['org.opencontainers.image.version', i.version]
    ];
    return entries.filter((e) => Boolean(e[1])).map(([k, v]) => [k, (0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(v)]);
}
/** What the CI context says about the repository: its URL, and description and license from the payload. */
function repositoryLabels(ci) {
    const repo = ci.payload.repository;
    const description = typeof repo?.description === 'string' ? repo.description : undefined;
    const spdx = typeof repo?.license?.spdx_id === 'string' ? repo.license.spdx_id : undefined;
    return {
        repositoryUrl: ci.repository ? `${ci.serverUrl}/${ci.repository}` : undefined,
        description: description?.replace(/[\r\n]+/g, ' ').trim() || undefined,
        licenses: spdx && spdx !== 'NOASSERTION' ? spdx : undefined
    };
}
/** Later entries win; sorted by key. */
function mergeLabels(base, user) {
    const m = new Map(base);
    for (const [k, v] of user)
        m.set(k, v);
    return [...m.entries()].sort((0,_util_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .byKey */ .dX)(([k]) => k));
}
/** `key=value` lines, as build tools take labels and annotations. */
function keyValueLines(entries) {
    return entries.map(([k, v]) => `${k}=${v}`).join('\n');
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

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z4: () => (/* binding */ defaultRules),
/* harmony export */   fU: () => (/* binding */ evaluateTags),
/* harmony export */   iT: () => (/* binding */ parseRule)
/* harmony export */ });
/* unused harmony exports sanitizeTag, formatDate */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _model_semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9645);
// Image tags: parses `tags:` rules (docker/metadata-action's syntax and global expressions, for users migrating
// from it) and evaluates them against the version decision and the event. A key a rule's type would ignore,
// or a placeholder nothing fills, is an error, never a silently odd tag. Tag names are sanitised to Docker's
// grammar (so build metadata's `+` becomes `-`) and cut to 128 characters.


/** Docker's tag grammar: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. Anything else becomes '-'. */
function sanitizeTag(raw) {
    let t = raw.replace(/[^A-Za-z0-9_.-]/g, '-');
    t = t.replace(/^[.-]+/, '');
    return t.slice(0, 128);
}
const TYPES = ['semver', 'sha', 'ref', 'raw', 'edge', 'schedule'];
const KEYS = [
    'type',
    'pattern',
    'value',
    'event',
    'prefix',
    'suffix',
    'enable',
    'branch',
    'format',
    'priority'
];
function ruleError(rule, what, fix) {
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rule "${rule}": ${what}`, { input: 'tags', fix });
}
// The keys each type reads; any other key on that type would be silently ignored, so it is an error.
const TYPE_KEYS = {
    semver: ['pattern'],
    sha: ['format'],
    ref: ['event'],
    raw: ['value'],
    edge: ['branch'],
    schedule: ['pattern']
};
const COMMON_KEYS = ['type', 'prefix', 'suffix', 'enable', 'priority'];
/**
 * metadata-action's global expressions, for prefix, suffix and value (and a schedule pattern): `{{branch}}`,
 * `{{tag}}`, `{{sha}}`, `{{base_ref}}`, `{{is_default_branch}}`, `{{is_not_default_branch}}`, and
 * `{{date 'FORMAT'}}` / `{{commit_date 'FORMAT'}}` with an optional `tz='Area/City'`.
 */
const GLOBAL = /\{\{\s*(branch|tag|sha|base_ref|is_default_branch|is_not_default_branch|date|commit_date)(?:\s+'([^']*)'(?:\s+tz='([^']*)')?)?\s*\}\}/g;
const SEMVER_FIELDS = /\{\{\s*(version|major|minor|patch|raw)\s*\}\}/g;
/** Check every `{{ }}` of a text against the expressions allowed there. */
function checkPlaceholders(rule, key, text, allowed, fix) {
    let rest = text;
    for (const re of allowed)
        rest = rest.replace(re, '');
    const unknown = /\{\{.*?\}\}/.exec(rest)?.[0] ?? (/\{\{|\}\}/.test(rest) ? rest : undefined);
    if (unknown)
        ruleError(rule, `unknown placeholder ${unknown} in ${key}.`, fix);
    for (const m of text.matchAll(GLOBAL)) {
        if ((m[1] === 'date' || m[1] === 'commit_date') && m[2] === undefined)
            ruleError(rule, `${m[0]} needs a format.`, "write {{date 'YYYYMMDD'}}.");
        if (m[2] !== undefined)
            dateFormatTokens(m[2], rule);
        if (m[3] !== undefined && !validTimeZone(m[3]))
            ruleError(rule, `unknown time zone "${m[3]}".`, "use an IANA zone name such as tz='Europe/Paris'.");
    }
}
const GLOBAL_FIX = "use {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{is_default_branch}}, {{is_not_default_branch}} or {{date 'YYYYMMDD'}} (see docs/tag.md).";
function splitRule(text) {
    const fields = {};
    if (!text.includes('='))
        return { type: 'raw', value: text };
    for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            ruleError(text, `"${part}" is not key=value.`, 'write rules as key=value pairs separated by commas.');
        const key = part.slice(0, eq).trim();
        if (!KEYS.includes(key))
            ruleError(text, `unknown key "${key}".`, `use the keys ${KEYS.join(', ')} (see docs/tag.md).`);
        fields[key] = part.slice(eq + 1).trim();
    }
    return fields;
}
/** The checks of one type's own keys. */
function checkTypeKeys(text, type, fields) {
    for (const key of Object.keys(fields))
        if (!COMMON_KEYS.includes(key) && !TYPE_KEYS[type].includes(key))
            ruleError(text, type === 'semver' && key === 'value'
                ? 'type=semver takes the version from the version decision; value= would be ignored.'
                : `type=${type} does not read ${key}=, so it would be ignored.`, type === 'semver' && key === 'value'
                ? 'drop value= and set the version input instead (or use type=raw,value=...).'
                : `drop ${key}= (type=${type} reads ${[...TYPE_KEYS[type], 'prefix', 'suffix', 'enable'].join(', ')}).`);
    if (type === 'semver' && !fields.pattern)
        ruleError(text, 'type=semver needs a pattern.', 'add pattern={{version}}, {{major}}.{{minor}} or {{major}}.');
    if (type === 'semver')
        checkPlaceholders(text, 'the pattern', fields.pattern, [SEMVER_FIELDS], 'use {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}}.');
    if (type === 'schedule' && fields.pattern)
        checkPlaceholders(text, 'the pattern', fields.pattern, [GLOBAL], GLOBAL_FIX);
    if (type === 'raw' && !fields.value)
        ruleError(text, 'type=raw needs a value.', 'add value=<tag>.');
    if (type === 'ref' && !['branch', 'tag', 'pr'].includes(fields.event ?? ''))
        ruleError(text, 'type=ref needs event=branch, event=tag or event=pr.', 'add event=branch (or tag, pr).');
    if (fields.format && !['short', 'long'].includes(fields.format))
        ruleError(text, `format "${fields.format}" is unknown.`, 'use format=short or format=long.');
}
/** Parse metadata-action style rules (`type=semver,pattern={{major}}.{{minor}}`); a bare word is type=raw. */
function parseRule(text) {
    const fields = splitRule(text);
    const type = fields.type;
    if (!TYPES.includes(type))
        ruleError(text, `unknown type "${fields.type ?? ''}".`, `use one of type=${TYPES.join(', type=')}.`);
    checkTypeKeys(text, type, fields);
    for (const key of ['prefix', 'suffix', 'value'])
        if (fields[key] !== undefined)
            checkPlaceholders(text, `${key}=`, fields[key], [GLOBAL], GLOBAL_FIX);
    const enable = (fields.enable ?? 'true').replace(/\s/g, '');
    if (!['true', 'false', '{{is_default_branch}}', '{{is_not_default_branch}}'].includes(enable))
        ruleError(text, `enable "${fields.enable}" is not understood.`, 'use enable=true, enable=false, enable={{is_default_branch}} or enable={{is_not_default_branch}}.');
    return {
        type,
        pattern: fields.pattern,
        value: fields.value,
        event: fields.event,
        prefix: fields.prefix ?? (type === 'sha' ? 'sha-' : type === 'ref' && fields.event === 'pr' ? 'pr-' : ''),
        suffix: fields.suffix ?? '',
        enable,
        branch: fields.branch,
        format: fields.format,
        explicit: true,
        source: text
    };
}
// ---- dates (moment-style formats, the subset tags need) ---------------------------------------------------
const DATE_TOKEN = /\[[^\]]*\]|YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|SSS|[A-Za-z]+|[^A-Za-z[]+/g;
function dateFormatTokens(format, rule) {
    const tokens = format.match(DATE_TOKEN) ?? [];
    for (const t of tokens)
        if (/^[A-Za-z]+$/.test(t) && !/^(YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|SSS)$/.test(t))
            ruleError(rule, `the date format token "${t}" is not supported.`, 'use YYYY, YY, MM, M, DD, D, HH, H, hh, h, mm, m, ss, s and SSS; put literal letters in [brackets].');
    return tokens;
}
function validTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
/** A time (seconds) in a moment-style format, in a time zone (UTC by default). */
function formatDate(seconds, format, tz = 'UTC') {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit'
    })
        .formatToParts(new Date(seconds * 1000))
        .map(p => [p.type, p.value]));
    const h24 = Number(parts.hour);
    const h12 = h24 % 12 || 12;
    const values = {
        YYYY: parts.year,
        YY: parts.year.slice(-2),
        MM: parts.month,
        M: String(Number(parts.month)),
        DD: parts.day,
        D: String(Number(parts.day)),
        HH: String(h24).padStart(2, '0'),
        H: String(h24),
        hh: String(h12).padStart(2, '0'),
        h: String(h12),
        mm: parts.minute,
        m: String(Number(parts.minute)),
        ss: parts.second,
        s: String(Number(parts.second)),
        SSS: '000'
    };
    return dateFormatTokens(format, format)
        .map(t => (t.startsWith('[') ? t.slice(1, -1) : (values[t] ?? t)))
        .join('');
}
/** gantry's rules when `tags` is empty. */
function defaultRules() {
    return [
        'type=semver,pattern={{version}}',
        'type=semver,pattern={{major}}.{{minor}}',
        'type=semver,pattern={{major}}',
        'type=ref,event=branch',
        'type=edge',
        'type=ref,event=pr',
        'type=schedule',
        'type=sha'
    ].map(r => ({ ...parseRule(r), explicit: false }));
}
/** A semver pattern filled; build metadata stays in {{version}} (the sanitiser turns its `+` into `-`). */
function fill(pattern, v, raw) {
    return pattern.replace(SEMVER_FIELDS, (_m, k) => k === 'version' ? (0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .fullVersion */ .ol)(v) : k === 'raw' ? raw : String(v[k]));
}
/** The global expressions filled from the context (metadata-action's meaning; dates are the commit's). */
function expand(text, c) {
    const isDefault = c.branch !== undefined && c.branch === c.defaultBranch;
    return text.replace(GLOBAL, (_m, name, format, tz) => {
        switch (name) {
            case 'branch':
                return c.branch ?? '';
            case 'tag':
                return c.refTag ?? (c.versioned ? c.tag : '');
            case 'sha':
                return c.sha.slice(0, 7);
            case 'base_ref':
                return c.baseRef ?? '';
            case 'is_default_branch':
                return String(isDefault);
            case 'is_not_default_branch':
                return String(!isDefault);
            default:
                return formatDate(c.time, format ?? 'YYYYMMDD', tz || 'UTC');
        }
    });
}
/** Is `v` the highest version among the tags (and itself) whose line matches `same`? */
function highestIn(v, tags, same, stableOnly) {
    return !tags.some(t => same(t.version) && (!stableOnly || (0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isStable */ .MQ)(t.version)) && (0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .rcompare */ .aA)(t.version, v) < 0);
}
/** The tag a semver rule gives, or undefined (with a note when it is held back). */
function semverTag(rule, c, notes) {
    if (!c.versioned)
        return undefined;
    const p = rule.pattern;
    const v = c.version;
    const usesVersion = /\{\{\s*(version|raw|patch)\s*\}\}/.test(p);
    if (!usesVersion) {
        // Floating tags (1.4, 1) name a line: only stable versions, only the highest of that line.
        if (!(0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isStable */ .MQ)(v)) {
            notes.push(`${fill(p, v, c.tag)}: not given to the prerelease ${(0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .fullVersion */ .ol)(v)}`);
            return undefined;
        }
        const hasMinor = /\{\{\s*minor\s*\}\}/.test(p);
        if (!hasMinor && v.major === 0 && !rule.explicit)
            return undefined;
        const same = hasMinor
            ? (o) => o.major === v.major && o.minor === v.minor
            : (o) => o.major === v.major;
        if (!highestIn(v, c.tags, same, true)) {
            notes.push(`${fill(p, v, c.tag)}: held back, a higher version of that line exists`);
            return undefined;
        }
    }
    return fill(p, v, c.tag);
}
/** The tag one rule gives in this context, before prefix and suffix; undefined for none. */
function ruleTag(rule, c, notes) {
    switch (rule.type) {
        case 'semver':
            return semverTag(rule, c, notes);
        case 'sha':
            return rule.format === 'long' ? c.sha : c.sha.slice(0, 7);
        case 'ref':
            if (rule.event === 'branch' && c.branch && c.pullRequest === undefined && !c.refTag)
                return c.branch;
            if (rule.event === 'tag')
                return c.refTag;
            if (rule.event === 'pr' && c.pullRequest !== undefined)
                return String(c.pullRequest);
            return undefined;
        case 'edge': {
            const target = rule.branch ?? c.defaultBranch;
            return c.branch && c.branch === target && c.pullRequest === undefined && !c.refTag ? 'edge' : undefined;
        }
        case 'schedule':
            return c.eventName === 'schedule' ? expand(rule.pattern ?? 'nightly', c) : undefined;
        case 'raw':
            return expand(rule.value, c);
    }
}
/**
 * latest: auto, as metadata-action gives it only to rules that name a version (type=semver, type=ref,event=tag),
 * never to type=raw, sha or branch rules alone; and, unlike metadata-action, only to the highest stable version.
 */
function wantsLatest(rules, c, enabled, notes) {
    if (c.latest === 'true')
        return true;
    if (c.latest === 'false' || !c.versioned)
        return false;
    const v = c.version;
    if (!rules.some(r => enabled(r) && (r.type === 'semver' || (r.type === 'ref' && r.event === 'tag')))) {
        notes.push('latest: no type=semver or type=ref,event=tag rule (set latest: true to add it)');
        return false;
    }
    if (!(0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isStable */ .MQ)(v))
        notes.push(`latest: not given to the prerelease ${(0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .fullVersion */ .ol)(v)}`);
    else if (!highestIn(v, c.tags, () => true, true))
        notes.push(`latest: held back, ${c.tags.find(t => (0,_model_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isStable */ .MQ)(t.version))?.name} is higher`);
    else
        return true;
    return false;
}
function evaluateTags(rules, c) {
    const names = [];
    const notes = [];
    const isDefault = c.branch !== undefined && c.branch === c.defaultBranch;
    const enabled = (r) => r.enable === 'true' ||
        (r.enable === '{{is_default_branch}}' && isDefault) ||
        (r.enable === '{{is_not_default_branch}}' && !isDefault);
    // latest sits after the version tags, before branch and sha tags.
    let afterVersions = 0;
    for (const rule of rules) {
        if (!enabled(rule))
            continue;
        const name = ruleTag(rule, c, notes);
        // An empty expansion (value={{branch}} on a tag push) gives no tag, as in metadata-action.
        if (!name)
            continue;
        const t = sanitizeTag(expand(rule.prefix, c) + name + expand(rule.suffix, c));
        if (!t || names.includes(t))
            continue;
        names.push(t);
        if (rule.type === 'semver' || (rule.type === 'ref' && rule.event === 'tag'))
            afterVersions = names.length;
    }
    if (wantsLatest(rules, c, enabled, notes) && !names.includes('latest'))
        names.splice(afterVersions, 0, 'latest');
    return { names, notes };
}


/***/ }),

/***/ 3625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ labelLines),
  T: () => (/* binding */ tag)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/util/log-safe.ts
var log_safe = __webpack_require__(8854);
;// CONCATENATED MODULE: ./src/release/commits.ts
// Conventional commits: parse messages with the conventionalcommits preset's parser options (the parser's
// own defaults miss `feat!:`), cancel reverted commits against their reverts, and derive the bump. Every
// text kept from a message is one line with control characters escaped (log-safe's oneLine): commit
// messages come from anyone who can open a pull request, and these texts reach logs, outputs and summaries.

let loaded;
/**
 * The parser with the preset's options, and the preset's commit types (for changelog sections), loaded on
 * first use: a CLI start that reads no commits (gantry build) does not load them.
 */
function conventional() {
    loaded ??= (async () => {
        const [{ CommitParser: Parser }, preset] = await Promise.all([
            __webpack_require__.e(/* import() */ 674).then(__webpack_require__.bind(__webpack_require__, 4674)),
            __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 4717))
        ]);
        const options = preset.default();
        return { parser: new Parser(options.parser), types: preset.DEFAULT_COMMIT_TYPES };
    })();
    return loaded;
}
/** Parse commit messages (see parseCommit). */
async function parseCommits(raws) {
    const { parser } = await conventional();
    return raws.map(r => parseCommit(r, parser));
}
function parseCommit(raw, parser) {
    const c = parser.parse(raw.message);
    const notes = c.notes.filter(n => /^BREAKING[ -]CHANGE$/i.test(n.title)).map(n => (0,log_safe/* oneLine */.TN)(n.text));
    const text = (s) => (s ? (0,log_safe/* oneLine */.TN)(s) : undefined);
    const hash = c.revert?.hash;
    return {
        sha: raw.sha,
        time: raw.time,
        header: (0,log_safe/* oneLine */.TN)(c.header ?? raw.message.split('\n')[0]),
        type: c.type ? (0,log_safe/* oneLine */.TN)(c.type.toLowerCase()) : undefined,
        scope: text(c.scope),
        subject: text(c.subject),
        breaking: notes.length > 0,
        notes,
        references: [...new Set(c.references.filter(r => !r.owner && !r.repository).map(r => (0,log_safe/* oneLine */.TN)(r.issue)))],
        reverts: hash && /^[0-9a-f]{7,64}$/i.test(hash) ? hash.toLowerCase() : undefined
    };
}
/**
 * Drop every commit reverted in the list together with its revert (`git revert` writes `Revert "<header>"`
 * and `This reverts commit <sha>.`), as semantic-release does: a `feat!:` and its revert make no release.
 * Newest first, so a revert of a revert cancels first and the original stays. A revert of a commit outside
 * the list stays (it undoes something released).
 */
function cancelReverts(commits) {
    const dropped = new Set();
    for (const c of commits) {
        if (!c.reverts || dropped.has(c.sha))
            continue;
        const target = commits.find(o => o !== c && !dropped.has(o.sha) && o.sha.startsWith(c.reverts));
        if (!target)
            continue;
        dropped.add(c.sha);
        dropped.add(target.sha);
    }
    return commits.filter(c => !dropped.has(c.sha));
}
function isConventional(c) {
    return c.type !== undefined;
}
/** The bump one commit calls for: breaking → major, feat → minor, fix/perf → patch, else none. */
function commitBump(c) {
    if (c.breaking)
        return 'major';
    if (c.type === 'feat' || c.type === 'feature')
        return 'minor';
    if (c.type === 'fix' || c.type === 'perf' || c.type === 'revert')
        return 'patch';
    return 'none';
}
const ORDER = ['none', 'patch', 'minor', 'major'];
function maxBump(a, b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
/** The changelog section of a type, or undefined for hidden types (docs, chore, ...). */
function sectionOf(type, types) {
    const entry = types.find(t => t.type === type);
    return entry && entry.effect !== 'hidden' ? entry.section : undefined;
}

// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
;// CONCATENATED MODULE: ./src/release/git.ts
// The git facts the tag stage needs, read with plain git commands (argv arrays, through util/git.ts, the one
// git runner): HEAD, tags with their peeled commits, reachability, commit logs, shallow-clone repair, and the
// remote.



async function readHead(host, cwd) {
    const top = await (0,git/* gitOk */.Tt)(host, cwd, ['rev-parse', '--show-toplevel']);
    if (top.code !== 0)
        throw new errors/* UserError */.yo(`${cwd} is not inside a git repository.`, {
            input: 'working-directory',
            fix: 'check the repository out first (actions/checkout with fetch-depth: 0).'
        });
    const [r, b] = await Promise.all([
        // `--` after every revision: a file named HEAD at the root would make the revision ambiguous.
        (0,git/* gitOk */.Tt)(host, cwd, ['log', '-1', '--format=%H %ct', 'HEAD', '--']),
        (0,git/* gitOk */.Tt)(host, cwd, ['symbolic-ref', '-q', '--short', 'HEAD'])
    ]);
    if (r.code !== 0 || !r.stdout.trim())
        throw new errors/* UserError */.yo('HEAD has no commit, so there is nothing to version.', {
            input: 'working-directory',
            fix: 'commit first, or check out a commit (actions/checkout with fetch-depth: 0).'
        });
    const [sha, time] = r.stdout.trim().split(' ');
    return {
        sha,
        time: Number(time),
        branch: b.code === 0 ? b.stdout.trim() || undefined : undefined,
        root: top.stdout.trim()
    };
}
/** Every tag whose name starts with `prefix`; `merged` limits them to tags reachable from HEAD. */
async function listTags(host, cwd, prefix, opts = {}) {
    const pattern = prefix ? `refs/tags/${prefix}*` : 'refs/tags';
    const args = ['for-each-ref', '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objectname)'];
    if (opts.merged)
        args.push('--merged=HEAD');
    args.push(pattern);
    const out = await (0,git/* git */.$Y)(host, cwd, args);
    const tags = [];
    for (const line of out.split('\n')) {
        if (!line)
            continue;
        const [ref, type, obj, peeled] = line.split('\0');
        const name = ref.slice('refs/tags/'.length);
        if (!name.startsWith(prefix))
            continue;
        tags.push({ name, commit: type === 'tag' ? peeled : obj, annotated: type === 'tag' });
    }
    return tags;
}
/**
 * Commits in `from..HEAD` (all of HEAD's history without `from`), newest first, optionally path-limited.
 * `-z` ends each commit with NUL and the fields are NUL-separated, so a record is exactly three fields: a
 * message may hold any other byte (0x1e included) without breaking the split. git cannot store NUL in one.
 */
async function readLog(host, cwd, from, paths = []) {
    const args = ['log', '-z', '--format=%H%x00%ct%x00%B', from ? `${from}..HEAD` : 'HEAD', '--', ...paths];
    const fields = (await (0,git/* git */.$Y)(host, cwd, args)).split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    if (fields.length % 3)
        throw new Error(`bug: git log gave ${fields.length} fields, not records of 3`);
    const commits = [];
    for (let i = 0; i < fields.length; i += 3) {
        const [sha, time, message] = fields.slice(i, i + 3);
        if (!/^[0-9a-f]{40,64}$/.test(sha) || !/^\d+$/.test(time))
            throw new Error(`bug: git log record ${i / 3} is not sha, time, message`);
        commits.push({ sha, time: Number(time), message: message.trim() });
    }
    return commits;
}
async function remotes(host, cwd) {
    return (await (0,git/* git */.$Y)(host, cwd, ['remote']))
        .split('\n')
        .map(s => s.trim())
        .filter(Boolean)
        .sort();
}
/** The remote to fetch from and push to: origin when there is one, else the only remote. */
async function pickRemote(host, cwd) {
    const list = await remotes(host, cwd);
    if (list.includes('origin'))
        return 'origin';
    return list.length === 1 ? list[0] : undefined;
}
const SHALLOW_FIX = 'check out the whole history: `uses: actions/checkout@v4` `with: { fetch-depth: 0 }` (or run `git fetch --tags --unshallow`).';
/**
 * A shallow clone hides tags and the commits since them, so a version derived from it would be silently
 * wrong. Fetch the full history and tags from the remote; when that is impossible, fail with the fix.
 */
async function ensureFullHistory(host, cwd) {
    const r = await (0,git/* git */.$Y)(host, cwd, ['rev-parse', '--is-shallow-repository']);
    if (r.trim() !== 'true')
        return { fetched: false };
    const remote = await pickRemote(host, cwd);
    if (remote) {
        host.logger.info(`shallow clone: fetching the full history and tags from ${remote}`);
        const f = await (0,git/* gitOk */.Tt)(host, cwd, [
            'fetch',
            '--quiet',
            '--tags',
            '--unshallow',
            '--no-recurse-submodules',
            remote
        ]);
        if (f.code === 0)
            return { fetched: true };
        host.logger.debug((0,log_safe/* oneLine */.TN)(f.stderr));
    }
    throw new errors/* UserError */.yo(`the repository is a shallow clone${remote ? ` and fetching its history from ${remote} failed` : ' without a remote to fetch from'}, so tags and commits are missing and the version would be wrong.`, { input: 'working-directory', fix: SHALLOW_FIX });
}
/** Tag names on `remote` (`git ls-remote --tags --refs`), or the reason they could not be read. */
async function remoteTagNames(host, cwd, remote) {
    const r = await (0,git/* gitOk */.Tt)(host, cwd, ['ls-remote', '--tags', '--refs', remote]);
    if (r.code !== 0)
        return { error: (0,log_safe/* oneLine */.TN)(r.stderr.trim().split('\n').pop() ?? `exit code ${r.code}`) };
    const names = [];
    for (const line of r.stdout.split('\n')) {
        const ref = line.split('\t')[1];
        if (ref?.startsWith('refs/tags/'))
            names.push(ref.slice('refs/tags/'.length));
    }
    return { names };
}
const NO_TAGS_FIX = 'fetch the tags: actions/checkout with fetch-depth: 0 (and fetch-tags: true), or run `git fetch --tags` before this step.';
/**
 * A full clone made without tags (`git clone --no-tags`, actions/checkout with fetch-tags: false) would give
 * 0.1.0, or a version below the real one, and push-tag would publish it. So compare the version tags (those
 * `isVersionTag` accepts) with the remote's first and fetch the missing ones; when that fails, stop with the
 * fix. A remote that cannot be read is a warning unless a tag is to be pushed there.
 */
async function ensureRemoteTags(host, cwd, local, isVersionTag, opts) {
    const remote = await pickRemote(host, cwd);
    if (!remote)
        return { fetched: 0 };
    const listed = await remoteTagNames(host, cwd, remote);
    if ('error' in listed) {
        const what = `cannot read the tags of the remote ${remote} (${listed.error})`;
        if (opts.mustRead)
            throw new errors/* UserError */.yo(`${what}, so the version could be below one that exists there.`, {
                input: 'push-tag',
                fix: 'check the remote URL and credentials (actions/checkout keeps them with persist-credentials: true).'
            });
        host.logger.warn(`${what}: the version is decided from the local tags only.`);
        return { fetched: 0 };
    }
    const missing = listed.names.filter(n => isVersionTag(n) && !local.has(n)).sort();
    if (!missing.length)
        return { fetched: 0 };
    host.logger.info(`${missing.length} version tag(s) of ${remote} are missing here (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}): fetching the tags`);
    const f = await (0,git/* gitOk */.Tt)(host, cwd, ['fetch', '--quiet', '--tags', '--no-recurse-submodules', remote]);
    if (f.code !== 0)
        throw new errors/* UserError */.yo(`the clone lacks ${missing.length} version tag(s) that ${remote} has (${missing.slice(0, 3).join(', ')}), and fetching them failed: ${(0,log_safe/* oneLine */.TN)(f.stderr.trim().split('\n').pop() ?? '')}`, { input: 'working-directory', fix: NO_TAGS_FIX });
    return { fetched: missing.length };
}

// EXTERNAL MODULE: ./src/model/gomod.ts
var gomod = __webpack_require__(2779);
;// CONCATENATED MODULE: ./src/release/go-module.ts
// Go's module rule for v2 and later: a module tagged vN (N ≥ 2) must have a module path ending in /vN (or
// gopkg.in's .vN), or the Go proxy rejects the tag for good. An error before a tag is made or pushed, a
// warning otherwise (Go applications such as Prometheus tag v2+ without /vN and never go-get themselves).


/** The module path of go.mod in `dir`, or undefined when there is no go.mod. */
async function modulePath(dir) {
    return (await (0,gomod/* readGoMod */.f)(dir))?.module?.path;
}
/** Does this prefix name Go module versions (`v`, `tools/v`)? */
function isGoPrefix(prefix) {
    return prefix === 'v' || prefix.endsWith('/v');
}
/** The major version a module path names: `/vN` (N ≥ 2), or gopkg.in's `.vN` (any N, `-unstable` allowed). */
function pathMajor(mod) {
    if (mod.startsWith('gopkg.in/')) {
        const m = /\.v(\d+)(?:-unstable)?$/.exec(mod);
        return m ? { major: Number(m[1]), gopkgIn: true } : undefined;
    }
    const m = /\/v(\d+)$/.exec(mod);
    return m && Number(m[1]) >= 2 ? { major: Number(m[1]), gopkgIn: false } : undefined;
}
/** The module path a module at `current` must have to publish major version `major`. */
function requiredPath(current, major) {
    if (current.startsWith('gopkg.in/'))
        return current.replace(/\.v\d+(-unstable)?$/, '') + `.v${major}`;
    const base = current.replace(/\/v\d+$/, '');
    return major >= 2 ? `${base}/v${major}` : base;
}
/**
 * Go's rule (golang.org/x/mod/module CheckPathMajor): a gopkg.in path's `.vN` must equal the major; a `/vN`
 * path publishes N.x only; a path without one publishes 0.x and 1.x only. Undefined when the version fits
 * (or the prefix does not name Go module versions, or there is no go.mod).
 */
async function goMajorProblem(dir, prefix, major) {
    if (!isGoPrefix(prefix))
        return undefined;
    const mod = await modulePath(dir);
    if (!mod)
        return undefined;
    const has = pathMajor(mod);
    const file = external_node_path_default().join(dir, 'go.mod');
    if (has?.gopkgIn || (has === undefined && mod.startsWith('gopkg.in/'))) {
        if (has?.major === major)
            return undefined;
        return {
            message: `version ${major}.x cannot be tagged for "module ${mod}" (${file}): a gopkg.in path names its major version as .vN, so ${has ? `it publishes ${has.major}.x only` : 'it needs one'}; the Go proxy would reject the tag forever.`,
            fix: `change go.mod to \`module ${requiredPath(mod, major)}\` (and the imports inside the module)${has ? `, or stay on ${has.major}.x` : ''}.`
        };
    }
    if (major >= 2 && has?.major !== major)
        return {
            message: `version ${major}.x needs the module path to end in /v${major}, but ${file} says "module ${mod}"; the Go proxy would reject the tag forever.`,
            fix: `change go.mod to \`module ${requiredPath(mod, major)}\` (and the imports inside the module), or stay on ${has?.major ?? 1}.x.`
        };
    if (major < 2 && has)
        return {
            message: `version ${major}.x cannot be tagged for "module ${mod}": a /v${has.major} module publishes v${has.major}.x only.`,
            fix: `tag v${has.major}.x, or change go.mod to \`module ${requiredPath(mod, 1)}\`.`
        };
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/model/semver.ts
var model_semver = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/release/version.ts
// The version decision: the `version` input, else the pushed tag, else a version tag already on HEAD, else
// the highest semver tag reachable from HEAD bumped by the conventional commits since it (0.1.0 when there
// is none). Ranking is node-semver's; only tags reachable from HEAD count as "previous".




/** Tags with the prefix whose rest is strict semver. Fails when none parse but some look like versions. */
function versionTags(tags, prefix, input = 'tag-prefix') {
    const out = [];
    const bad = [];
    for (const t of tags) {
        const rest = t.name.slice(prefix.length);
        const v = (0,model_semver/* parseStrict */.z3)(rest);
        if (v)
            out.push({ ...t, version: v });
        else if (/\d/.test(rest))
            bad.push(t.name);
    }
    if (!out.length && bad.length)
        throw new errors/* UserError */.yo(`no tag with the prefix "${prefix}" is a semantic version after the prefix (found ${bad
            .sort()
            .slice(0, 3)
            .join(', ')}${bad.length > 3 ? ', ...' : ''}).`, {
            input,
            fix: 'set tag-prefix to exactly the text before MAJOR.MINOR.PATCH (v, tools/v, or none for bare versions).'
        });
    return out.sort((a, b) => (0,model_semver/* rcompare */.aA)(a.version, b.version) || (a.name < b.name ? -1 : 1));
}
const version_short = (sha) => sha.slice(0, 7);
function bumpReason(commits, bump, since) {
    const from = since ? `since ${since.name}` : 'in the history';
    const counts = new Map();
    for (const c of commits)
        counts.set(c.type ?? 'other', (counts.get(c.type ?? 'other') ?? 0) + 1);
    const summary = [...counts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([t, n]) => `${n} ${t}`)
        .join(', ');
    const decisive = commits.find(c => commitBump(c) === bump && bump !== 'none');
    const why = decisive ? `; ${version_short(decisive.sha)} "${decisive.header}"` : '';
    return `${commits.length} commit${commits.length === 1 ? '' : 's'} ${from} (${summary})${why}`;
}
function nextPrerelease(base, id, tags) {
    let n = 0;
    for (const t of tags) {
        const v = t.version;
        if (v.major !== base.major || v.minor !== base.minor || v.patch !== base.patch)
            continue;
        if (v.prerelease.length === 2 && v.prerelease[0] === id && typeof v.prerelease[1] === 'number')
            n = Math.max(n, v.prerelease[1]);
    }
    return new (semver_default()).SemVer(`${base.version}-${id}.${n + 1}`);
}
/** The decision for a chosen version: its tag, the previous reachable version, and whether HEAD has it. */
function finisher(d, reachable) {
    const byName = new Map(d.tags.map(t => [t.name, t]));
    return async (version, source, bump, reason) => {
        // Build metadata is part of the tag (v1.2.3+build.5): the tag output must name a tag that exists.
        const tag = d.prefix + (0,model_semver/* fullVersion */.ol)(version);
        const existing = byName.get(tag);
        const stable = (0,model_semver/* isStable */.MQ)(version);
        const previous = reachable.find(t => (0,model_semver/* rcompare */.aA)(t.version, version) > 0 && (!stable || (0,model_semver/* isStable */.MQ)(t.version)));
        const releasedAtHead = source === 'ref' || existing?.commit === d.headSha;
        return {
            version,
            tag,
            previous,
            source,
            bump,
            reason,
            releasedAtHead,
            existing,
            commits: await d.loadCommits(previous)
        };
    };
}
/** The version of the pushed tag the workflow runs on, when it has the prefix. */
function refVersion(d) {
    const refTag = d.ref?.startsWith('refs/tags/') ? d.ref.slice('refs/tags/'.length) : undefined;
    if (!refTag?.startsWith(d.prefix))
        return undefined;
    const rest = refTag.slice(d.prefix.length);
    const v = (0,model_semver/* parseStrict */.z3)(rest);
    if (v)
        return { version: v, tag: refTag };
    if (/^\d/.test(rest))
        throw new errors/* UserError */.yo(`the pushed tag ${refTag} is not a semantic version after the prefix "${d.prefix}".`, {
            input: 'tag-prefix',
            fix: `push tags of the form ${d.prefix}MAJOR.MINOR.PATCH (as in ${d.prefix}1.4.0), or set tag-prefix to match.`
        });
    return undefined;
}
/** The bump the commits since `since` call for (auto), or the one the input forces, with the reason. */
function chooseBump(d, commits, since, highest) {
    if (d.bump !== 'auto')
        return { bump: d.bump, reason: `bump is ${d.bump}` };
    const b = commits.map(commitBump).reduce(maxBump, 'none');
    if (!since && !highest && d.detached && !commits.some(isConventional))
        throw new errors/* UserError */.yo(`HEAD is detached, no tag with the prefix "${d.prefix}" is reachable from it and no commit is a conventional commit, so there is nothing to derive a version from.`, {
            input: 'version',
            fix: 'set version (as in 1.0.0), or check out a branch with its tags (actions/checkout with fetch-depth: 0).'
        });
    // Commits that call for no bump (docs, chore, non-conventional) still change what HEAD builds, so the
    // next version is at least a patch; with no commit at all the version stays.
    let reason = bumpReason(commits, b, since);
    if (b === 'none' && commits.length)
        reason += '; no feat/fix/breaking commit, so a patch';
    return { bump: b === 'none' && commits.length ? 'patch' : b, reason };
}
/** The next major.minor.patch: the previous stable bumped, or a prerelease line promoted, or the first. */
function nextBase(d, bump, since, highest) {
    if (!since) {
        if (highest)
            return { base: (0,model_semver/* baseOf */.bx)(highest.version), initial: false };
        return { base: new (semver_default()).SemVer(bump === 'major' && !d.majorZero ? '1.0.0' : '0.1.0'), initial: true };
    }
    let b = bump === 'prerelease' || bump === 'none' ? 'patch' : bump;
    let note;
    if (b === 'major' && since.version.major === 0 && d.majorZero) {
        b = 'minor';
        note = 'major-zero: a breaking change bumps the minor while the major is 0';
    }
    let base = new (semver_default()).SemVer(since.version.version).inc(b);
    // A prerelease of this line or a later one (1.4.0-rc.2) is promoted rather than skipped over.
    if (highest && !(0,model_semver/* isStable */.MQ)(highest.version)) {
        const preBase = (0,model_semver/* baseOf */.bx)(highest.version);
        if (semver_default().gte(preBase, base))
            base = preBase;
    }
    return { base, initial: false, note };
}
async function decideVersion(d) {
    const reachable = d.tags.filter(t => d.reachable.has(t.name));
    const finish = finisher(d, reachable);
    if (d.versionInput)
        return finish(d.versionInput, 'input', 'none', 'set by the version input');
    const ref = refVersion(d);
    if (ref)
        return finish(ref.version, 'ref', 'none', `the workflow runs on the tag ${ref.tag}`);
    if (d.bump === 'auto') {
        const atHead = d.tags.find(t => t.commit === d.headSha);
        if (atHead)
            return finish(atHead.version, 'head-tag', 'none', `HEAD is already tagged ${atHead.name}`);
    }
    const highest = reachable[0];
    const stable = reachable.find(t => (0,model_semver/* isStable */.MQ)(t.version));
    if (d.bump === 'none') {
        if (!highest)
            throw new errors/* UserError */.yo(`bump is none, but no tag with the prefix "${d.prefix}" is reachable from HEAD.`, {
                input: 'bump',
                fix: 'use bump: auto (or set version), or fetch the tags (actions/checkout with fetch-depth: 0).'
            });
        return finish(highest.version, 'commits', 'none', `bump is none: the highest reachable tag ${highest.name}`);
    }
    const since = stable;
    const commits = await d.loadCommits(since);
    const chosen = chooseBump(d, commits, since, highest);
    if (chosen.bump === 'none' && since)
        return finish(since.version, 'commits', 'none', `no commits since ${since.name}`);
    const next = nextBase(d, chosen.bump, since, highest);
    let reason = chosen.reason;
    if (next.note)
        reason += `; ${next.note}`;
    if (next.initial)
        reason = `no tag with the prefix "${d.prefix}" is reachable from HEAD: the first version; ${reason}`;
    const preId = d.prerelease ??
        (chosen.bump === 'prerelease' ? String(highest?.version.prerelease[0] ?? 'rc') : undefined);
    const version = preId ? nextPrerelease(next.base, preId, d.tags) : next.base;
    return finish(version, next.initial ? 'initial' : 'commits', chosen.bump, reason);
}

// EXTERNAL MODULE: ./src/release/image-tags.ts
var image_tags = __webpack_require__(4980);
// EXTERNAL MODULE: ./src/model/labels.ts
var model_labels = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
;// CONCATENATED MODULE: ./src/release/changelog.ts
// The changelog of a release in markdown: the commits since the previous version, grouped by type
// (breaking changes first), each linked to its commit and its issues when the repository is known.


const SECTION_ORDER = ['Features', 'Bug Fixes', 'Performance Improvements', 'Reverts'];
function line(c, url) {
    const scope = c.scope ? `**${c.scope}:** ` : '';
    let text = c.subject ?? c.header;
    if (url)
        text = text.replace(/(^|[\s(])#(\d+)\b/g, (_m, pre, n) => `${pre}[#${n}](${url}/issues/${n})`);
    const sha = c.sha.slice(0, 7);
    return `* ${scope}${text} (${url ? `[${sha}](${url}/commit/${c.sha})` : sha})`;
}
async function changelog(i) {
    const { types } = await conventional();
    const url = i.repositoryUrl;
    const date = (0,format/* rfc3339 */.ag)(i.time).slice(0, 10);
    const title = url && i.previousTag ? `[${i.version}](${url}/compare/${i.previousTag}...${i.tag})` : i.version;
    const out = [`## ${title} (${date})`, ''];
    const breaking = i.commits.filter(c => c.breaking);
    if (breaking.length) {
        out.push('### ⚠ BREAKING CHANGES', '');
        for (const c of breaking)
            for (const note of c.notes.length ? c.notes : [c.subject ?? c.header])
                out.push(`* ${c.scope ? `**${c.scope}:** ` : ''}${note.split('\n')[0]}`);
        out.push('');
    }
    const sections = new Map();
    const other = [];
    for (const c of i.commits) {
        if (c.type === undefined) {
            if (!/^Merge (pull request|branch|remote-tracking)/.test(c.header))
                other.push(c);
            continue;
        }
        const s = sectionOf(c.type, types);
        if (!s)
            continue;
        sections.set(s, [...(sections.get(s) ?? []), c]);
    }
    for (const s of SECTION_ORDER) {
        const list = sections.get(s);
        if (!list)
            continue;
        out.push(`### ${s}`, '', ...list.map(c => line(c, url)), '');
    }
    if (other.length)
        out.push('### Other Changes', '', ...other.map(c => line(c, url)), '');
    if (out.length === 2)
        out.push('No notable changes.', '');
    return out.join('\n').trimEnd() + '\n';
}

// EXTERNAL MODULE: ./src/release/github.ts
var github = __webpack_require__(5506);
;// CONCATENATED MODULE: ./src/release/create-tag.ts
// Creating the release tag as a compare-and-set: absent → create it; present on the same commit → success,
// nothing to do; present on another commit → fail without touching it. Two runs racing on one commit both
// succeed. The annotated tag object is reproducible: the tagger date is the commit time.






const TAGGER = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
function movedTag(tag, other, sha) {
    return new errors/* UserError */.yo(`the tag ${tag} already exists on commit ${other.slice(0, 12)}, not on ${sha.slice(0, 12)}; it was left as it is.`, {
        input: 'version',
        fix: 'release a higher version (or drop the version input); never move a published tag.'
    });
}
async function remoteTagCommit(host, cwd, remote, tag) {
    const r = await (0,git/* gitOk */.Tt)(host, cwd, ['ls-remote', '--tags', remote, `refs/tags/${tag}`, `refs/tags/${tag}^{}`]);
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`cannot read tags from the remote ${remote}: ${(0,log_safe/* oneLine */.TN)(r.stderr.trim().split('\n').pop() ?? '')}`, {
            input: 'push-tag',
            fix: 'check the remote URL and credentials (actions/checkout keeps them with persist-credentials: true).'
        });
    let plain;
    let peeled;
    for (const line of r.stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (ref === `refs/tags/${tag}^{}`)
            peeled = sha;
        else if (ref === `refs/tags/${tag}`)
            plain = sha;
    }
    return peeled ?? plain;
}
async function localTagCommit(host, cwd, tag) {
    const r = await (0,git/* gitOk */.Tt)(host, cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : undefined;
}
/** push-tag: git — an annotated tag pushed with `git push` (no force). */
async function createTagGit(host, i) {
    const remote = await pickRemote(host, i.cwd);
    if (!remote)
        throw new errors/* UserError */.yo('the repository has no remote named origin (and not exactly one other) to push the tag to.', {
            input: 'push-tag',
            fix: 'add the remote as origin, or use push-tag: api.'
        });
    const there = await remoteTagCommit(host, i.cwd, remote, i.tag);
    if (there === i.sha)
        return { created: false, note: `${i.tag} already exists on ${remote} at this commit` };
    if (there)
        throw movedTag(i.tag, there, i.sha);
    const local = await localTagCommit(host, i.cwd, i.tag);
    if (local && local !== i.sha)
        throw movedTag(i.tag, local, i.sha);
    let madeLocal = false;
    if (!local) {
        const env = {
            ...host.env,
            GIT_COMMITTER_NAME: TAGGER.name,
            GIT_COMMITTER_EMAIL: TAGGER.email,
            GIT_COMMITTER_DATE: `${i.time} +0000`
        };
        const t = await (0,git/* gitOk */.Tt)(host, i.cwd, ['-c', 'tag.gpgSign=false', 'tag', '--annotate', '--cleanup=verbatim', '--file=-', i.tag, i.sha], {
            env,
            input: i.message.endsWith('\n') ? i.message : i.message + '\n'
        });
        if (t.code !== 0)
            throw new Error(`git tag ${i.tag} failed: ${(0,log_safe/* oneLine */.TN)(t.stderr.trim())}`);
        madeLocal = true;
    }
    const push = await (0,git/* gitOk */.Tt)(host, i.cwd, [
        'push',
        '--porcelain',
        remote,
        `refs/tags/${i.tag}:refs/tags/${i.tag}`
    ]);
    // --porcelain marks a ref the remote already had with this very object as "=": a concurrent run pushed the
    // same (reproducible) tag object first.
    const upToDate = push.stdout.split('\n').some(l => l.startsWith('=\t') && l.includes(`refs/tags/${i.tag}`));
    if (push.code === 0 && upToDate)
        return { created: false, note: `${i.tag} was created on ${remote} by a concurrent run at this commit` };
    if (push.code === 0)
        return { created: true, note: `created ${i.tag} on ${remote}` };
    // Rejected: another run may have pushed the same tag first. Re-read it and compare.
    const now = await remoteTagCommit(host, i.cwd, remote, i.tag);
    if (now === i.sha)
        return { created: false, note: `${i.tag} was created on ${remote} by a concurrent run at this commit` };
    if (madeLocal)
        await (0,git/* gitOk */.Tt)(host, i.cwd, ['tag', '--delete', i.tag]);
    if (now)
        throw movedTag(i.tag, now, i.sha);
    // The remote's messages (hooks print what they like) are shown escaped on one line.
    const why = (0,log_safe/* oneLine */.TN)((push.stderr + '\n' + push.stdout).trim().split('\n').filter(Boolean).slice(-3).join(' / '));
    throw new errors/* UserError */.yo(`pushing ${i.tag} to ${remote} failed: ${why}`, {
        input: 'push-tag',
        fix: 'give the job permission to push tags (permissions: contents: write) and check pre-push hooks and branch protection rules for tags.'
    });
}
function authProblem(status, body) {
    return new errors/* UserError */.yo(`GitHub refused the request (HTTP ${status}: ${String(body.message ?? '')}).`, {
        input: 'github-token',
        fix: 'give the token permission to write contents (permissions: contents: write in the workflow).'
    });
}
/** push-tag: api — a tag object and a ref through the GitHub REST API; a 422 on the ref is the CAS. */
async function createTagApi(api, i) {
    const there = await (0,github/* getTagCommit */.Ef)(api, i.tag);
    if (there === i.sha)
        return { created: false, note: `${i.tag} already exists on GitHub at this commit` };
    if (there)
        throw movedTag(i.tag, there, i.sha);
    const obj = await (0,github/* apiRequest */.AT)(api, 'POST', '/git/tags', {
        tag: i.tag,
        message: i.message,
        object: i.sha,
        type: 'commit',
        tagger: { ...TAGGER, date: (0,format/* rfc3339 */.ag)(i.time) }
    });
    if (obj.status === 401 || obj.status === 403)
        throw authProblem(obj.status, obj.body);
    if (obj.status !== 201)
        throw (0,github/* apiError */.pb)('create the tag object', obj);
    const ref = await (0,github/* apiRequest */.AT)(api, 'POST', '/git/refs', { ref: `refs/tags/${i.tag}`, sha: obj.body.sha });
    if (ref.status === 201)
        return { created: true, note: `created ${i.tag} through the GitHub API` };
    if (ref.status === 401 || ref.status === 403)
        throw authProblem(ref.status, ref.body);
    if (ref.status !== 422)
        throw (0,github/* apiError */.pb)('create the tag ref', ref);
    const now = await (0,github/* getTagCommit */.Ef)(api, i.tag);
    if (now === i.sha)
        return { created: false, note: `${i.tag} was created by a concurrent run at this commit` };
    if (now)
        throw movedTag(i.tag, now, i.sha);
    throw (0,github/* apiError */.pb)('create the tag ref', ref);
}

;// CONCATENATED MODULE: ./src/release/tag.ts
// The tag stage: decide the version (previous → next, and why), check Go's /vN rule, create the git tag as a
// compare-and-set (git push or the GitHub API), and derive image tags, OCI labels and the changelog.













/** Go finds a module in a subfolder by tags named `<folder>/vX.Y.Z`; say so when the prefix disagrees. */
async function warnGoPrefix(host, cwd, rel, prefix) {
    if (!rel || rel.startsWith('..') || !(await modulePath(cwd)))
        return;
    const want = `${rel.split((external_node_path_default()).sep).join('/')}/v`;
    if (prefix !== want && (prefix === 'v' || prefix.endsWith('/v')))
        host.logger.warn(`the Go module in ${rel} is versioned by tags named ${want}X.Y.Z, but tag-prefix is "${prefix}": set tag-prefix: ${want} so go get finds the versions.`);
}
function render(template, vars) {
    return template.replace(/\{\{\s*(version|tag|previous|changelog)\s*\}\}/g, (_m, k) => vars[k] ?? '');
}
/** Every version tag with the prefix, all and reachable; missing tags of the remote are fetched first. */
async function readTags(opts, host, fetchedHistory) {
    const cwd = opts.workingDirectory;
    const prefix = opts.tagPrefix;
    const list = () => 
    // The two tag listings are independent; the reachability walk dominates, so run them side by side.
    Promise.all([listTags(host, cwd, prefix), listTags(host, cwd, prefix, { merged: true })]);
    let [allRefs, reachableRefs] = await list();
    if (!fetchedHistory) {
        const isVersion = (n) => n.startsWith(prefix) && (0,model_semver/* parseStrict */.z3)(n.slice(prefix.length)) !== undefined;
        const local = new Set(allRefs.map(t => t.name));
        const { fetched } = await ensureRemoteTags(host, cwd, local, isVersion, {
            mustRead: opts.pushTag === 'git' && !opts.dryRun
        });
        if (fetched)
            [allRefs, reachableRefs] = await list();
    }
    return { all: versionTags(allRefs, prefix), reachable: new Set(reachableRefs.map(t => t.name)) };
}
/** Read the repository and decide the version (nothing is written). */
async function decide(opts, ci, host) {
    await (0,fs/* requireDirectory */.T)(opts.workingDirectory, 'working-directory');
    const cwd = opts.workingDirectory;
    // Fails clearly outside a repository or on an unborn HEAD; deepening a shallow clone does not move HEAD.
    const head = await readHead(host, cwd);
    const { fetched } = await ensureFullHistory(host, cwd);
    const prefix = opts.tagPrefix;
    const { all, reachable } = await readTags(opts, host, fetched);
    const rel = external_node_path_default().relative(head.root, external_node_path_default().resolve(cwd));
    // git runs in the module folder, so '.' limits the log to it.
    const paths = rel && !rel.startsWith('..') ? ['.'] : [];
    const cache = new Map();
    const decision = await decideVersion({
        prefix,
        versionInput: opts.version,
        ref: ci.ref,
        bump: opts.bump,
        prerelease: opts.prerelease,
        majorZero: opts.majorZero,
        tags: all,
        reachable,
        headSha: head.sha,
        detached: head.branch === undefined,
        async loadCommits(since) {
            const key = since?.name ?? '';
            if (!cache.has(key))
                cache.set(key, cancelReverts(await parseCommits(await readLog(host, cwd, since?.name, paths))));
            return cache.get(key);
        }
    });
    await warnGoPrefix(host, cwd, rel, prefix);
    const v = decision.version;
    const goMajor = await goMajorProblem(cwd, prefix, v.major);
    host.logger.info(`version ${decision.previous ? (0,model_semver/* fullVersion */.ol)(decision.previous.version) : '(none)'} → ${(0,model_semver/* fullVersion */.ol)(v)} (${decision.reason})`);
    return { head, all, reachable, decision, rel, goMajor };
}
/** The commits call for no release: the version is the existing tag's. */
function noChange(decision) {
    return decision.source === 'commits' && decision.existing !== undefined && decision.bump === 'none';
}
/** Create (or in a dry run, describe) the git tag when push-tag asks for it and HEAD is not released yet. */
async function createTag(opts, ci, host, d, notes) {
    const { decision, head } = d;
    const v = decision.version;
    const creates = !decision.releasedAtHead && opts.pushTag !== 'false' && !noChange(decision);
    if (d.goMajor && creates)
        throw new errors/* UserError */.yo(d.goMajor.message, {
            input: decision.source === 'input' ? 'version' : 'tag-prefix',
            fix: d.goMajor.fix
        });
    if (d.goMajor)
        host.logger.warn(`${d.goMajor.message} Fix: ${d.goMajor.fix}`);
    if (decision.releasedAtHead)
        return { released: true, created: false, tagAction: `${decision.tag} is on HEAD already` };
    if (opts.pushTag === 'false')
        return { released: false, created: false, tagAction: 'no tag pushed (push-tag: false)' };
    if (noChange(decision))
        return {
            released: false,
            created: false,
            tagAction: `nothing to release: no changes since ${decision.tag}`
        };
    // The tag exists (as fetched) on another commit: fail before anything is made. The compare-and-set below
    // still guards against a tag created on the remote since the fetch.
    if (decision.existing)
        throw movedTag(decision.tag, decision.existing.commit, head.sha);
    // A version at or below the highest reachable one is no release.
    const highest = d.all.find(t => d.reachable.has(t.name));
    if (highest && (0,model_semver/* compare */.UD)(v, highest.version) <= 0)
        throw new errors/* UserError */.yo(`${(0,model_semver/* fullVersion */.ol)(v)} is not above the highest version reachable from HEAD (${highest.name}), so it cannot be released here.`, {
            input: 'version',
            fix: `release a version above ${(0,model_semver/* fullVersion */.ol)(highest.version)}, or drop the version input.`
        });
    const input = {
        cwd: opts.workingDirectory,
        tag: decision.tag,
        sha: head.sha,
        time: head.time,
        message: render(opts.message, {
            version: (0,model_semver/* fullVersion */.ol)(v),
            tag: decision.tag,
            previous: decision.previous?.name ?? '',
            changelog: notes
        })
    };
    if (opts.dryRun)
        return {
            released: true,
            created: false,
            tagAction: `dry run: would create ${decision.tag} at ${head.sha.slice(0, 12)} (push-tag: ${opts.pushTag})`
        };
    let r;
    if (opts.pushTag === 'git')
        r = await createTagGit(host, input);
    else {
        if (!opts.githubToken || !ci.repository)
            throw new errors/* UserError */.yo('push-tag: api needs a token and the repository.', {
                input: 'github-token',
                fix: 'pass github-token (the default ${{ github.token }} works with permissions: contents: write).'
            });
        r = await createTagApi({
            apiUrl: ci.apiUrl,
            repository: ci.repository,
            token: opts.githubToken,
            retry: opts.apiRetry
        }, input);
    }
    return { released: true, created: r.created, tagAction: r.note };
}
/** The image title label: the repository name, else the module path's last element, else the folder. */
async function imageTitle(ci, cwd) {
    const mod = await modulePath(cwd);
    return (ci.repository.split('/')[1] ||
        mod
            ?.replace(/\/v\d+$/, '')
            .split('/')
            .pop() ||
        external_node_path_default().basename(external_node_path_default().resolve(cwd)));
}
/** The pull request's base branch from the event payload (metadata-action's {{base_ref}}). */
function baseRefOf(ci) {
    const pr = ci.payload.pull_request;
    return typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined;
}
/** Image tags from the rules, and the OCI labels. */
async function deriveTags(opts, ci, d, released) {
    const { decision, head } = d;
    const v = decision.version;
    const refTag = ci.ref.startsWith('refs/tags/') ? ci.ref.slice('refs/tags/'.length) : undefined;
    const branch = ci.ref.startsWith('refs/heads/')
        ? ci.ref.slice('refs/heads/'.length)
        : ci.ref
            ? undefined
            : head.branch;
    const evaluated = (0,image_tags/* evaluateTags */.fU)(opts.rules, {
        version: v,
        tag: decision.tag,
        versioned: released || decision.source === 'input',
        tags: d.all,
        latest: opts.latest,
        eventName: ci.eventName,
        branch,
        defaultBranch: ci.defaultBranch,
        pullRequest: ci.pullRequest,
        baseRef: baseRefOf(ci),
        refTag,
        sha: head.sha,
        time: head.time
    });
    const versionLabel = released || decision.source === 'input'
        ? (0,model_semver/* fullVersion */.ol)(v)
        : (evaluated.names[0] ?? `sha-${head.sha.slice(0, 7)}`);
    const labels = (0,model_labels/* ociLabels */.TT)({
        ...(0,model_labels/* repositoryLabels */.cQ)(ci),
        version: versionLabel,
        revision: head.sha,
        created: head.time,
        title: await imageTitle(ci, opts.workingDirectory)
    });
    return { names: evaluated.names, notes: evaluated.notes, labels };
}
async function tag(opts, ci, host) {
    const d = await decide(opts, ci, host);
    const { decision, head } = d;
    const notes = await changelog({
        version: (0,model_semver/* fullVersion */.ol)(decision.version),
        tag: decision.tag,
        previousTag: decision.previous?.name,
        commits: decision.commits,
        time: head.time,
        repositoryUrl: ci.repository ? `${ci.serverUrl}/${ci.repository}` : undefined
    });
    const made = await createTag(opts, ci, host, d, notes);
    host.logger.info(made.tagAction);
    const derived = await deriveTags(opts, ci, d, made.released);
    return {
        version: (0,model_semver/* fullVersion */.ol)(decision.version),
        previousVersion: decision.previous ? (0,model_semver/* fullVersion */.ol)(decision.previous.version) : '',
        tag: decision.tag,
        previousTag: decision.previous?.name ?? '',
        created: made.created,
        released: made.released,
        releasedAtHead: decision.releasedAtHead,
        source: decision.source,
        bump: decision.bump,
        reason: decision.reason,
        sha: head.sha,
        created_at: (0,format/* rfc3339 */.ag)(head.time),
        tagNames: derived.names,
        tags: opts.images.flatMap(image => derived.names.map(n => `${image}:${n}`)),
        labels: derived.labels,
        notes: derived.notes,
        changelog: notes,
        dryRun: opts.dryRun,
        tagAction: made.tagAction
    };
}
function labelLines(r) {
    return (0,model_labels/* keyValueLines */.E5)(r.labels);
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

/***/ 216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tagOptions: () => (/* binding */ tagOptions),
  tagStage: () => (/* binding */ tagStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/runtime/inputs.ts
var inputs = __webpack_require__(2291);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/model/semver.ts
var semver = __webpack_require__(9645);
// EXTERNAL MODULE: ./src/release/image-tags.ts
var image_tags = __webpack_require__(4980);
;// CONCATENATED MODULE: ./src/release/ref-format.ts
// git's rules for reference names (`git check-ref-format`, refs.c), so a tag prefix git would refuse fails
// up front with the rule it breaks instead of as a failed git call. Written from the rules listed in
// git-check-ref-format(1) and git tag's own extra rule (a tag name cannot start with `-`).
/** What breaks git's rules in a full reference name (`refs/tags/v1.2.3`), or undefined when it is valid. */
function refFormatProblem(refname) {
    if (refname === '@')
        return 'it is the single character @';
    if (refname.endsWith('.'))
        return 'it ends with "."';
    if (refname.includes('..'))
        return 'it contains ".."';
    if (refname.includes('@{'))
        return 'it contains "@{"';
    for (const ch of refname) {
        const code = ch.codePointAt(0);
        if (code < 0x20 || code === 0x7f)
            return 'it contains a control character';
        if (' ~^:?*[\\'.includes(ch))
            return `it contains ${ch === ' ' ? 'a space' : `"${ch}"`}`;
    }
    for (const component of refname.split('/')) {
        if (!component)
            return 'it has an empty part (a leading, trailing or doubled "/")';
        if (component.startsWith('.'))
            return `the part "${component}" starts with "."`;
        if (component.endsWith('.lock'))
            return `the part "${component}" ends with ".lock"`;
    }
    return undefined;
}
/** What breaks git's rules for a tag name (without refs/tags/), or undefined. */
function tagNameProblem(name) {
    if (name.startsWith('-'))
        return 'it starts with "-"';
    return refFormatProblem(`refs/tags/${name}`);
}

// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
// EXTERNAL MODULE: ./src/release/tag.ts + 6 modules
var tag = __webpack_require__(3625);
// EXTERNAL MODULE: ./src/stages/github-token.ts
var github_token = __webpack_require__(4932);
;// CONCATENATED MODULE: ./src/stages/tag.ts
// The tag stage (actions/tag, `gantry tag`): the version, the git tag, image tags, OCI labels and the
// changelog. The CLI takes the token for push-tag: api from GITHUB_TOKEN.










const tag_inputs = {
    'working-directory': {
        kind: 'string',
        description: 'The Go module folder (holds go.mod); for a submodule, also set tag-prefix (tools/v).',
        default: '.'
    },
    version: {
        kind: 'string',
        description: 'The version to use (1.4.0 or v1.4.0). Empty: the pushed tag on a tag push, else the highest reachable tag bumped by the conventional commits since it.'
    },
    bump: {
        kind: 'enum',
        values: ['auto', 'major', 'minor', 'patch', 'prerelease', 'none'],
        description: 'auto (from conventional commits), major, minor, patch, prerelease or none.',
        default: 'auto'
    },
    'tag-prefix': {
        kind: 'string',
        description: 'The text before the version in tag names: v, tools/v for a Go module in tools/, or none for bare versions.',
        default: 'v'
    },
    prerelease: {
        kind: 'string',
        description: 'A prerelease identifier: rc makes 1.4.0-rc.1, then rc.2, ... Empty: a stable version.'
    },
    'major-zero': {
        kind: 'bool',
        description: 'While the major version is 0, a breaking change bumps the minor version.',
        default: 'true'
    },
    images: {
        kind: 'list',
        description: 'Image names (ghcr.io/octo/hello), one per line or comma-separated; the tags output lists every image with every tag.'
    },
    tags: {
        kind: 'list',
        commas: false,
        description: "Image tag rules, one per line, in docker/metadata-action style (type=semver,pattern={{major}}.{{minor}}, type=sha, type=ref,event=branch, type=raw,value={{branch}}-{{sha}}; metadata-action's global expressions work in value, prefix and suffix). Empty: gantry's defaults (see docs/tag.md)."
    },
    latest: {
        kind: 'enum',
        values: ['auto', 'true', 'false'],
        description: 'auto (only the highest stable version among all tags gets latest), true or false.',
        default: 'auto'
    },
    'push-tag': {
        kind: 'enum',
        values: ['false', 'git', 'api'],
        aliases: { true: 'git' },
        description: 'false; git (push an annotated tag with git) or api (create the tag through the GitHub REST API).',
        default: 'false'
    },
    message: {
        kind: 'string',
        description: 'The annotated tag message; {{version}}, {{tag}}, {{previous}} and {{changelog}} are replaced.',
        default: 'Release {{tag}}'
    },
    'github-token': {
        kind: 'secret',
        description: 'Token for push-tag: api (contents: write).',
        default: '${{ github.token }}',
        actionOnly: true
    },
    'dry-run': {
        kind: 'bool',
        description: 'Print what would be done (tag, image tags) and change nothing.',
        default: 'false'
    }
};
const outputs = {
    version: { encode: 'text', description: 'The version, without prefix (1.4.0, 1.5.0-rc.2).' },
    'previous-version': {
        encode: 'text',
        description: 'The highest version reachable from HEAD below it, or empty.'
    },
    tag: { encode: 'text', description: 'The git tag of the version (v1.4.0, tools/v0.3.0).' },
    created: { encode: 'bool', description: 'true when this run created the git tag.' },
    tags: {
        encode: 'lines',
        description: 'Full image references (image:tag), one per line, for every image and tag.'
    },
    'tag-names': { encode: 'lines', description: 'The image tag names alone, one per line.' },
    labels: { encode: 'text', description: 'OCI labels (org.opencontainers.image.*), key=value lines.' },
    annotations: { encode: 'text', description: 'The same keys as OCI annotations, key=value lines.' },
    json: {
        encode: 'json',
        description: 'Everything above as JSON, plus the decision (source, bump, reason, released) and notes.'
    },
    changelog: { encode: 'text', description: 'Markdown changelog of the commits since the previous version.' }
};
function parseTag(i, env) {
    const tagPrefix = i['tag-prefix'].toLowerCase() === 'none' ? '' : i['tag-prefix'];
    // git check-ref-format's rules, on a tag this prefix would make.
    const problem = tagNameProblem(`${tagPrefix}1.0.0`);
    if (problem)
        throw new errors/* UserError */.yo(`"${i['tag-prefix']}" cannot start a tag name: git refuses ${tagPrefix}1.0.0, ${problem}.`, {
            input: 'tag-prefix',
            fix: 'use a prefix git accepts as the start of a tag (as in v or tools/v), or none.'
        });
    const prerelease = i.prerelease || undefined;
    if (prerelease !== undefined && !/^[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*$/.test(prerelease))
        throw new errors/* UserError */.yo(`"${prerelease}" is not a prerelease identifier.`, {
            input: 'prerelease',
            fix: 'write letters (with digits or -), as in rc, beta or alpha.'
        });
    const token = (0,github_token/* githubToken */.b)(i['github-token'], env) || undefined;
    if (i['push-tag'] === 'api' && !token)
        throw new errors/* UserError */.yo('push-tag: api needs a token.', {
            input: 'github-token',
            fix: 'pass github-token: ${{ github.token }} with permissions: contents: write (the CLI reads GITHUB_TOKEN).'
        });
    return {
        workingDirectory: external_node_path_default().resolve(env.cwd, i['working-directory']),
        version: i.version ? (0,semver/* parseVersionInput */.gX)(i.version) : undefined,
        bump: i.bump,
        tagPrefix,
        prerelease,
        majorZero: i['major-zero'],
        images: [...new Set(i.images.map(x => (0,image_ref/* validateImage */.m_)(x)))],
        rules: i.tags.length ? i.tags.map(image_tags/* parseRule */.iT) : (0,image_tags/* defaultRules */.Z4)(),
        latest: i.latest,
        pushTag: i['push-tag'],
        message: i.message,
        githubToken: token,
        dryRun: i['dry-run']
    };
}
function tagJson(r) {
    return {
        version: r.version,
        previousVersion: r.previousVersion,
        tag: r.tag,
        previousTag: r.previousTag,
        created: r.created,
        released: r.released,
        source: r.source,
        bump: r.bump,
        reason: r.reason,
        sha: r.sha,
        createdAt: r.created_at,
        tagAction: r.tagAction,
        dryRun: r.dryRun,
        tags: r.tags,
        tagNames: r.tagNames,
        labels: Object.fromEntries(r.labels),
        annotations: Object.fromEntries(r.labels),
        notes: r.notes,
        changelog: r.changelog
    };
}
const tagStage = (0,stage/* defineStage */.wf)({
    name: 'tag',
    action: 'tag',
    title: 'gantry tag',
    description: 'Decide the next semver version from tags and conventional commits, create the git tag safely, and derive image tags, OCI labels and a changelog.',
    summary: 'decide the next version, create the git tag, and derive image tags, labels and the changelog',
    branding: { icon: 'tag', color: 'blue' },
    inputs: tag_inputs,
    outputs,
    parse: parseTag,
    run: (o, ctx) => (0,tag/* tag */.T)(o, ctx.ci, ctx.host),
    output: r => ({
        version: r.version,
        'previous-version': r.previousVersion,
        tag: r.tag,
        created: r.created,
        tags: r.tags,
        'tag-names': r.tagNames,
        labels: (0,tag/* labelLines */._)(r),
        annotations: (0,tag/* labelLines */._)(r),
        json: tagJson(r),
        changelog: r.changelog
    }),
    report: r => ({
        title: 'gantry tag',
        table: {
            columns: ['previous', 'next', 'why', 'tag'],
            rows: [
                [r.previousVersion || '(none)', { bold: r.version }, r.reason, [{ code: r.tag }, `: ${r.tagAction}`]]
            ]
        },
        facts: [
            {
                label: 'Image tags:',
                value: r.tagNames.length
                    ? r.tagNames.flatMap((n, k) => (k ? [' ', { code: n }] : [{ code: n }]))
                    : 'none'
            }
        ],
        notes: r.notes
    })
});
/** The tag stage's options from raw input strings, as the action would parse them (tests, benchmarks). */
function tagOptions(raw, cwd, env = {}) {
    return parseTag((0,inputs/* parseInputs */.TL)(tag_inputs, raw), (0,stage/* localParseEnv */._N)(cwd, env));
}


/***/ })

};

//# sourceMappingURL=216.index.js.map