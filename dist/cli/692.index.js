export const id = 692;
export const ids = [692];
export const modules = {

/***/ 3971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ plan),
/* harmony export */   h5: () => (/* binding */ resolveTargets)
/* harmony export */ });
/* unused harmony exports suggest, matrixEntry */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1917);
/* harmony import */ var _toolchain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9029);
/* harmony import */ var _model_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5936);
// The plan stage: turn a target expression (`default`, `linux/arm/v7`, `!windows/386`, ...) into the list of
// targets, validated against the installed toolchain's ports, and the matrix a workflow fans out over.




const WORDS = ['default', 'first-class', 'all'];
function levenshtein(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The nearest valid os/arch pairs to a misspelled one, best first. */
function suggest(wanted, ports, count = 3) {
    const w = wanted.toLowerCase().split('/').slice(0, 2).join('/');
    return ports
        .map(p => `${p.goos}/${p.goarch}`)
        .map(name => ({ name, d: levenshtein(w, name) }))
        .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : 1))
        .slice(0, count)
        .map(x => x.name);
}
function expandWord(word, ports) {
    const usable = ports.filter(p => !p.broken);
    if (word === 'default')
        return _model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TARGETS */ .b6.map(t => ({ ...t }));
    if (word === 'first-class')
        return usable.filter(p => p.firstClass).map(p => (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeTarget */ .R_)({ goos: p.goos, goarch: p.goarch }));
    return usable.map(p => (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeTarget */ .R_)({ goos: p.goos, goarch: p.goarch }));
}
/** Resolve target expressions against the toolchain's ports. Pure: the ports are passed in. */
function resolveTargets(items, ports, input = 'targets') {
    const included = [];
    const excluded = [];
    const check = (t, raw) => {
        const port = ports.find(p => p.goos === t.goos && p.goarch === t.goarch);
        if (!port)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`unknown target "${raw}": the installed Go toolchain has no port ${t.goos}/${t.goarch}.`, {
                input,
                fix: `did you mean ${suggest(raw, ports).join(', ')}? \`go tool dist list\` prints every port.`
            });
        if (port.broken)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`target "${raw}" is marked broken in this Go toolchain.`, {
                input,
                fix: 'remove it from the list.'
            });
    };
    const items2 = items.map(s => s.trim()).filter(Boolean);
    if (!items2.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('no targets given.', {
            input,
            fix: 'write default, or a list such as linux/amd64, linux/arm64.'
        });
    for (const item of items2) {
        const negate = item.startsWith('!');
        const body = negate ? item.slice(1).trim() : item;
        if (WORDS.includes(body.toLowerCase())) {
            if (negate)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${item}": a word cannot be excluded.`, {
                    input,
                    fix: 'exclude single targets, as in !windows/386.'
                });
            included.push(...expandWord(body.toLowerCase(), ports));
            continue;
        }
        if (!body.includes('/'))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`unknown target "${item}".`, {
                input,
                fix: `write os/arch[/variant] (as in linux/arm/v7) or one of ${WORDS.join(', ')}${/^[a-z0-9]+$/i.test(body) ? `; nearest ports: ${suggest(body, ports).join(', ')}` : ''}.`
            });
        const t = (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL)(body, input);
        check(t, body);
        if (negate)
            excluded.push({ target: t, anyVariant: body.split('/').length === 2 });
        else
            included.push(t);
    }
    const result = [];
    for (const t of included) {
        if (result.some(r => (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .sameTarget */ .cS)(r, t)))
            continue;
        const drop = excluded.some(e => e.anyVariant ? e.target.goos === t.goos && e.target.goarch === t.goarch : (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .sameTarget */ .cS)(e.target, t));
        if (!drop)
            result.push(t);
    }
    if (!result.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the exclusions remove every target.', { input, fix: 'keep at least one target.' });
    result.sort(_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .compareTargets */ .wu);
    const warnings = [];
    for (const t of result) {
        if (t.goarch === 'amd64' &&
            t.variant &&
            !result.some(r => r.goos === t.goos && r.goarch === 'amd64' && !r.variant))
            warnings.push(`${(0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE)(t)} has no plain ${t.goos}/amd64 beside it: an image index with only ${(0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE)(t)} cannot be pulled by hosts without that CPU level. Add ${t.goos}/amd64 to the targets if you build images.`);
    }
    return { targets: result, warnings };
}
function matrixEntry(t) {
    const entry = {
        goos: t.goos,
        goarch: t.goarch,
        variant: t.variant ?? '',
        platform: (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE)(t),
        id: (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toId */ .Lr)(t)
    };
    const envName = (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .variantEnvName */ .C$)(t.goarch);
    if (envName) {
        const value = (0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toGoEnv */ .Nm)(t)[envName];
        if (value)
            entry[envName.toLowerCase()] = value;
    }
    return entry;
}
async function plan(opts, host) {
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_1__/* .requireDirectory */ .T)(opts.workingDirectory, 'working-directory');
    const ports = await (0,_toolchain_js__WEBPACK_IMPORTED_MODULE_2__/* .distList */ .V4)(host, opts.workingDirectory);
    const { targets, warnings } = resolveTargets(opts.targets, ports, opts.input);
    for (const w of warnings)
        host.logger.warn(w);
    const platforms = targets.map(_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE);
    return {
        targets,
        matrix: { include: targets.map(matrixEntry) },
        platforms,
        imagePlatforms: targets.filter(t => t.goos === 'linux').map(_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE),
        warnings
    };
}


/***/ }),

/***/ 9029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ GO_ENV_SCHEMA),
/* harmony export */   E1: () => (/* binding */ cachedModuleGoEnv),
/* harmony export */   U3: () => (/* binding */ goCommand),
/* harmony export */   V4: () => (/* binding */ distList),
/* harmony export */   _K: () => (/* binding */ checkGoLines),
/* harmony export */   qs: () => (/* binding */ DIST_LIST_SCHEMA)
/* harmony export */ });
/* unused harmony exports goEnv, goVersion, moduleGoEnv, compareGoVersions, goEnvKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2817);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3174);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8854);
/* harmony import */ var _util_disk_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(708);
// The Go toolchain on PATH: its version, its environment (kept between runs while nothing it depends on
// changes) and the ports it supports (`go tool dist list`, kept per go binary), and go.mod's go and toolchain
// lines checked against it.









/** The go command to run: $GO if set (a path to a go binary), else `go` from PATH. */
function goCommand(host) {
    return host.env.GANTRY_GO || 'go';
}
async function runGo(host, args, cwd) {
    try {
        const r = await host.exec(goCommand(host), args, { cwd });
        return r.stdout;
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo('no Go toolchain found on PATH.', {
                input: 'go',
                fix: 'install Go first (for example with actions/setup-go) or put the go command on PATH.'
            });
        throw err;
    }
}
const DIST_LIST_SCHEMA = {
    type: 'array',
    items: {
        type: 'object',
        required: ['GOOS', 'GOARCH'],
        properties: {
            GOOS: { type: 'string' },
            GOARCH: { type: 'string' },
            CgoSupported: { type: 'boolean' },
            FirstClass: { type: 'boolean' },
            Broken: { type: 'boolean' }
        }
    }
};
const GO_ENV_SCHEMA = { type: 'object', additionalProperties: { type: 'string' } };
/** Where the go command lives (PATH searched for a bare name), for keying what only the binary decides. */
async function goBinary(host) {
    const go = goCommand(host);
    if (go.includes('/'))
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(go);
    for (const dir of (host.env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)).filter(Boolean)) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, go);
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p).catch(() => undefined))?.isFile())
            return p;
    }
    return undefined;
}
/**
 * `go tool dist list -json`, parsed. The list depends only on the toolchain, so it is kept between runs under
 * a key of the go binary's path, size and time (and GOROOT): a warm rebuild starts no `go tool dist`.
 */
async function distList(host, cwd) {
    const bin = await goBinary(host);
    const st = bin ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(bin).catch(() => undefined) : undefined;
    const key = st
        ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(JSON.stringify([bin, st.size, st.mtimeMs, st.ino, host.env.GOROOT ?? '']))
            .digest('hex')
        : undefined;
    let raw = key ? await (0,_util_disk_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .readCached */ .Jr)(host.env, 'go-dist-list', key, DIST_LIST_SCHEMA) : undefined;
    if (!raw) {
        const out = await runGo(host, ['tool', 'dist', 'list', '-json'], cwd);
        raw = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonAs */ .WT)(out, DIST_LIST_SCHEMA, 'go tool dist list -json');
        if (key)
            await (0,_util_disk_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .writeCached */ .Ug)(host.env, 'go-dist-list', key, raw);
    }
    return raw.map(p => ({
        goos: p.GOOS,
        goarch: p.GOARCH,
        cgoSupported: Boolean(p.CgoSupported),
        firstClass: Boolean(p.FirstClass),
        broken: Boolean(p.Broken)
    }));
}
/** `go env -json` for the given variables, run in `cwd` (so go.work / toolchain lines apply). */
async function goEnv(host, names, cwd) {
    const out = await runGo(host, ['env', '-json', ...names], cwd);
    return (0,_util_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonAs */ .WT)(out, GO_ENV_SCHEMA, 'go env -json');
}
/** The toolchain's version, e.g. `go1.26.8`. */
async function goVersion(host, cwd) {
    const env = await goEnv(host, ['GOVERSION'], cwd);
    return env.GOVERSION;
}
/**
 * `go env -json` in the module folder, where go applies go.mod's go and toolchain lines: when go refuses
 * (go.mod needs a newer Go under GOTOOLCHAIN=local, a broken go.mod), go's own message is the error.
 */
async function moduleGoEnv(host, moduleDir, names) {
    try {
        return await goEnv(host, names, moduleDir);
    }
    catch (err) {
        if (!(err instanceof _util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .ExecError */ .c))
            throw err;
        const text = err.result.stderr || err.result.stdout;
        const needs = /requires go >= ?([0-9][^\s;)]*)/.exec(text)?.[1];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the go command refuses to work in ${moduleDir}:\n${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__/* .quoteLines */ .Cx)(text)}`, needs
            ? {
                input: 'working-directory',
                fix: `install Go ${needs} or later first (actions/setup-go with go-version-file: go.mod), or allow go to fetch it with GOTOOLCHAIN=auto in env.`
            }
            : {
                input: 'working-directory',
                fix: 'fix what go reports in go.mod or go.work (go mod tidy shows the same).'
            });
    }
}
function parseGoVersion(v) {
    const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(alpha|beta|rc)(\d+))?$/.exec(v.trim());
    if (!m)
        return undefined;
    const kind = m[3] !== undefined ? 4 : m[4] ? ['alpha', 'beta', 'rc'].indexOf(m[4]) + 1 : 0;
    return { major: Number(m[1]), minor: Number(m[2] ?? 0), kind, n: Number(m[3] ?? m[5] ?? 0) };
}
/**
 * Compare Go versions as Go does (1.21 < 1.21rc1 < 1.21.0 < 1.21.1); `go` prefixes allowed. Undefined when
 * either is not a Go version (a devel toolchain, `default`).
 */
function compareGoVersions(a, b) {
    const x = parseGoVersion(a);
    const y = parseGoVersion(b);
    if (!x || !y)
        return undefined;
    return x.major - y.major || x.minor - y.minor || x.kind - y.kind || x.n - y.n;
}
/**
 * go.mod's go line is the least Go that may build the module, its toolchain line the one its authors build
 * with. A go line above the toolchain is an error (go would refuse anyway); a toolchain line above it, a
 * warning: the binaries are built with an older Go than the module asks for.
 */
function checkGoLines(mod, goVersion, file) {
    if (mod.go && (compareGoVersions(mod.go, goVersion) ?? 0) > 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file} says go ${mod.go}, but the Go toolchain is ${goVersion}.`, {
            input: 'working-directory',
            fix: `install Go ${mod.go} or later first (actions/setup-go with go-version-file: go.mod), or allow go to fetch it with GOTOOLCHAIN=auto in env.`
        });
    if (mod.toolchain && (compareGoVersions(mod.toolchain, goVersion) ?? 0) > 0)
        return [
            `${file} asks for toolchain ${mod.toolchain}, but ${goVersion} builds (GOTOOLCHAIN keeps it): the binaries are built with the older Go. Install ${mod.toolchain} (actions/setup-go with go-version-file: go.mod), or set GOTOOLCHAIN=auto in env to let go fetch it.`
        ];
    return [];
}
// The first bytes of an executable the OS runs directly (ELF, Mach-O and its universal form, PE): a go that
// starts otherwise is a script (an asdf or goenv shim) that may pick another toolchain in every folder.
const EXECUTABLE_MAGIC = [
    /^\x7fELF/,
    /^(\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe|\xca\xfe\xba\xbe)/,
    /^MZ/
];
/** The go binary as a key part (real path, size, times, inode), or undefined when it may be a shim. */
async function realGoBinary(host) {
    const found = await goBinary(host);
    const real = found ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(found).catch(() => undefined) : undefined;
    // A symlink to a tool that is not go (mise links go to itself) picks the toolchain per folder as well.
    if (!real || !/^go(\.exe)?$/i.test(node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(real)))
        return undefined;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, 'r').catch(() => undefined);
    if (!fh)
        return undefined;
    try {
        const head = Buffer.alloc(4);
        await fh.read(head, 0, 4, 0);
        if (!EXECUTABLE_MAGIC.some(m => m.test(head.toString('latin1'))))
            return undefined;
        const st = await fh.stat();
        return [real, st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev];
    }
    finally {
        await fh.close();
    }
}
/** The user's go env file (`go env -w` writes it), as go finds it: GOENV, else the OS's config folder. */
function userGoEnvFile(env) {
    if (env.GOENV)
        return env.GOENV === 'off' ? undefined : env.GOENV;
    const home = env.HOME || node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir();
    const platform = node_os__WEBPACK_IMPORTED_MODULE_2___default().platform();
    const config = platform === 'win32'
        ? env.AppData
        : platform === 'darwin'
            ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, 'Library', 'Application Support')
            : env.XDG_CONFIG_HOME || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.config');
    return config ? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(config, 'go', 'env') : undefined;
}
/** The go.work that applies in `dir` (GOWORK, else the nearest one above), as go looks for it. */
async function goWorkFile(env, dir) {
    if (env.GOWORK)
        return env.GOWORK === 'off' ? undefined : env.GOWORK;
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dir);; d = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d)) {
        const f = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(d, 'go.work');
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(f).catch(() => undefined))?.isFile())
            return f;
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d) === d)
            return undefined;
    }
}
const text = (file) => file ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => '') : Promise.resolve('');
/**
 * A key for `go env` in a module folder: everything its answer depends on. The go binary (a real go, not a
 * shim); GOROOT's go.env and the user's go env file (their text: defaults such as GOTOOLCHAIN, GOPROXY);
 * the environment go reads (GO*, CGO_*, the home and cache folders, PATH); the folder; and the text of
 * go.mod and go.work, whose go and toolchain lines can switch the toolchain or make go refuse.
 */
async function goEnvKey(host, moduleDir) {
    const bin = await realGoBinary(host);
    if (!bin)
        return undefined;
    const env = host.env;
    const goroot = env.GOROOT || node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(String(bin[0])));
    const vars = Object.entries(env)
        .filter(([k]) => /^(GO|CGO_)/.test(k) || ENV_KEYS.includes(k))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const files = await Promise.all([
        text(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(goroot, 'go.env')),
        text(userGoEnvFile(env)),
        text(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(moduleDir, 'go.mod')),
        goWorkFile(env, moduleDir).then(f => Promise.all([f ?? '', text(f)]))
    ]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([bin, node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(moduleDir), vars, files]))
        .digest('hex');
}
const ENV_KEYS = [
    'HOME',
    'XDG_CONFIG_HOME',
    'XDG_CACHE_HOME',
    'PATH',
    'USERPROFILE',
    'AppData',
    'LocalAppData'
];
/**
 * moduleGoEnv, kept between runs under goEnvKey: a warm rebuild starts no `go env` (50 ms of go's start-up
 * before the first build). A refusal is never kept, so a go.mod go would refuse is asked again (its text is
 * in the key). Without a key (a shim, no go found), go is asked every time.
 */
async function cachedModuleGoEnv(host, moduleDir, names) {
    const key = await goEnvKey(host, moduleDir)
        .then(k => k &&
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update(JSON.stringify([k, names]))
            .digest('hex'))
        .catch(() => undefined);
    const kept = key
        ? await (0,_util_disk_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .readCached */ .Jr)(host.env, 'go-env', key, GO_ENV_SCHEMA)
        : undefined;
    if (kept && names.every(n => typeof kept[n] === 'string'))
        return kept;
    const fresh = await moduleGoEnv(host, moduleDir, names);
    if (key)
        await (0,_util_disk_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .writeCached */ .Ug)(host.env, 'go-env', key, fresh);
    return fresh;
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


/***/ })

};

//# sourceMappingURL=692.index.js.map