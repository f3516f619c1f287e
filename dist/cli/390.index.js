export const id = 390;
export const ids = [390];
export const modules = {

/***/ 526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ STRINGS_SCHEMA),
  m: () => (/* binding */ lateChecks)
});

// EXTERNAL MODULE: ./src/util/disk-cache.ts
var disk_cache = __webpack_require__(708);
// EXTERNAL MODULE: ./src/go/build.ts + 6 modules
var build = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/go/main-package.ts
var main_package = __webpack_require__(4420);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/go/ldflags.ts
var go_ldflags = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/go/linker-vars.ts
// `-X importpath.name=value` sets a package-level string variable at link time, and the linker says nothing
// when the variable does not exist: glow declares main.Version, the default ldflags set main.version, and its
// binaries report "unknown". -s strips the symbol table, so the binary cannot be asked afterwards; instead
// the package's Go files are read for the variable (a small scanner of top-level `var` declarations).



/** The variables the `-X` flags of rendered ldflags set (`-X a.b=c`, `-X=a.b=c`, `--X`). */
function linkerVars(ldflags) {
    const words = (0,go_ldflags/* splitFlags */.g0)(ldflags);
    const out = [];
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        let def;
        if (w === '-X' || w === '--X')
            def = words[++i];
        else if (/^--?X=/.test(w))
            def = w.slice(w.indexOf('=') + 1);
        if (!def)
            continue;
        const sym = def.split('=')[0];
        const dot = sym.lastIndexOf('.');
        if (dot > 0 && dot < sym.length - 1)
            out.push({ pkg: sym.slice(0, dot), name: sym.slice(dot + 1) });
    }
    return out;
}
/** Go tokens enough to see declarations: identifiers, punctuation, newlines; comments and literals skipped. */
function tokens(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (c === '\n') {
            out.push({ kind: 'newline', text: '\n' });
            i++;
        }
        else if (/\s/.test(c))
            i++;
        else if (src.startsWith('//', i))
            i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
        else if (src.startsWith('/*', i)) {
            const end = src.indexOf('*/', i + 2);
            if (src.slice(i, end < 0 ? src.length : end).includes('\n'))
                out.push({ kind: 'newline', text: '\n' });
            i = end < 0 ? src.length : end + 2;
        }
        else if (c === '`')
            i = src.indexOf('`', i + 1) < 0 ? src.length : src.indexOf('`', i + 1) + 1;
        else if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < src.length && src[j] !== c && src[j] !== '\n')
                j += src[j] === '\\' ? 2 : 1;
            out.push({ kind: 'ident', text: '_literal' });
            i = j + 1;
        }
        else if (/[\p{L}_]/u.test(c)) {
            const m = /^[\p{L}\p{Nd}_]+/u.exec(src.slice(i, i + 256));
            out.push({ kind: 'ident', text: m[0] });
            i += m[0].length;
        }
        else {
            out.push({ kind: 'punct', text: c });
            i++;
        }
    }
    return out;
}
/** The names a var spec starting at `i` declares: an identifier list up to its type or `=`. */
function specNames(t, i) {
    const names = [];
    while (t[i]?.kind === 'ident') {
        names.push(t[i].text);
        if (t[i + 1]?.text !== ',')
            break;
        i += 2;
    }
    return names;
}
/** Every package-level variable a Go source file declares (`var x T`, `var ( a, b = ... )`). */
function declaredVars(src) {
    const t = tokens(src);
    const found = new Set();
    let depth = 0;
    for (let i = 0; i < t.length; i++) {
        const tok = t[i];
        if ('({['.includes(tok.text) && tok.kind === 'punct')
            depth++;
        else if (')}]'.includes(tok.text) && tok.kind === 'punct')
            depth--;
        else if (depth === 0 && tok.kind === 'ident' && tok.text === 'var') {
            if (t[i + 1]?.text !== '(') {
                for (const n of specNames(t, i + 1))
                    found.add(n);
                continue;
            }
            // A var block: a spec starts after the opening parenthesis and after each newline or ; at its level.
            let level = 0;
            let start = true;
            for (i = i + 1; i < t.length; i++) {
                const x = t[i];
                if (x.kind === 'punct' && '({['.includes(x.text))
                    level++;
                else if (x.kind === 'punct' && ')}]'.includes(x.text) && --level === 0)
                    break;
                if (level === 1 && start && x.kind === 'ident')
                    for (const n of specNames(t, i))
                        found.add(n);
                start = level === 1 && (x.kind === 'newline' || x.text === ';' || x.text === '(');
            }
        }
    }
    return found;
}
/** The package-level variables of a package, read from its Go files (every build context's). */
async function packageVars(dir, files) {
    const all = new Set();
    for (const f of files) {
        const src = await (0,promises_.readFile)(external_node_path_default().join(dir, f), 'utf8').catch(() => '');
        for (const v of declaredVars(src))
            all.add(v);
    }
    return all;
}
/** The warning for -X variables a package does not declare, naming near spellings when there are some. */
function missingVarsWarning(vars, where, declared) {
    const near = new Map();
    for (const v of vars) {
        const n = [...declared].find(d => d.toLowerCase() === v.name.toLowerCase());
        if (n)
            near.set(v.name, n);
    }
    const flags = vars.map(v => `-X ${v.pkg}.${v.name}`).join(', ');
    const names = vars.map(v => v.name + (near.has(v.name) ? ` (it has ${near.get(v.name)})` : '')).join(', ');
    const fix = near.size
        ? ` Write ${[...near.entries()].map(([, n]) => `-X ${vars[0].pkg}.${n}=...`).join(' ')} in ldflags.`
        : '';
    return `ldflags set ${flags}, but ${where} declares no variable ${names}: the linker ignores ${vars.length > 1 ? 'them' : 'it'}, so the binaries do not carry ${vars.length > 1 ? 'those values' : 'that value'}.${fix}`;
}

// EXTERNAL MODULE: ./src/go/cgo.ts
var cgo = __webpack_require__(9177);
;// CONCATENATED MODULE: ./src/go/build-checks.ts
// Checks of a build that only warn, run beside the builds so they cost no wall time (and kept per clean
// commit, so a warm rebuild spends no CPU on them either): ldflags `-X` variables the packages do not
// declare (the linker ignores them silently), and dependencies whose C code is left out because cgo is off
// (go-sqlite3 then compiles to a stub that fails at run time).





// Both kept lists (warnings, dependency paths) are lists of strings: one schema, compiled once.
const STRINGS_SCHEMA = { type: 'array', items: { type: 'string' } };
/**
 * -X variables of the rendered ldflags that their package does not declare, one warning each. What a package
 * declares follows from the sources, so for a commit whose Go inputs are all committed the warnings are kept
 * between runs, keyed on the variables' names (their values, the version and commit, change every run).
 */
async function linkerVarWarnings(plan, host) {
    const t = plan.targets[0];
    const sets = plan.mains.map(main => ({ main, vars: linkerVars((0,build/* renderedLdflags */.bg)(plan, main, t)) }));
    const key = (0,build/* sourceKey */.Zt)(plan.source, host, [
        'linker-vars',
        plan.moduleDir,
        sets.map(s => [s.main.pkg, s.main.files, s.vars])
    ]);
    const kept = key ? await (0,disk_cache/* readCached */.Jr)(host.env, 'go-linker-vars', key, STRINGS_SCHEMA) : undefined;
    if (kept)
        return kept;
    const { warnings, complete } = await findLinkerVarWarnings(plan, host, sets);
    if (key && complete)
        await (0,disk_cache/* writeCached */.Ug)(host.env, 'go-linker-vars', key, warnings);
    return warnings;
}
async function findLinkerVarWarnings(plan, host, sets) {
    const warnings = [];
    const others = new Map();
    for (const { main, vars } of sets) {
        const mine = vars.filter(v => v.pkg === 'main');
        if (mine.length) {
            const declared = await packageVars(main.dir, main.files);
            const missing = mine.filter(v => !declared.has(v.name));
            if (missing.length)
                warnings.push(missingVarsWarning(missing, `package main (${main.pkg})`, declared));
        }
        for (const v of vars.filter(x => x.pkg !== 'main'))
            if (!others.get(v.pkg)?.some(o => o.name === v.name))
                others.set(v.pkg, [...(others.get(v.pkg) ?? []), v]);
    }
    if (!others.size)
        return { warnings, complete: true };
    const listed = await (0,main_package/* listPackages */.Ad)(host, plan.moduleDir, [...others.keys()]).catch(() => undefined);
    if (!listed)
        return { warnings, complete: false };
    for (const [pkg, vars] of others) {
        const found = listed.find(l => l.ImportPath === pkg && !l.Error && l.Dir);
        if (!found)
            continue;
        const declared = await packageVars(found.Dir, [...(found.GoFiles ?? []), ...(found.IgnoredGoFiles ?? [])]);
        const missing = vars.filter(v => !declared.has(v.name));
        if (missing.length)
            warnings.push(missingVarsWarning(missing, `package ${pkg}`, declared));
    }
    return { warnings, complete: true };
}
/**
 * Dependencies that lose their C code with cgo off. The list follows from the sources, so for a commit whose
 * Go inputs are all committed it is kept between runs (a warm rebuild does not load the package graph again).
 */
async function cgoWarnings(plan, host) {
    if (plan.opts.cgo)
        return [];
    const env = (0,build/* buildEnv */.WB)(plan, { goos: plan.hostTarget.goos, goarch: plan.hostTarget.goarch }, host.env);
    const pkgs = plan.mains.map(m => m.pkg);
    const key = (0,build/* sourceKey */.Zt)(plan.source, host, [
        'cgo-deps',
        plan.moduleDir,
        plan.goVersion,
        pkgs,
        plan.opts.tags,
        plan.opts.env
    ]);
    let deps = key ? await (0,disk_cache/* readCached */.Jr)(host.env, 'go-cgo-deps', key, STRINGS_SCHEMA) : undefined;
    if (!deps) {
        deps = await (0,cgo/* cgoDependencies */.LB)(host, plan.moduleDir, pkgs, { tags: plan.opts.tags, env });
        if (key && deps)
            await (0,disk_cache/* writeCached */.Ug)(host.env, 'go-cgo-deps', key, deps);
    }
    return deps?.length ? [(0,cgo/* cgoOffWarning */.ve)(deps)] : [];
}
/** Every warning of the late checks; a failing check warns nothing (the build reports real problems). */
async function lateChecks(plan, host) {
    const [vars, cgo] = await Promise.all([
        linkerVarWarnings(plan, host).catch(() => []),
        cgoWarnings(plan, host).catch(() => [])
    ]);
    return [...vars, ...cgo];
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WB: () => (/* binding */ buildEnv),
  yI: () => (/* binding */ prepareBuild),
  Iq: () => (/* binding */ releaseBuild),
  bg: () => (/* binding */ renderedLdflags),
  cM: () => (/* binding */ runBuild),
  Zt: () => (/* binding */ sourceKey)
});

// UNUSED EXPORTS: DEFAULT_LOCK_TIMEOUT_MS, build, buildCommand, splitVerbose, templateValues

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/fs-errors.ts
var fs_errors = __webpack_require__(8889);
// EXTERNAL MODULE: ./src/util/log-safe.ts
var log_safe = __webpack_require__(8854);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(1917);
// EXTERNAL MODULE: ./src/util/concurrency.ts
var concurrency = __webpack_require__(3731);
// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __webpack_require__(6178);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/go/plan.ts
var plan = __webpack_require__(3971);
// EXTERNAL MODULE: ./src/go/toolchain.ts
var toolchain = __webpack_require__(9029);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/go/ldflags.ts
var ldflags = __webpack_require__(7885);
// EXTERNAL MODULE: ./src/util/git.ts
var git = __webpack_require__(3968);
// EXTERNAL MODULE: ./src/model/semver.ts
var semver = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/go/version.ts
// What a build stamps into binaries and archives: the version (input, pushed tag, or a dev version), the
// commit, and the time — the commit's, never the clock's, so two builds of one commit are identical.




// What go reads besides the packages' own files: a path ending so (the pathspecs *.go, *go.mod, *go.sum,
// *go.work, *go.work.sum, as git matches them, * crossing folders) is a Go input.
const GO_INPUT = /(\.go|go\.mod|go\.sum|go\.work|go\.work\.sum)$/;
/**
 * `git status --porcelain -z` read for both questions a build asks: is a tracked file under the folder
 * changed (dirty: the binaries are not the commit's), and does any Go input differ from HEAD, untracked ones
 * included (then nothing derived from the sources is kept for the commit). One git process, not two.
 */
function workTreeState(status) {
    const fields = status.split('\0');
    let dirty = false;
    let goInputsClean = true;
    for (let i = 0; i < fields.length; i++) {
        const entry = fields[i];
        if (entry.length < 4)
            continue;
        const code = entry.slice(0, 2);
        const paths = [entry.slice(3)];
        // A rename or copy names its source in the next field: a Go file renamed away is a changed Go input.
        if (/[RC]/.test(code))
            paths.push(fields[++i] ?? '');
        if (code !== '??')
            dirty = true;
        if (paths.some(p => GO_INPUT.test(p)))
            goInputsClean = false;
    }
    return { dirty, goInputsClean };
}
/** The time used outside git without SOURCE_DATE_EPOCH: the earliest time a zip entry can hold. */
const FIXED_DATE = '1980-01-01T00:00:00Z';
/**
 * The commit and its time. SOURCE_DATE_EPOCH wins when set (the reproducible-builds convention); then the
 * commit time of HEAD; outside git, 1980-01-01T00:00:00Z. The two git calls run side by side (a warm
 * rebuild waits for the slower, not the sum); `--` keeps a file named HEAD from making HEAD ambiguous.
 */
async function sourceInfo(host, dir, opts = {}) {
    if (opts.sourceDateEpoch !== undefined && !/^\d+$/.test(opts.sourceDateEpoch))
        throw new errors/* UserError */.yo(`"${opts.sourceDateEpoch}" is not a number of seconds.`, {
            input: 'SOURCE_DATE_EPOCH',
            fix: 'set it to a Unix time in seconds (git log -1 --format=%ct) or unset it.'
        });
    // %D decorates HEAD with its refs: the tags on it come with the commit (`tag: v1.2.3`), in one call.
    const [log, status] = await Promise.all([
        (0,git/* gitOutput */.oM)(host, dir, ['log', '-1', '--format=%H %cI %D', '--decorate-refs=refs/tags/v*', 'HEAD', '--']),
        // Untracked files too: an untracked Go file changes what go builds, though not the tracked tree.
        (0,git/* gitOutput */.oM)(host, dir, ['status', '--porcelain', '-z', '--untracked-files=all', '--', '.'], { raw: true })
    ]);
    const [head, iso, ...refs] = (log ?? '').split(' ');
    const tags = refs
        .join(' ')
        .split(', ')
        .flatMap(r => (r.startsWith('tag: ') ? [r.slice(5)] : []));
    const inGit = Boolean(head && /^[0-9a-f]{40,64}$/.test(head));
    const commit = inGit ? head : (opts.sha ?? '').replace(/^0+$/, '');
    let date;
    let dateSource = 'commit';
    if (opts.sourceDateEpoch !== undefined) {
        date = (0,format/* rfc3339 */.ag)(Number(opts.sourceDateEpoch));
        dateSource = 'SOURCE_DATE_EPOCH';
    }
    else if (inGit && iso)
        date = (0,format/* rfc3339 */.ag)(new Date(iso));
    if (!date) {
        date = FIXED_DATE;
        dateSource = 'fixed';
    }
    const tree = status === undefined ? undefined : workTreeState(status);
    return {
        commit,
        date,
        dateSource,
        dirty: inGit && Boolean(tree?.dirty),
        goInputsClean: inGit && Boolean(tree?.goInputsClean),
        headTags: inGit ? tags.filter(t => /^v[0-9]/.test(t)) : []
    };
}
/** The highest semver v-tag of a list (`v1.2.3`, `v1.2.3+build.5`), or undefined. */
function highestVersionTag(tags) {
    let best;
    for (const tag of tags) {
        const v = (0,semver/* parseStrict */.z3)(tag.slice(1));
        if (tag.startsWith('v') &&
            v &&
            (!best || (0,semver/* compare */.UD)(v, best.v) > 0 || ((0,semver/* compare */.UD)(v, best.v) === 0 && tag > best.tag)))
            best = { tag, version: (0,semver/* fullVersion */.ol)(v), v };
    }
    return best && { tag: best.tag, version: best.version };
}
/**
 * The version: the `version` input; else a pushed tag `refs/tags/v<semver>` (a `v`-tag that is not semver is a
 * UserError: it looks like a release); else the highest semver v-tag on HEAD (as `git describe --exact-match`
 * would find it, so a local `gantry build` of a tagged commit is that release); else `0.0.0-dev+<short
 * commit>` (`0.0.0-dev` without a commit).
 */
function resolveVersion(opts) {
    if (opts.version)
        return { version: (0,semver/* normalizeVersion */.Qj)(opts.version, 'version'), source: 'input' };
    const tag = /^refs\/tags\/(.+)$/.exec(opts.ref ?? '')?.[1];
    if (tag && /^v\d/.test(tag)) {
        try {
            return { version: (0,semver/* normalizeVersion */.Qj)(tag, 'version'), source: 'tag', tag };
        }
        catch {
            throw new errors/* UserError */.yo(`the pushed tag "${tag}" is not a semantic version, so no version can be taken from it.`, {
                input: 'version',
                fix: 'tag releases as vMAJOR.MINOR.PATCH (v1.2.3), or set the version input.'
            });
        }
    }
    const onHead = highestVersionTag(opts.headTags ?? []);
    if (onHead)
        return { version: onHead.version, source: 'head-tag', tag: onHead.tag };
    const short = opts.commit.slice(0, 7);
    return { version: short ? `0.0.0-dev+${short}` : '0.0.0-dev', source: 'dev' };
}

// EXTERNAL MODULE: ./src/go/main-package.ts
var main_package = __webpack_require__(4420);
// EXTERNAL MODULE: ./src/go/dist.ts
var go_dist = __webpack_require__(9048);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/go/parallelism.ts
// How many go builds run at once. Cores alone are not enough: a compile and link of a large module takes GBs,
// and running every target at once is the classic CI out-of-memory failure. So the default is
// min(cores, available memory / per-build budget), at least 1, and never more than there are targets.

/** Memory one go build is assumed to need at its peak (compile + link of a mid-size module). */
const BUILD_MEMORY_BUDGET = 2 * 1024 ** 3;
/**
 * Memory a build can use now. process.availableMemory() follows cgroup limits (containers, Kubernetes runners)
 * and, on Linux, MemAvailable (free + reclaimable cache). macOS reports only truly free pages, which look tiny
 * on a machine with a full file cache, so there half of the physical memory counts as available at least.
 */
function availableMemory() {
    const avail = typeof process.availableMemory === 'function' ? process.availableMemory() : external_node_os_default().freemem();
    return process.platform === 'darwin' ? Math.max(avail, external_node_os_default().totalmem() / 2) : avail;
}
function chooseParallelism(requested, targets, machine = {
    cores: external_node_os_default().availableParallelism(),
    freeMemory: availableMemory()
}) {
    const gib = (n) => `${(n / 1024 ** 3).toFixed(1)} GiB`;
    if (requested !== 'auto') {
        const value = Math.max(1, Math.min(requested, targets));
        return {
            value,
            reason: `set by the parallelism input (${requested}${value < requested ? `, capped at ${targets} targets` : ''})`
        };
    }
    const byMemory = Math.max(1, Math.floor(machine.freeMemory / BUILD_MEMORY_BUDGET));
    const byCores = Math.max(1, machine.cores);
    const value = Math.max(1, Math.min(byCores, byMemory, targets));
    const limit = value === targets && targets < Math.min(byCores, byMemory)
        ? `the target count: ${targets} (cores: ${byCores}, memory allows ${byMemory})`
        : byMemory < byCores
            ? `memory: ${gib(machine.freeMemory)} available / ${gib(BUILD_MEMORY_BUDGET)} per build = ${byMemory} (cores: ${byCores})`
            : `cores: ${byCores} (memory would allow ${byMemory}: ${gib(machine.freeMemory)} available / ${gib(BUILD_MEMORY_BUDGET)} per build)`;
    return { value, reason: `auto, limited by ${limit}` };
}

;// CONCATENATED MODULE: ./src/go/diagnostics.ts
// Compiler output -> structured diagnostics (`file.go:12:5: message`), so the adapters can put each error on
// its file and line (::error file=...,line=...,col=...::).

// go build prints `path/file.go:12:5: msg` (and vet-style `./file.go:12: msg`); lines starting with `#` name
// the package, and indented lines continue the previous message.
const LINE = /^(?<file>(?:[A-Za-z]:)?[^\s:][^:]*\.(?:go|s|c|h|mod|sum)):(?<line>\d+)(?::(?<col>\d+))?: (?<msg>.+)$/;
/**
 * Parse go build's stderr. `cwd` is where go ran (relative paths in the output are relative to it); file
 * names in the result are relative to `workspace`.
 */
function parseDiagnostics(stderr, cwd, workspace) {
    const out = [];
    for (const raw of stderr.split(/\r?\n/)) {
        const m = LINE.exec(raw.trim());
        if (m?.groups) {
            const abs = external_node_path_default().resolve(cwd, m.groups.file);
            const rel = external_node_path_default().relative(workspace, abs);
            out.push({
                file: rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs : rel.split((external_node_path_default()).sep).join('/'),
                line: Number(m.groups.line),
                column: m.groups.col ? Number(m.groups.col) : undefined,
                message: m.groups.msg
            });
        }
        else if (/^\s+\S/.test(raw) && out.length) {
            out[out.length - 1].message += `\n${raw.trim()}`;
        }
    }
    return out;
}
/** Drop repeats (the same error reported for several targets). */
function uniqueDiagnostics(list) {
    const seen = new Set();
    return list.filter(d => {
        const k = `${d.file}:${d.line}:${d.column ?? ''}:${d.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

// EXTERNAL MODULE: ./src/model/artifacts.ts
var model_artifacts = __webpack_require__(2314);
// EXTERNAL MODULE: ./src/model/gomod.ts
var gomod = __webpack_require__(2779);
// EXTERNAL MODULE: ./src/go/cgo.ts
var cgo = __webpack_require__(9177);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(2817);
;// CONCATENATED MODULE: ./src/go/modules.ts
// Module download and verification before the builds: `go mod download` once for every target, with go.mod
// and go.sum put back as they were (a build never rewrites them; a line go had to add is an error), then
// `go mod verify` against go.sum — once per go.sum: a verified module cache carries a marker named by go.sum's
// hash (in GOMODCACHE, so it travels in the cache entry saved after it), and a cache restored with that
// marker is not verified again (35 s for golang-migrate's 1,022-line go.sum, against a 17.7 s build); when
// the marker also names this go.mod, the download is skipped too.






/** Snapshot files; the returned function restores them and names those that had changed. */
async function snapshot(files) {
    const before = await Promise.all(files.map(f => (0,promises_.readFile)(f).catch(() => undefined)));
    return async () => {
        const changed = [];
        for (const [i, f] of files.entries()) {
            const now = await (0,promises_.readFile)(f).catch(() => undefined);
            if (now?.equals(before[i] ?? Buffer.alloc(0)) || (!now && !before[i]))
                continue;
            changed.push(external_node_path_default().basename(f));
            if (before[i])
                await (0,promises_.writeFile)(f, before[i]);
            else
                await (0,promises_.rm)(f, { force: true });
        }
        return changed;
    };
}
/** The marker a verified module cache carries for one go.sum (GOMODCACHE/cache/gantry/verified-<sha256>). */
function verifiedMarker(goModCache, goSumHash) {
    return external_node_path_default().join(goModCache, 'cache', 'gantry', `verified-${goSumHash}`);
}
async function verifyModules(host, moduleDir) {
    const r = await host.exec((0,toolchain/* goCommand */.U3)(host), ['mod', 'verify'], { cwd: moduleDir, ignoreReturnCode: true });
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`go mod verify failed: the module cache does not match go.sum:\n${(0,log_safe/* quoteLines */.Cx)(r.stdout + r.stderr, 6)}`, {
            input: 'verify-modules',
            fix: 'run go clean -modcache (or drop the restored cache) and build again; if go.sum itself is wrong, fix it with go mod tidy.'
        });
}
/** go mod download, with go.mod and go.sum put back as they were; a line go had to add is an error. */
async function download(host, moduleDir) {
    const restore = await snapshot(['go.mod', 'go.sum'].map(f => external_node_path_default().join(moduleDir, f)));
    try {
        await host.exec((0,toolchain/* goCommand */.U3)(host), ['mod', 'download'], { cwd: moduleDir });
    }
    catch (err) {
        await restore();
        if (!(err instanceof exec/* ExecError */.c))
            throw err;
        throw new errors/* UserError */.yo(`go mod download failed:\n${(0,log_safe/* quoteLines */.Cx)(err.result.stderr, 6)}`, {
            input: 'working-directory',
            fix: 'check go.mod and go.sum (go mod tidy), and that the module proxy (GOPROXY) serves every required version.'
        });
    }
    const changed = await restore();
    if (changed.length)
        throw new errors/* UserError */.yo(`${changed.join(' and ')} ${changed.length > 1 ? 'are' : 'is'} not complete: go mod download had to add to ${changed.join(' and ')}, and a build never rewrites them.`, { input: 'working-directory', fix: 'run go mod tidy in the module and commit go.mod and go.sum.' });
}
/**
 * Download and verify the modules. A marker for this go.sum that names this go.mod too says both were done
 * for exactly these files in this module cache: then neither runs again (a warm rebuild of golang-migrate
 * skips 0.16 s of `go mod download` and 22-35 s of `go mod verify`). A module gone missing since is
 * downloaded by go build itself.
 */
async function downloadModules(host, moduleDir, verify, cache = { goModCache: '', goSumHash: '' }) {
    const marker = cache.goModCache && cache.goSumHash ? verifiedMarker(cache.goModCache, cache.goSumHash) : '';
    const seen = marker && verify ? await (0,promises_.readFile)(marker, 'utf8').catch(() => undefined) : undefined;
    if (seen !== undefined && cache.goModHash && seen.includes(`go.mod sha256 ${cache.goModHash}`))
        return { verify: 'marker', download: 'marker' };
    await download(host, moduleDir);
    if (!verify)
        return { verify: 'off', download: 'done' };
    if (seen === undefined)
        await verifyModules(host, moduleDir);
    // Verified now or before, and complete for this go.mod: the marker names both files.
    if (marker) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(marker), { recursive: true });
        await (0,promises_.writeFile)(marker, `go mod verify passed for go.sum sha256 ${cache.goSumHash}\ngo.mod sha256 ${cache.goModHash ?? ''}\n`);
    }
    return { verify: seen === undefined ? 'verified' : 'marker', download: 'done' };
}

// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/go/archive.ts
// Deterministic archives: tar.gz (tar-stream + zlib) and zip (yazl), all loaded only when an archive is
// written (a CLI start that writes none does not load them). Entries are sorted, carry one fixed
// time (the commit's), fixed modes (0755 executables, 0644 others) and no owner, so the same inputs give the
// same bytes on any machine, in any folder, in any time zone.




function checkName(name) {
    if (!name || name.startsWith('/') || name.split('/').some(p => p === '..' || p === ''))
        throw new Error(`bug: unsafe archive entry name ${name}`);
}
function sorted(entries) {
    for (const e of entries)
        checkName(e.name);
    return [...entries].sort((0,compare/* byKey */.dX)(e => e.name));
}
/** The gzip header's OS byte: zlib writes the build platform's; 3 (Unix) everywhere keeps bytes equal. */
const GZIP_OS_OFFSET = 9;
const GZIP_OS_UNIX = 3;
/**
 * The default compression level. Level 9 costs about 5× level 6 for 0.6 % fewer bytes on Go binaries (8 s
 * against 1.6 s for one 17 MiB binary), so 6, as gzip itself defaults to.
 */
const DEFAULT_COMPRESSION_LEVEL = 6;
async function writeTarGz(file, entries, mtime, level = DEFAULT_COMPRESSION_LEVEL) {
    const [{ default: tar }, zlib] = await Promise.all([__webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 6118, 19)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23))]);
    const pack = tar.pack();
    // Bigger chunks than the 16 KiB and 64 KiB defaults: fewer trips to zlib's threads; the bytes are the same.
    const out = (0,external_node_stream_promises_.pipeline)(pack, zlib.createGzip({ level, chunkSize: 256 << 10 }), (0,external_node_fs_.createWriteStream)(file));
    for (const e of sorted(entries)) {
        const { size } = await (0,promises_.stat)(e.source);
        await new Promise((resolve, reject) => {
            const sink = pack.entry({
                name: e.name,
                size,
                mode: e.executable ? 0o755 : 0o644,
                mtime,
                uid: 0,
                gid: 0,
                uname: '',
                gname: '',
                type: 'file'
            }, err => (err ? reject(err) : resolve()));
            (0,external_node_fs_.createReadStream)(e.source, { highWaterMark: 1 << 20 })
                .on('error', reject)
                .pipe(sink);
        });
    }
    pack.finalize();
    await out;
    const fh = await (0,promises_.open)(file, 'r+');
    try {
        await fh.write(Buffer.from([GZIP_OS_UNIX]), 0, 1, GZIP_OS_OFFSET);
    }
    finally {
        await fh.close();
    }
}
/**
 * A Date whose local-time fields equal `d`'s UTC fields: yazl writes DOS times from local fields, and zip's
 * DOS time has no zone, so this keeps the bytes the same in every time zone.
 */
function dosDate(d) {
    return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}
async function writeZip(file, entries, mtime, level = DEFAULT_COMPRESSION_LEVEL) {
    const { default: yazl } = await __webpack_require__.e(/* import() */ 44).then(__webpack_require__.t.bind(__webpack_require__, 3044, 19));
    const zip = new yazl.ZipFile();
    for (const e of sorted(entries))
        zip.addFile(e.source, e.name, {
            mtime: dosDate(mtime),
            mode: (e.executable ? 0o755 : 0o644) | 0o100000,
            compress: true,
            compressionLevel: level,
            // The extended-timestamp field would hold the shifted time; the DOS time alone is deterministic.
            forceDosTimestamp: true
        });
    zip.end();
    await (0,external_node_stream_promises_.pipeline)(zip.outputStream, (0,external_node_fs_.createWriteStream)(file));
}

;// CONCATENATED MODULE: ./src/go/dist-files.ts
// What a build writes besides the binaries, into the staging folder: deterministic archives (one per target,
// holding every binary of that target with the module root's README/LICENSE files, mtimes from the commit),
// the sha256 checksums file, and the artifact entries of artifacts.json.






/** A path relative to the dist folder, with forward slashes (artifacts.json's form). */
function relativeTo(dist, p) {
    return external_node_path_default().relative(dist, p).split((external_node_path_default()).sep).join('/');
}
/** README*, LICENSE*, COPYING*, NOTICE* files at the module root go into every archive. */
async function extraFiles(moduleDir) {
    const names = await (0,promises_.readdir)(moduleDir, { withFileTypes: true });
    return names
        .filter(e => e.isFile() && /^(readme|license|licence|copying|notice)(\.[a-z0-9]+)?$/i.test(e.name))
        .map(e => e.name)
        .sort();
}
async function binaryArtifacts(dist, built) {
    const out = [];
    for (const r of built)
        out.push({
            kind: 'binary',
            target: r.target,
            path: relativeTo(dist, r.binaryPath),
            sha256: (await (0,digest/* sha256File */.Q3)(r.binaryPath)).hex,
            size: r.size,
            binary: r.binary
        });
    return out;
}
/** One archive per target holding each of its binaries: tar.gz, zip for windows. */
async function writeArchives(host, o, built) {
    const extras = await extraFiles(o.moduleDir);
    const byTarget = new Map();
    for (const r of built)
        byTarget.set(r.id, [...(byTarget.get(r.id) ?? []), r]);
    const several = built.some(b => b.binary !== built[0].binary);
    return host.logger.group('archives', () => (0,concurrency/* mapLimit */.s)([...byTarget.values()], Math.max(1, o.parallelism), async (bins) => {
        const { target, id } = bins[0];
        const zip = target.goos === 'windows';
        const file = external_node_path_default().join(o.dist, `${o.names.get(id)}.${zip ? 'zip' : 'tar.gz'}`);
        const entries = [
            ...bins.map(b => ({ name: external_node_path_default().basename(b.binaryPath), source: b.binaryPath, executable: true })),
            ...extras.map(name => ({ name, source: external_node_path_default().join(o.moduleDir, name), executable: false }))
        ];
        if (zip)
            await writeZip(file, entries, o.date, o.level);
        else
            await writeTarGz(file, entries, o.date, o.level);
        const { size } = await (0,promises_.stat)(file);
        const names = bins.map(b => b.binary).sort();
        return {
            kind: 'archive',
            target,
            path: relativeTo(o.dist, file),
            sha256: (await (0,digest/* sha256File */.Q3)(file)).hex,
            size,
            format: zip ? 'zip' : 'tar.gz',
            ...(several ? { binaries: names } : { binary: names[0] })
        };
    }));
}
/** `sha256  name` lines of the covered artifacts, sorted by name; returns the file and its artifact. */
async function writeChecksums(dist, name, covered) {
    const lines = covered
        .map(a => `${a.sha256}  ${a.path}`)
        .sort((a, b) => (0,compare/* compareStrings */.Kt)(a.slice(66), b.slice(66)));
    const file = external_node_path_default().join(dist, name);
    const text = lines.join('\n') + '\n';
    await (0,promises_.writeFile)(file, text);
    return {
        file,
        artifact: {
            kind: 'checksums',
            path: relativeTo(dist, file),
            sha256: (0,digest/* sha256Hex */.fg)(text),
            size: Buffer.byteLength(text)
        }
    };
}

// EXTERNAL MODULE: ./src/go/build-checks.ts + 1 modules
var build_checks = __webpack_require__(526);
;// CONCATENATED MODULE: ./src/go/build.ts
// The go-build stage: check every input first (module, toolchain, main packages, targets, version, templates,
// cgo, dist), then download and verify modules once, cross-compile every main package for every target with
// bounded parallelism, pack deterministic archives (one per target), write checksums and artifacts.json.
// Split in two (prepareBuild, runBuild) so the adapter can restore caches keyed on the resolved plan in
// between. The probes a plan needs (git, go env, go list, the port list) run side by side: a warm rebuild
// waits for the slowest of them, not their sum.

























const DEFAULT_LOCK_TIMEOUT_MS = 10 * 60_000;
const RESERVED_FLAGS = /^--?(o|ldflags|trimpath|mod|tags|C)(=|$)/;
// Variant variables a host might have set globally; each build sets only its target's own.
const VARIANT_VARS = ['GOARM', 'GOAMD64', 'GOARM64', 'GO386', 'GOMIPS', 'GOMIPS64', 'GOPPC64', 'GORISCV64'];
const ARCHIVE_PRESETS = {
    goreleaser: '{{.ProjectName}}_{{.Version}}_{{.Os}}_{{.ArchVariant}}'
};
function checkFlags(flags) {
    for (const f of flags)
        if (RESERVED_FLAGS.test(f))
            throw new errors/* UserError */.yo(`"${f}" cannot be set in flags: gantry sets it.`, {
                input: 'flags',
                fix: 'use the ldflags, tags, dist or working-directory inputs instead (-trimpath and -mod=readonly are always on).'
            });
}
/** `target` (one matrix entry's platform) wins over `targets`. */
function chooseTargets(opts, ports) {
    if (opts.target) {
        const t = (0,target/* parsePlatform */.FL)(opts.target, 'target');
        return { targets: (0,plan/* resolveTargets */.h5)([(0,target/* toPlatform */.rE)(t)], ports, 'target').targets, warnings: [] };
    }
    return (0,plan/* resolveTargets */.h5)(opts.targets, ports, 'targets');
}
/** go.mod, read once: the module path and what the module cache and the toolchain checks need. */
async function readModule(moduleDir) {
    const module = await (0,main_package/* readModulePath */.ur)(moduleDir);
    const file = external_node_path_default().join(moduleDir, 'go.mod');
    return { module, gomod: (0,gomod/* parseGoMod */.k)(await (0,promises_.readFile)(file, 'utf8'), file) };
}
/** What the module needs from the module cache: go.sum's hash (cache keys), and whether to download. */
async function moduleFacts(moduleDir, gomod) {
    const vendored = await (0,fs/* exists */.t2)(external_node_path_default().join(moduleDir, 'vendor', 'modules.txt'));
    const goSumPath = external_node_path_default().join(moduleDir, 'go.sum');
    const goSumHash = (await (0,fs/* exists */.t2)(goSumPath)) ? (await (0,digest/* sha256File */.Q3)(goSumPath)).hex : '';
    const goModHash = (await (0,digest/* sha256File */.Q3)(external_node_path_default().join(moduleDir, 'go.mod'))).hex;
    return { goSumHash, goModHash, needsModules: !vendored && gomod.require.length > 0, vendored };
}
/** The archive name template: the input, a preset, or gantry's own (binary or project, version, id). */
function archiveTemplate(opts, several) {
    const given = opts.archiveName.trim();
    const t = ARCHIVE_PRESETS[given.toLowerCase()] ??
        (given ||
            (several ? '{{.ProjectName}}_{{.Version}}_{{.Target}}' : '{{.Binary}}_{{.Version}}_{{.Target}}'));
    if (several && (0,ldflags/* checkTemplate */.BU)(t, 'archive-name').includes('Binary'))
        throw new errors/* UserError */.yo('{{.Binary}} is ambiguous in archive-name: each archive holds several binaries.', {
            input: 'archive-name',
            fix: 'use {{.ProjectName}} instead (the module path’s last element).'
        });
    return t;
}
/** Every target's archive name, each a plain file name and all different. */
function archiveNames(plan) {
    const template = archiveTemplate(plan.opts, plan.mains.length > 1);
    const names = new Map();
    for (const t of plan.targets) {
        const name = (0,ldflags/* renderTemplate */.Xm)(template, templateValues(plan, plan.mains[0].binary, t), 'archive-name');
        if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,200}$/.test(name))
            throw new errors/* UserError */.yo(`the archive name for ${(0,target/* toPlatform */.rE)(t)} would be "${name}", which is not a plain file name.`, {
                input: 'archive-name',
                fix: 'use letters, digits, ., _, + and - around the fields (no / or spaces).'
            });
        const same = [...names.entries()].find(([, n]) => n === name);
        if (same)
            throw new errors/* UserError */.yo(`two targets (${same[0]} and ${(0,target/* toId */.Lr)(t)}) would get the archive name "${name}".`, {
                input: 'archive-name',
                fix: 'include {{.Os}} and {{.ArchVariant}} (or {{.Target}}) so each target has its own name.'
            });
        names.set((0,target/* toId */.Lr)(t), name);
    }
    return names;
}
/**
 * A key for what go derives from the sources (the main packages, the dependency graph), when it can be kept
 * between runs: in git, with every Go input committed. It names the commit, the parts, and the environment
 * that changes how go reads the module.
 */
function sourceKey(s, host, parts) {
    if (!s.goInputsClean || !s.commit)
        return undefined;
    const env = ['GOFLAGS', 'GOWORK', 'GOEXPERIMENT', 'GOOS', 'GOARCH', 'GOTOOLCHAIN'].map(k => host.env[k] ?? '');
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([s.commit, env, ...parts]))
        .digest('hex');
}
/** A settled probe's value, or its failure thrown (callers take them in the order errors should win). */
function settled(r) {
    if (r.status === 'rejected')
        throw r.reason;
    return r.value;
}
/**
 * Take the dist folder's lock (waiting for another run into the same folder), then check the folder: the lock
 * is held from here to the commit, so what the check saw is what the commit replaces.
 */
async function lockAndCheckDist(opts, moduleDir, host) {
    const lock = await (0,fs_errors/* withFsErrors */.fd)({ input: 'dist', path: opts.dist, doing: 'locking the dist folder' }, () => (0,go_dist/* lockDist */.o_)(opts.dist, {
        timeoutMs: opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
        onWait: holder => host.logger.info(`waiting for another gantry run building into ${opts.dist} (${holder})`)
    }));
    try {
        const dist = await (0,go_dist/* checkDist */.H2)(opts.dist, moduleDir);
        return { lock, dist: { ...dist, created: lock.created } };
    }
    catch (err) {
        await (0,go_dist/* releaseDist */.MO)(lock, { dir: opts.dist, created: lock.created, stale: [] });
        throw err;
    }
}
/**
 * Validate every input and resolve what to build. Writes nothing but the dist folder's lock, taken last (after
 * every check that can fail), so a refused input never leaves it behind.
 */
async function prepareBuild(opts, host) {
    const moduleDir = opts.workingDirectory;
    await (0,fs/* requireDirectory */.T)(moduleDir, 'working-directory');
    const { module, gomod } = await readModule(moduleDir);
    checkFlags(opts.flags);
    // Templates are checked before anything runs.
    (0,ldflags/* checkTemplate */.BU)(opts.ldflags, 'ldflags');
    if (!ARCHIVE_PRESETS[opts.archiveName.trim().toLowerCase()])
        (0,ldflags/* checkTemplate */.BU)(opts.archiveName, 'archive-name');
    // The probes run at once; go env meets go.mod's go and toolchain lines first, so its refusal (then the go
    // line check) is the error a user sees when several fail. The main packages wait for git: for a clean
    // commit they were listed before.
    const git = sourceInfo(host, moduleDir, { sha: opts.sha, sourceDateEpoch: opts.sourceDateEpoch });
    const probes = await Promise.allSettled([
        (0,toolchain/* cachedModuleGoEnv */.E1)(host, moduleDir, ['GOVERSION', 'GOCACHE', 'GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH']),
        git,
        moduleFacts(moduleDir, gomod),
        (0,toolchain/* distList */.V4)(host, moduleDir),
        git.then(s => (0,main_package/* cachedMainPackages */.VB)(host, moduleDir, module, opts, sourceKey(s, host, ['mains', moduleDir, module, opts.main, opts.binary ?? ''])))
    ]);
    const env = settled(probes[0]);
    const warnings = (0,toolchain/* checkGoLines */._K)(gomod, env.GOVERSION, external_node_path_default().join(moduleDir, 'go.mod'));
    const source = settled(probes[1]);
    const facts = settled(probes[2]);
    const ports = settled(probes[3]);
    const mains = settled(probes[4]);
    const chosen = chooseTargets(opts, ports);
    warnings.push(...chosen.warnings);
    if (source.dirty)
        warnings.push("the git work tree has uncommitted changes under working-directory: these binaries are not the commit's and will not be reproducible from it.");
    const hostTarget = { goos: env.GOHOSTOS, goarch: env.GOHOSTARCH };
    const plan = {
        opts,
        module,
        moduleDir,
        mains,
        projectName: (0,main_package/* binaryFromModule */.Qp)(module),
        goMod: { go: gomod.go, toolchain: gomod.toolchain },
        targets: chosen.targets,
        version: resolveVersion({
            ...opts,
            commit: settled(probes[1]).commit,
            headTags: settled(probes[1]).headTags
        }),
        source,
        goVersion: env.GOVERSION,
        goCache: env.GOCACHE,
        goModCache: env.GOMODCACHE,
        hostTarget,
        ...facts,
        crossCompilers: opts.cgo
            ? await (0,cgo/* crossCompilers */.fy)(host, chosen.targets, ports, hostTarget, opts.env.find(([k]) => k === 'CC')?.[1])
            : {},
        parallelism: chooseParallelism(opts.parallelism, chosen.targets.length * mains.length),
        warnings
    };
    const names = opts.archives ? archiveNames(plan) : new Map();
    return { ...plan, archiveNames: names, ...(await lockAndCheckDist(opts, moduleDir, host)) };
}
/** The template fields of one binary for one target. */
function templateValues(plan, binary, t) {
    const v = plan.version.version;
    const [core, pre = ''] = v.split('+')[0].split(/-(.*)/s);
    const [major, minor, patch] = core.split('.');
    return {
        Version: v,
        Tag: `v${v}`,
        Major: major,
        Minor: minor,
        Patch: patch,
        Prerelease: pre,
        Commit: plan.source.commit,
        ShortCommit: plan.source.commit.slice(0, 7),
        Date: plan.source.date,
        Timestamp: String(Math.floor(Date.parse(plan.source.date) / 1000)),
        Binary: binary,
        ProjectName: plan.projectName,
        Module: plan.module,
        GoVersion: plan.goVersion,
        Os: t.goos,
        Arch: t.goarch,
        ArchVariant: (0,target/* goreleaserArchiveArch */.y2)(t),
        Variant: t.variant ?? '',
        Target: (0,target/* toId */.Lr)(t),
        Platform: (0,target/* toPlatform */.rE)(t)
    };
}
/** The rendered ldflags of one binary for one target. */
function renderedLdflags(plan, main, t) {
    return (0,ldflags/* finalLdflags */.Ms)((0,ldflags/* renderTemplate */.Xm)(plan.opts.ldflags, templateValues(plan, main.binary, t)));
}
/** The go build argv and environment for one target: a pure function of the plan (tests compare tables). */
function buildCommand(plan, main, t, out, baseEnv) {
    const o = plan.opts;
    const args = ['build', '-trimpath', plan.vendored ? '-mod=vendor' : '-mod=readonly'];
    if (o.tags.length)
        args.push(`-tags=${o.tags.join(',')}`);
    // Go's VCS stamp reads the work tree at build time, where the dist folder itself (untracked) marks it
    // modified: the commit is injected through ldflags and artifacts.json instead. `flags: -buildvcs=true` wins.
    if (!o.flags.some(f => /^--?buildvcs(=|$)/.test(f)))
        args.push('-buildvcs=false');
    // -v lists the packages compiled (not from GOCACHE): the per-target cache hit or miss of the summary.
    if (!o.flags.includes('-v'))
        args.push('-v');
    args.push(`-ldflags=${renderedLdflags(plan, main, t)}`, ...o.flags, '-o', out, main.pkg);
    return { args, env: buildEnv(plan, t, baseEnv) };
}
/** The environment of a build for one target: the host's, the env input, the target's, cgo and CC. */
function buildEnv(plan, t, baseEnv) {
    const env = { ...baseEnv };
    for (const k of VARIANT_VARS)
        delete env[k];
    for (const [k, v] of plan.opts.env)
        env[k] = v;
    Object.assign(env, (0,target/* toGoEnv */.Nm)(t), { CGO_ENABLED: plan.opts.cgo ? '1' : '0' });
    const cc = plan.crossCompilers[(0,target/* toPlatform */.rE)(t)];
    if (cc)
        env.CC = cc;
    return env;
}
// `go build -v` prints the import path of every package it compiles; packages taken from GOCACHE are not
// printed. So the lines that are bare import paths count the compiles: none means a full cache hit.
const IMPORT_PATH = /^[A-Za-z0-9_.~-]+(\/[A-Za-z0-9_.~+-]+)*$/;
function splitVerbose(stderr) {
    let compiled = 0;
    const rest = [];
    for (const line of stderr.split(/\r?\n/)) {
        if (IMPORT_PATH.test(line.trim()) && !line.startsWith(' '))
            compiled++;
        else if (line.trim())
            rest.push(line);
    }
    return { compiled, rest };
}
/**
 * Why go build failed, as a UserError blaming the right thing: a full or read-only disk (dist, or the runner's
 * caches), the file of the first compile error, else the package.
 */
function buildFailure(plan, { main, target: t }, stderr, found) {
    const inDist = stderr.includes(plan.dist.dir);
    const fsError = (0,fs_errors/* toolFsUserError */.JT)(stderr, {
        input: inDist ? 'dist' : 'env',
        path: inDist ? plan.dist.dir : "go's build folders (GOCACHE, GOTMPDIR or TMPDIR)",
        doing: `building ${(0,target/* toPlatform */.rE)(t)}`
    });
    if (fsError)
        return fsError;
    const tail = splitVerbose(stderr).rest.slice(-10).join('\n');
    return new errors/* UserError */.yo(`go build failed for ${(0,target/* toPlatform */.rE)(t)}${plan.mains.length > 1 ? ` (${main.pkg})` : ''}${found.length ? ` with ${found.length} error(s), annotated above` : ''}:\n${tail}`, {
        input: found.length ? found[0].file : plan.opts.main.length ? 'main' : main.pkg,
        fix: found.length
            ? 'fix the compile errors in the files named above.'
            : 'read the go build output above; check flags, tags and env.'
    });
}
/** Run go for one target; a go command that cannot be found is a UserError, blaming env when it sets PATH. */
async function runGoBuild(plan, host, args, env) {
    try {
        return await host.exec((0,toolchain/* goCommand */.U3)(host), args, { cwd: plan.moduleDir, env, ignoreReturnCode: true });
    }
    catch (err) {
        if ((0,fs_errors/* errnoCode */.UK)(err) !== 'ENOENT')
            throw err;
        const pathVar = plan.opts.env.find(([k]) => k === 'PATH');
        throw new errors/* UserError */.yo(pathVar
            ? `the PATH set in env (${(0,log_safe/* oneLine */.TN)(pathVar[1])}) hides the go command, so go build cannot run.`
            : `the go command (${(0,toolchain/* goCommand */.U3)(host)}) is gone from PATH.`, {
            input: pathVar ? 'env' : 'go',
            fix: pathVar
                ? 'leave PATH out of env, or keep the folder of the go command in it (the bin folder of go env GOROOT).'
                : 'install Go (actions/setup-go) or put the go command on PATH.'
        });
    }
}
async function buildTarget(outDir, plan, host, unit, diagnostics) {
    const { main, target: t } = unit;
    const id = (0,target/* toId */.Lr)(t);
    const dir = external_node_path_default().join(outDir, `${main.binary}_${id}`);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const out = external_node_path_default().join(dir, (0,target/* executableName */.IK)(main.binary, t));
    const { args, env } = buildCommand(plan, main, t, out, host.env);
    const start = host.now();
    const r = await runGoBuild(plan, host, args, env);
    const durationMs = host.now() - start;
    if (r.code !== 0) {
        const found = parseDiagnostics(r.stderr, plan.moduleDir, plan.opts.workspace);
        diagnostics.push(...found);
        throw buildFailure(plan, unit, r.stderr, found);
    }
    const { size } = await (0,promises_.stat)(out);
    const { compiled } = splitVerbose(r.stderr);
    return {
        target: t,
        platform: (0,target/* toPlatform */.rE)(t),
        id,
        binary: main.binary,
        pkg: main.pkg,
        binaryPath: out,
        size,
        durationMs,
        cache: compiled ? 'miss' : 'hit',
        compiled
    };
}
function versionSource(v) {
    if (v.source === 'dev')
        return 'the commit: no version input, no pushed v-tag, no v-tag on HEAD';
    if (v.source === 'tag')
        return 'the pushed tag';
    if (v.source === 'head-tag')
        return `the tag ${v.tag} on HEAD`;
    return 'the version input';
}
/** Download (and verify, unless a marker says it was) the modules; how long it took. */
async function modules(plan, host) {
    if (!plan.needsModules)
        return { ms: 0, verify: 'none' };
    const start = host.now();
    const r = await host.logger.group('go mod download', () => downloadModules(host, plan.moduleDir, plan.opts.verifyModules, {
        goModCache: plan.goModCache,
        goSumHash: plan.goSumHash,
        goModHash: plan.goModHash
    }));
    if (r.download === 'marker')
        host.logger.info('go mod download and verify skipped: this module cache holds and verified every module of this go.mod and go.sum already');
    else if (r.verify === 'marker')
        host.logger.info('go mod verify skipped: this module cache was verified for this go.sum already');
    // A skipped download took no time worth reporting.
    return { ms: r.download === 'marker' ? 0 : host.now() - start, verify: r.verify };
}
/** Run the builds, archives, checksums and artifacts.json of a plan. On failure, dist is left as found. */
async function runBuild(plan, host) {
    const log = host.logger;
    let failed = true;
    try {
        for (const w of plan.warnings)
            log.warn(w);
        const what = plan.mains.map(m => `${m.pkg} as ${m.binary}`).join(', ');
        log.info(`building ${what} ${plan.version.version} (version from ${versionSource(plan.version)}; date ${plan.source.date} from ${plan.source.dateSource === 'commit' ? 'the commit' : plan.source.dateSource}) for ${plan.targets.length} target(s); parallelism ${plan.parallelism.value} (${plan.parallelism.reason})`);
        const result = await buildInDist(plan, host, await modules(plan, host));
        failed = false;
        return result;
    }
    finally {
        await (0,go_dist/* releaseDist */.MO)(plan.lock, failed ? plan.dist : undefined);
    }
}
/** Release the dist lock of a plan that will not be built (runBuild releases it otherwise). */
async function releaseBuild(plan) {
    await (0,go_dist/* releaseDist */.MO)(plan.lock, plan.dist);
}
/** The builds into this run's staging folder, then the commit; on failure the staging folder goes. */
async function buildInDist(plan, host, mods) {
    const log = host.logger;
    const inDist = { input: 'dist', path: plan.dist.dir, doing: 'writing the build into the dist folder' };
    const staging = await (0,fs_errors/* withFsErrors */.fd)(inDist, () => (0,go_dist/* prepareDist */.Ap)(plan.dist));
    const diagnostics = [];
    // Checks that only warn read the sources and the dependency graph beside the builds.
    const checks = (0,build_checks/* lateChecks */.m)(plan, host);
    const units = plan.targets.flatMap(target => plan.mains.map(main => ({ main, target })));
    try {
        const results = await log.group(`go build (${units.length} binaries)`, () => (0,concurrency/* mapLimit */.s)(units, plan.parallelism.value, async (u) => {
            const r = await (0,fs_errors/* withFsErrors */.fd)(inDist, () => buildTarget(staging, plan, host, u, diagnostics));
            const who = plan.mains.length > 1 ? `${r.binary} ` : '';
            log.info(`${(who + r.platform).padEnd(16)} ${(0,format/* formatBytes */.z3)(r.size).padStart(10)}  ${r.durationMs} ms  cache ${r.cache}${r.compiled ? ` (${r.compiled} packages compiled)` : ''}`);
            return r;
        }));
        for (const w of await checks)
            log.warn(w);
        return await (0,fs_errors/* withFsErrors */.fd)(inDist, () => finish(plan, host, results, mods, staging));
    }
    catch (err) {
        await checks.catch(() => []);
        for (const d of uniqueDiagnostics(diagnostics))
            log.error(d.message, { file: d.file, line: d.line, column: d.column, title: 'go build' });
        await (0,go_dist/* discardDist */.Zc)(plan.dist).catch(() => undefined);
        throw err;
    }
}
/** Archives, checksums and artifacts.json in the staging folder, then the staging folder becomes dist. */
async function finish(plan, host, results, mods, staging) {
    const version = plan.version.version;
    const artifacts = await binaryArtifacts(staging, results);
    if (plan.opts.archives)
        artifacts.push(...(await writeArchives(host, {
            dist: staging,
            moduleDir: plan.moduleDir,
            date: new Date(plan.source.date),
            parallelism: plan.parallelism.value,
            level: plan.opts.compressionLevel,
            names: plan.archiveNames
        }, results)));
    let checksumsFile;
    if (plan.opts.checksums) {
        const covered = artifacts.filter(a => a.kind === (plan.opts.archives ? 'archive' : 'binary'));
        const name = plan.mains.length > 1 ? plan.projectName : plan.mains[0].binary;
        const c = await writeChecksums(staging, `${name}_${version}_checksums.txt`, covered);
        checksumsFile = c.file;
        artifacts.push(c.artifact);
    }
    const goMod = Object.fromEntries(Object.entries(plan.goMod).filter(([, v]) => v !== undefined));
    const manifest = {
        schemaVersion: 1,
        project: {
            module: plan.module,
            version,
            commit: plan.source.commit,
            date: plan.source.date,
            goVersion: plan.goVersion,
            ...(Object.keys(goMod).length ? { goMod } : {})
        },
        artifacts
    };
    await (0,model_artifacts/* writeArtifacts */.zg)(staging, manifest);
    // What was written: the stages that read it check it against the schema (and so do the tests).
    const written = (0,model_artifacts/* finalizeManifest */.eV)(manifest);
    if (!(await (0,go_dist/* holdsLock */.ub)(plan.lock)))
        throw new errors/* UserError */.yo(`another gantry run took over the lock of ${plan.dist.dir}; this build was not committed.`, {
            input: 'dist',
            fix: 'give each concurrent build its own dist folder.'
        });
    await (0,go_dist/* commitDist */.Cm)(plan.dist);
    const final = (p) => external_node_path_default().join(plan.dist.dir, external_node_path_default().relative(staging, p));
    return {
        manifest: written,
        artifactsFile: external_node_path_default().join(plan.dist.dir, model_artifacts/* ARTIFACTS_FILE */.xh),
        dist: plan.dist.dir,
        checksumsFile: checksumsFile && final(checksumsFile),
        version,
        results: results.map(r => ({ ...r, binaryPath: final(r.binaryPath) })),
        parallelism: plan.parallelism,
        modulesMs: mods.ms,
        verify: mods.verify
    };
}
/** prepareBuild + runBuild, for callers without a cache step in between. */
async function build(opts, host) {
    return runBuild(await prepareBuild(opts, host), host);
}


/***/ }),

/***/ 9177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ cgoDependencies),
/* harmony export */   fy: () => (/* binding */ crossCompilers),
/* harmony export */   ve: () => (/* binding */ cgoOffWarning)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1917);
/* harmony import */ var _model_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5936);
/* harmony import */ var _toolchain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9029);
// cgo: which C compiler each foreign target needs when cgo is on, found on PATH by the Debian/Ubuntu
// cross-gcc names, or taken from CC in the env input (a missing one fails before any build); and, when cgo
// is off, which dependencies lose their C code.





const CROSS_GCC = {
    'linux/amd64': 'x86_64-linux-gnu-gcc',
    'linux/arm64': 'aarch64-linux-gnu-gcc',
    'linux/386': 'i686-linux-gnu-gcc',
    'linux/arm': 'arm-linux-gnueabihf-gcc',
    'linux/riscv64': 'riscv64-linux-gnu-gcc',
    'linux/ppc64le': 'powerpc64le-linux-gnu-gcc',
    'linux/s390x': 's390x-linux-gnu-gcc',
    'windows/amd64': 'x86_64-w64-mingw32-gcc',
    'windows/386': 'i686-w64-mingw32-gcc'
};
async function onPath(host, name) {
    const dirs = (host.env.PATH ?? host.env.Path ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_0___default().delimiter)).filter(Boolean);
    const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name];
    for (const d of dirs)
        for (const n of names)
            if (await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(d, n)))
                return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(d, n);
    return undefined;
}
/**
 * The CC of each foreign target (by platform string) for a cgo build. UserErrors on `cgo` when Go has no cgo
 * for a target, or no cross compiler is found and the env input sets no CC.
 */
async function crossCompilers(host, targets, ports, hostTarget, userCC) {
    const noCgo = targets.filter(t => !ports.find(p => p.goos === t.goos && p.goarch === t.goarch)?.cgoSupported);
    if (noCgo.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cgo is not supported by Go for ${noCgo.map(_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE).join(', ')}.`, {
            input: 'cgo',
            fix: 'set cgo: false, or drop these targets.'
        });
    const found = {};
    const missing = [];
    for (const t of targets) {
        if ((t.goos === hostTarget.goos && t.goarch === hostTarget.goarch) || userCC)
            continue;
        const want = CROSS_GCC[`${t.goos}/${t.goarch}`];
        const cc = want ? await onPath(host, want) : undefined;
        if (cc)
            found[(0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE)(t)] = cc;
        else
            missing.push(`${(0,_model_target_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlatform */ .rE)(t)}${want ? ` (looked for ${want})` : ''}`);
    }
    if (missing.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cgo is on, but there is no C cross compiler for ${missing.join(', ')} on this ${hostTarget.goos}/${hostTarget.goarch} runner.`, {
            input: 'cgo',
            fix: 'set cgo: false (pure Go cross-compiles without a C toolchain), or install the cross gcc (apt-get install gcc-aarch64-linux-gnu, ...) or set CC in the env input, or build those targets on a native runner.'
        });
    return found;
}
/**
 * The dependencies (not the standard library) that have cgo files, listed with cgo on: with CGO_ENABLED=0
 * those files are left out, and a package such as github.com/mattn/go-sqlite3 then compiles to a stub that
 * fails only at run time. Undefined when go list fails (the build reports that itself).
 */
async function cgoDependencies(host, moduleDir, pkgs, opts) {
    const args = ['list', '-deps', '-e', '-f', '{{if and (not .Standard) .CgoFiles}}{{.ImportPath}}{{end}}'];
    if (opts.tags.length)
        args.push(`-tags=${opts.tags.join(',')}`);
    const r = await host.exec((0,_toolchain_js__WEBPACK_IMPORTED_MODULE_4__/* .goCommand */ .U3)(host), [...args, '--', ...pkgs], {
        cwd: moduleDir,
        env: { ...opts.env, CGO_ENABLED: '1' },
        ignoreReturnCode: true
    });
    if (r.code !== 0)
        return undefined;
    return [...new Set(r.stdout.split('\n').filter(Boolean))].sort();
}
/** The warning for cgo dependencies built without cgo. */
function cgoOffWarning(deps) {
    const list = deps.slice(0, 5).join(', ') + (deps.length > 5 ? ` and ${deps.length - 5} more` : '');
    return `cgo is off, so ${list} ${deps.length === 1 ? 'is' : 'are'} built without ${deps.length === 1 ? 'its' : 'their'} C code: such a package builds its non-cgo fallback, or a stub that fails only at run time (github.com/mattn/go-sqlite3 does). Set cgo: true (with a C cross compiler for each foreign target), or use a pure-Go alternative.`;
}


/***/ }),

/***/ 9048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ prepareDist),
/* harmony export */   Cm: () => (/* binding */ commitDist),
/* harmony export */   H2: () => (/* binding */ checkDist),
/* harmony export */   KM: () => (/* binding */ LOCK_OWNER_SCHEMA),
/* harmony export */   MO: () => (/* binding */ releaseDist),
/* harmony export */   Zc: () => (/* binding */ discardDist),
/* harmony export */   o_: () => (/* binding */ lockDist),
/* harmony export */   ub: () => (/* binding */ holdsLock)
/* harmony export */ });
/* unused harmony exports STAGING, LOCK, isGantryEntry, stagingDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1917);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3174);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2017);
/* harmony import */ var _model_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2314);
// The dist folder: checked before anything is built, cleaned only when it holds nothing but a previous gantry
// build (its artifacts.json and the files that lists), refused otherwise, so no one's files are deleted. A build
// writes into a staging folder of its own inside it and is moved into place only when everything succeeded, so
// a failed build leaves the folder exactly as it was found. Two runs into one dist folder take turns: a lock
// file (created with O_EXCL, holding pid, host and time) is held from the check to the commit, so a dist folder
// is never a mix of two builds, and a lock whose process is gone is taken over.









/** Staging folders are `.gantry-staging-<run>`; one left by a killed build is gantry's own. */
const STAGING = '.gantry-staging';
/** The lock file of the run that owns the dist folder now. */
const LOCK = '.gantry-lock';
/** gantry's own entries at the top of dist: never a foreign file, never part of a build. */
function isGantryEntry(name) {
    return name === LOCK || name === STAGING || name.startsWith(`${STAGING}-`);
}
/** Decide what to do with the dist folder. Throws a UserError (input `dist`) for a folder gantry did not fill. */
async function checkDist(dir, moduleDir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(dir, moduleDir);
    if (rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel)))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${dir} is the module folder or one of its parents.`, {
            input: 'dist',
            fix: 'use a folder of its own, such as dist.'
        });
    if (!(await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .exists */ .t2)(dir)))
        return { dir, created: true, stale: [] };
    const files = (await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .listFiles */ .CS)(dir)).filter(f => !isGantryEntry(f.split('/')[0]));
    if (!files.length)
        return { dir, created: false, stale: [] };
    let listed;
    if (files.includes(_model_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .ARTIFACTS_FILE */ .xh)) {
        try {
            const { manifest } = await (0,_model_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .readArtifacts */ .MN)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, _model_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .ARTIFACTS_FILE */ .xh), 'dist');
            listed = new Set([_model_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .ARTIFACTS_FILE */ .xh, ...manifest.artifacts.map(a => a.path)]);
        }
        catch {
            listed = undefined;
        }
    }
    const foreign = files.filter(f => !listed?.has(f));
    if (foreign.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${dir} holds files that are not from a gantry build: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}. gantry only replaces a dist folder that holds a previous gantry build (its artifacts.json and the files it lists).`, { input: 'dist', fix: 'point dist at a new or empty folder, or delete the folder first.' });
    return { dir, created: false, stale: files };
}
/** The staging folder of a plan (prepareDist makes it). */
function stagingDir(plan) {
    return plan.staging ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(plan.dir, STAGING);
}
/**
 * Make the dist folder and an empty staging folder of this run in it; staging folders of killed runs go (the
 * caller holds the lock, so no other run is using one). The previous build stays until commitDist.
 */
async function prepareDist(plan) {
    await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDirs */ .X2)(plan.dir);
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(plan.dir))
        if (isGantryEntry(e) && e !== LOCK)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(plan.dir, e), { recursive: true, force: true });
    plan.staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(plan.dir, `${STAGING}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(plan.staging);
    return plan.staging;
}
/** Success: delete the previous build's files, move the staged files into place, drop the staging folder. */
async function commitDist(plan) {
    for (const f of plan.stale)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(plan.dir, ...f.split('/')), { force: true });
    await removeEmptyDirs(plan.dir, false);
    const staging = stagingDir(plan);
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(staging))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(staging, e), node_path__WEBPACK_IMPORTED_MODULE_3___default().join(plan.dir, e));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
}
async function removeEmptyDirs(dir, self) {
    if (!(await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .exists */ .t2)(dir)))
        return;
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }))
        if (e.isDirectory() && !isGantryEntry(e.name))
            await removeEmptyDirs(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, e.name), true);
    if (self && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).length)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(dir);
}
/**
 * Failure: drop this run's staging folder; the folder is as it was found (emptied when this build created it;
 * the folder itself goes once the lock is released, see releaseDist).
 */
async function discardDist(plan) {
    if (!(await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .exists */ .t2)(plan.dir)))
        return;
    if (!plan.created)
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(stagingDir(plan), { recursive: true, force: true });
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(plan.dir))
        if (e !== LOCK)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(plan.dir, e), { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(plan.dir).catch(() => undefined);
}
const LOCK_OWNER_SCHEMA = {
    type: 'object',
    properties: {
        pid: { type: 'integer' },
        host: { type: 'string' },
        since: { type: 'string' },
        token: { type: 'string' }
    },
    required: ['pid', 'host', 'since', 'token']
};
async function readOwner(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        return { text, owner: (0,_util_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonAs */ .WT)(text, LOCK_OWNER_SCHEMA, LOCK) };
    }
    catch {
        // Being written right now (open, then write), or not ours: not stale, keep waiting.
        return { text };
    }
}
function describeOwner(o) {
    return o ? `pid ${o.pid} on ${o.host}, since ${o.since}` : 'an unknown run';
}
/** Take the lock of a dist folder (creating the folder), waiting up to timeoutMs for another run. */
async function lockDist(dir, opts) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, LOCK);
    const owner = {
        pid: process.pid,
        host: node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname(),
        since: new Date().toISOString(),
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')
    };
    const deadline = Date.now() + opts.timeoutMs;
    let told = false;
    for (;;) {
        const created = (await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDirs */ .X2)(dir)) !== undefined;
        try {
            const h = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'wx', 0o644);
            try {
                await h.writeFile(JSON.stringify(owner) + '\n');
            }
            finally {
                await h.close();
            }
            return { file, owner, created };
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT')
                continue; // the folder was removed in between (a failed run's clean-up): again
            if (code !== 'EEXIST')
                throw err;
        }
        const held = await readOwner(file);
        if (!held)
            continue;
        const o = held.owner;
        if (o && o.host === node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname() && !(0,_util_process_js__WEBPACK_IMPORTED_MODULE_8__/* .isProcessAlive */ .j)(o.pid)) {
            // Stale: its run was killed. Remove it only if it is still the same lock (another waiter may have won).
            if ((await readOwner(file))?.text === held.text)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(file).catch(() => undefined);
            continue;
        }
        if (Date.now() >= deadline)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`another gantry run is building into ${dir} (${describeOwner(o)}); waited ${Math.round(opts.timeoutMs / 1000)} s.`, {
                input: 'dist',
                fix: `give each build its own dist folder, run them one after another, or raise lock-timeout; if no build is running, delete ${file}.`
            });
        if (!told)
            opts.onWait?.(describeOwner(o));
        told = true;
        await new Promise(resolve => setTimeout(resolve, Math.min(opts.pollMs ?? 500, Math.max(0, deadline - Date.now()))));
    }
}
/** Is the lock still this run's? (A run whose lock was taken over must not commit.) */
async function holdsLock(lock) {
    return (await readOwner(lock.file))?.owner?.token === lock.owner.token;
}
/**
 * Release the lock if it is still this run's. After a failed build in a folder this run made (`discarded`),
 * the folder, empty but for the lock, goes too.
 */
async function releaseDist(lock, discarded) {
    if (await holdsLock(lock))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(lock.file).catch(() => undefined);
    if (discarded?.created)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(discarded.dir).catch(() => undefined);
}


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   Ms: () => (/* binding */ finalLdflags),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   g0: () => (/* binding */ splitFlags),
/* harmony export */   wW: () => (/* binding */ DEFAULT_LDFLAGS)
/* harmony export */ });
/* unused harmony export TEMPLATE_FIELDS */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// Templates (ldflags, archive names): `{{.Version}}`-style fields (the GoReleaser spelling users know) filled
// per target. Only plain field references are supported; anything else, or an unknown field, is a UserError
// naming it.

const DEFAULT_LDFLAGS = '-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}}';
/** Every field a template may use, with what it holds. */
const TEMPLATE_FIELDS = {
    Version: 'the semver version, without a leading v (1.2.3, 0.0.0-dev+abc1234)',
    Tag: 'the version with a leading v (v1.2.3)',
    Major: 'the major version number',
    Minor: 'the minor version number',
    Patch: 'the patch version number',
    Prerelease: 'the prerelease part (rc.1), or empty',
    Commit: 'the full commit SHA (empty outside git)',
    ShortCommit: 'the first 7 characters of the commit SHA',
    Date: 'the commit time, RFC 3339 in UTC (2024-05-01T12:00:00Z)',
    Timestamp: 'the commit time in Unix seconds',
    Binary: "the binary's name (no .exe)",
    ProjectName: "the module path's last element (hello for example.com/hello/v2): GoReleaser's project name",
    Module: 'the module path from go.mod',
    GoVersion: 'the toolchain version (go1.26.0)',
    Os: 'GOOS of the target',
    Arch: 'GOARCH of the target',
    ArchVariant: "the arch as GoReleaser's archive names spell it (armv7, amd64v3, mips_hardfloat, arm64)",
    Variant: 'the OCI variant of the target (v7, v3), or empty',
    Target: 'the GoReleaser-style id of the target (linux_arm_7)',
    Platform: 'the OCI platform of the target (linux/arm/v7)'
};
const PLACEHOLDER = /\{\{(.*?)\}\}/g;
/** Check a template without filling it: every `{{ }}` must be one known field. */
function checkTemplate(template, input = 'ldflags') {
    const used = [];
    const known = Object.keys(TEMPLATE_FIELDS);
    for (const m of template.matchAll(PLACEHOLDER)) {
        const body = m[1].trim();
        const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(body)?.[1];
        if (!field)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${m[0]}" is not a supported template: only plain fields such as {{.Version}} are.`, {
                input,
                fix: `use one of ${known.map(k => `{{.${k}}}`).join(', ')}.`
            });
        if (!known.includes(field))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`unknown template field "{{.${field}}}".`, {
                input,
                fix: `use one of the known fields: ${known.map(k => `{{.${k}}}`).join(', ')}.`
            });
        used.push(field);
    }
    if (/\{\{|\}\}/.test(template.replace(PLACEHOLDER, '')))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('has an unbalanced "{{" or "}}".', {
            input,
            fix: 'write each field as {{.Name}}.'
        });
    return used;
}
/** Fill a template (checked first). */
function renderTemplate(template, values, input = 'ldflags') {
    checkTemplate(template, input);
    return template.replace(PLACEHOLDER, (_m, body) => values[body.trim().slice(1)]);
}
/** Split rendered ldflags into words, keeping quoted values ('-X "main.x=a b"') together, as go does. */
function splitFlags(s) {
    const out = [];
    let cur = '';
    let quote;
    let inWord = false;
    for (const ch of s) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else
                cur += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                out.push(cur);
            cur = '';
            inWord = false;
        }
        else {
            cur += ch;
            inWord = true;
        }
    }
    if (inWord)
        out.push(cur);
    return out;
}
/** The -ldflags value go build gets: the rendered template plus `-buildid=` (an empty build id) unless set. */
function finalLdflags(rendered) {
    const words = splitFlags(rendered);
    const hasBuildId = words.some(w => w === '-buildid' || w.startsWith('-buildid='));
    const quoted = words.map(w => (/[\s'"]/.test(w) ? `'${w.replace(/'/g, '')}'` : w));
    if (!hasBuildId)
        quoted.push('-buildid=');
    return quoted.join(' ');
}


/***/ }),

/***/ 4420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ listPackages),
/* harmony export */   Qp: () => (/* binding */ binaryFromModule),
/* harmony export */   VB: () => (/* binding */ cachedMainPackages),
/* harmony export */   ur: () => (/* binding */ readModulePath),
/* harmony export */   v3: () => (/* binding */ LISTED_MAINS_SCHEMA)
/* harmony export */ });
/* unused harmony exports findMainPackages, findMainPackage */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8854);
/* harmony import */ var _toolchain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9029);
/* harmony import */ var _model_gomod_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2779);
/* harmony import */ var _util_disk_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(708);
/* harmony import */ var _model_binary_name_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8418);
// Which packages to build and what to call the binaries: the `main` input (one or several packages, each
// optionally `name=./cmd/app`), or the single main package under cmd/* or at the module root. Found with one
// `go list -find` (package clauses only, no dependencies); a failing go list is reported with go's message.







/** The module path of go.mod in `dir`; a missing go.mod is a UserError on working-directory. */
async function readModulePath(dir) {
    const mod = await (0,_model_gomod_js__WEBPACK_IMPORTED_MODULE_4__/* .readGoMod */ .f)(dir);
    if (!mod)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} has no go.mod, so it is not a Go module.`, {
            input: 'working-directory',
            fix: 'point working-directory at the folder that holds go.mod (or run go mod init there).'
        });
    if (!mod.module)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'go.mod')} has no module line.`, {
            input: 'working-directory',
            fix: 'add a module directive (module example.com/app) to go.mod.'
        });
    return mod.module.path;
}
/** The default binary name of a root main: the module path's last element, skipping a /vN suffix. */
function binaryFromModule(modulePath) {
    const parts = modulePath.split('/');
    let last = parts.pop() ?? modulePath;
    if (/^v\d+$/.test(last) && parts.length)
        last = parts.pop();
    return last;
}
/** `go list -find -e -json` of the patterns; go's own failure (go.mod, toolchain) is a UserError with its text. */
async function listPackages(host, moduleDir, patterns, input = 'working-directory') {
    const r = await host.exec((0,_toolchain_js__WEBPACK_IMPORTED_MODULE_3__/* .goCommand */ .U3)(host), ['list', '-find', '-e', '-json=Dir,ImportPath,Name,GoFiles,IgnoredGoFiles,Error', '--', ...patterns], { cwd: moduleDir, ignoreReturnCode: true });
    if (r.code !== 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`go list failed in ${moduleDir}:\n${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteLines */ .Cx)(r.stderr)}`, {
            input,
            fix: 'fix what go reports (go.mod, the go and toolchain lines, a missing package); `go list ./...` in the module shows the same.'
        });
    return r.stdout
        .split(/\n}\n?/)
        .filter(s => s.trim())
        .map(s => JSON.parse(`${s}\n}`));
}
function relPkg(moduleDir, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(moduleDir, dir).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    return rel ? `./${rel}` : '.';
}
/** A binary name as given (`.exe` dropped), held to the one file-name rule. */
function givenBinary(name, input) {
    return (0,_model_binary_name_js__WEBPACK_IMPORTED_MODULE_6__/* .checkBinaryName */ .Ji)(name.replace(/\.exe$/i, ''), input);
}
/** One `main` item: `./cmd/app` or `name=./cmd/app`, checked to stay inside the module. */
function parseMainItem(moduleDir, item) {
    const eq = item.indexOf('=');
    const name = eq > 0 ? givenBinary(item.slice(0, eq).trim(), 'main') : undefined;
    const where = eq > 0 ? item.slice(eq + 1).trim() : item;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(moduleDir, where);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(moduleDir, dir);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where} is outside the module folder ${moduleDir}.`, {
            input: 'main',
            fix: 'give main packages relative to working-directory, as in ./cmd/app.'
        });
    return { dir, name };
}
const filesOf = (p) => [...(p.GoFiles ?? []), ...(p.IgnoredGoFiles ?? [])];
/** The packages the `main` input names, each checked to be a main package. */
async function namedMains(host, moduleDir, items) {
    const parsed = items.map(i => parseMainItem(moduleDir, i));
    const listed = await listPackages(host, moduleDir, parsed.map(p => relPkg(moduleDir, p.dir)), 'main');
    return parsed.map((p, i) => {
        const found = listed.find(l => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(l.Dir) === p.dir);
        if (found?.Name !== 'main')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(found?.Name
                ? `${items[i]} is not a main package (package ${found.Name}).`
                : `${items[i]} is not a package folder of the module${found?.Error ? ` (${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(found.Error.Err)})` : ''}.`, { input: 'main', fix: 'point main at the folder of a package main, as in ./cmd/app.' });
        const pkg = relPkg(moduleDir, p.dir);
        return { pkg, binary: p.name ?? '', dir: p.dir, files: filesOf(found) };
    });
}
/** The single main package at the root or under cmd/*, when `main` is empty. */
async function defaultMain(host, moduleDir) {
    const all = (await listPackages(host, moduleDir, ['./...'])).filter(p => p.Name === 'main');
    const rels = all.map(p => relPkg(moduleDir, p.Dir)).sort();
    const candidates = rels.filter(r => r === '.' || /^\.\/cmd\/[^/]+$/.test(r));
    if (candidates.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(rels.length
            ? `no main package at the module root or under cmd/*; main packages elsewhere: ${rels.join(', ')}.`
            : `the module in ${moduleDir} has no main package, so there is nothing to build.`, {
            input: 'main',
            fix: rels.length
                ? `set main to the one to build, as in main: ${rels[0]}.`
                : 'add a package main (cmd/<name>/main.go), or point working-directory at the module that has one.'
        });
    if (candidates.length > 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`found several main packages: ${candidates.join(', ')}.`, {
            input: 'main',
            fix: `list the ones to build in main (main: ${candidates.join(', ')}), each built into every archive; or name one.`
        });
    const found = all.find(p => relPkg(moduleDir, p.Dir) === candidates[0]);
    return { pkg: candidates[0], binary: '', dir: found.Dir, files: filesOf(found) };
}
/**
 * Find (or check) the main packages and their binary names. `binary` names the binary of a single main;
 * with several, each is named `name=./cmd/app` in `main`, or after its folder.
 */
async function findMainPackages(host, moduleDir, modulePath, opts) {
    const items = opts.main ?? [];
    if (items.length > 1 && opts.binary)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`binary names one binary, but main lists ${items.length} packages.`, {
            input: 'binary',
            fix: 'name each binary in main instead (main: age=./cmd/age, keygen=./cmd/age-keygen), or drop binary.'
        });
    const mains = items.length ? await namedMains(host, moduleDir, items) : [await defaultMain(host, moduleDir)];
    const given = opts.binary !== undefined ? givenBinary(opts.binary, 'binary') : undefined;
    // A name from the package folder or the module path follows the same rule: set binary (or name=) if not.
    for (const m of mains)
        m.binary = (0,_model_binary_name_js__WEBPACK_IMPORTED_MODULE_6__/* .checkBinaryName */ .Ji)(m.binary || (given ?? (m.pkg === '.' ? binaryFromModule(modulePath) : m.pkg.split('/').pop())), items.length > 1 ? 'main' : 'binary');
    const names = mains.map(m => m.binary.toLowerCase());
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`two main packages would make a binary named ${twice}.`, {
            input: 'main',
            fix: 'name them apart: main: name=./cmd/app for one of them.'
        });
    const pkgs = mains.map(m => m.pkg);
    if (new Set(pkgs).size !== pkgs.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('main lists one package twice.', { input: 'main', fix: 'list each package once.' });
    return mains;
}
/** One main package (the `main` input as a single path), for callers with one binary. */
async function findMainPackage(host, moduleDir, modulePath, opts) {
    const [m] = await findMainPackages(host, moduleDir, modulePath, {
        main: opts.main ? [opts.main] : [],
        binary: opts.binary
    });
    return { pkg: m.pkg, binary: m.binary };
}
const LISTED_MAINS_SCHEMA = {
    type: 'array',
    minItems: 1,
    items: {
        type: 'object',
        required: ['pkg', 'binary', 'rel', 'files'],
        properties: {
            pkg: { type: 'string', pattern: '^\\.(/[^/].*)?$' },
            binary: { type: 'string', pattern: _model_binary_name_js__WEBPACK_IMPORTED_MODULE_6__/* .BINARY_NAME_PATTERN */ .fG },
            rel: { type: 'string' },
            files: { type: 'array', items: { type: 'string', pattern: '^[^/\\\\]+\\.go$' } }
        }
    }
};
/**
 * findMainPackages, kept between runs for a commit whose Go inputs are all committed (`key` then names the
 * commit and the inputs; undefined: always ask go). A warm rebuild then starts no `go list`.
 */
async function cachedMainPackages(host, moduleDir, modulePath, opts, key) {
    const kept = key ? await (0,_util_disk_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .readCached */ .Jr)(host.env, 'go-mains', key, LISTED_MAINS_SCHEMA) : undefined;
    const inside = kept?.every(k => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(moduleDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(moduleDir, k.rel));
        return !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel);
    });
    if (kept && inside)
        return kept.map(k => ({
            pkg: k.pkg,
            binary: k.binary,
            dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(moduleDir, k.rel),
            files: k.files
        }));
    const mains = await findMainPackages(host, moduleDir, modulePath, opts);
    if (key)
        await (0,_util_disk_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .writeCached */ .Ug)(host.env, 'go-mains', key, mains.map(m => ({ pkg: m.pkg, binary: m.binary, rel: node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(moduleDir, m.dir), files: m.files })));
    return mains;
}


/***/ }),

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

/***/ 390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CACHE_STATES: () => (/* binding */ CACHE_STATES),
  SAVE_STATE: () => (/* binding */ SAVE_STATE),
  buildStage: () => (/* binding */ buildStage)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/runtime/stage.ts
var stage = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/go/build.ts + 6 modules
var build = __webpack_require__(6670);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __webpack_require__(6178);
;// CONCATENATED MODULE: ./src/go/cache.ts
// Go cache keys and policy for the GitHub Actions cache: GOMODCACHE keyed on go.sum; GOCACHE keyed on the
// runner OS and arch, the Go version, the target set and go.sum, so matrix jobs that build different targets
// never share (or fight over) one key; restore-keys give a warm start after a change. The post step saves
// only when allowed (auto: the default branch), only when the cache changed, never twice for one key, and
// trims GOCACHE to a size cap first so it cannot grow without bound.




/** GOCACHE is trimmed to this before a save (the 8 default targets of a mid-size module fit in ~500 MB). */
const GOCACHE_CAP_BYTES = 1024 ** 3;
const PREFIX = 'gantry-go-v1';
/** A short hash of the sorted target set: the part of the key that keeps matrix jobs apart. */
function targetSetHash(targets) {
    const list = [...new Set(targets.map(target/* toPlatform */.rE))].sort().join(',');
    return (0,digest/* sha256Hex */.fg)(list).slice(0, 12);
}
/** The caches to restore: GOMODCACHE only when there is a go.sum (nothing to download otherwise). */
function cacheSpecs(k) {
    const os = k.os.toLowerCase();
    const arch = k.arch.toLowerCase();
    const sum = k.goSumHash ? k.goSumHash.slice(0, 16) : 'nosum';
    const specs = [];
    if (k.goSumHash)
        specs.push({
            name: 'gomod',
            path: k.goModCache,
            key: `${PREFIX}-mod-${os}-${sum}`,
            restoreKeys: [`${PREFIX}-mod-${os}-`]
        });
    const base = `${PREFIX}-build-${os}-${arch}-${k.goVersion}`;
    const set = targetSetHash(k.targets);
    specs.push({
        name: 'gobuild',
        path: k.goCache,
        key: `${base}-${set}-${sum}`,
        // Same targets with another go.sum first (most packages are unchanged), then any target set of this Go.
        restoreKeys: [`${base}-${set}-`, `${base}-`]
    });
    return specs;
}
async function walk(dir, visit) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        const p = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            await walk(p, visit);
        else if (e.isFile()) {
            const st = await (0,promises_.stat)(p).catch(() => undefined);
            if (st)
                visit(p, st.size, st.mtimeMs, st.atimeMs);
        }
    }
}
/** What a cache folder holds, cheaply: a change in any of these means the cache changed. */
async function fingerprint(dir) {
    const fp = { files: 0, bytes: 0, newestMs: 0 };
    await walk(dir, (_f, size, mtimeMs) => {
        fp.files++;
        fp.bytes += size;
        fp.newestMs = Math.max(fp.newestMs, mtimeMs);
    });
    return fp;
}
function sameFingerprint(a, b) {
    return a.files === b.files && a.bytes === b.bytes && a.newestMs === b.newestMs;
}
function decideSave(s) {
    if (s.mode === 'false')
        return { save: false, reason: 'cache-save is false' };
    if (s.restoredKey === s.key)
        return { save: false, reason: 'exact key hit: a key is never saved twice' };
    if (s.savedKeys.includes(s.key))
        return { save: false, reason: 'already saved in this job' };
    if (s.mode === 'auto') {
        if (!s.defaultBranch)
            return { save: false, reason: 'auto: the event does not name the default branch, so nothing is saved' };
        if (s.ref !== `refs/heads/${s.defaultBranch}`)
            return {
                save: false,
                reason: `auto: saved only on the default branch (${s.defaultBranch}), this is ${s.ref || 'no ref'}`
            };
    }
    if (s.after.files === 0)
        return { save: false, reason: 'the cache folder is empty' };
    if (s.before && sameFingerprint(s.before, s.after))
        return { save: false, reason: 'unchanged since restore' };
    return { save: true, reason: s.restoredKey ? `changed since restoring ${s.restoredKey}` : 'new cache' };
}
// Go's own bookkeeping files in GOCACHE; never trimmed.
const KEEP = new Set(['README', 'trim.txt', 'testexpire.txt']);
/**
 * Delete the least recently used files (oldest of atime and mtime: Go refreshes an entry's mtime when it
 * uses it) until the folder is at most `capBytes`. Go treats a missing entry as a miss, so this is safe.
 */
async function trimCache(dir, capBytes) {
    const files = [];
    await walk(dir, (p, size, mtimeMs, atimeMs) => {
        if (!KEEP.has(external_node_path_default().basename(p)))
            files.push({ p, size, used: Math.max(mtimeMs, atimeMs) });
    });
    const bytesBefore = files.reduce((n, f) => n + f.size, 0);
    let bytes = bytesBefore;
    let removed = 0;
    files.sort((a, b) => a.used - b.used || (a.p < b.p ? -1 : 1));
    for (const f of files) {
        if (bytes <= capBytes)
            break;
        await (0,promises_.rm)(f.p, { force: true });
        bytes -= f.size;
        removed++;
    }
    return { bytesBefore, bytesAfter: bytes, removedFiles: removed };
}

// EXTERNAL MODULE: ./src/go/ldflags.ts
var ldflags = __webpack_require__(7885);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
// EXTERNAL MODULE: ./src/util/json.ts + 1 modules
var json = __webpack_require__(3174);
;// CONCATENATED MODULE: ./src/stages/go-build.ts
// The build stage (actions/go-build, `gantry build`): cross-compile a Go module. In an action, GOMODCACHE and
// GOCACHE are restored between resolving the plan and building (keys need the plan), and the post step trims
// and saves the caches that changed, as actions/cache does. The CLI uses the local Go caches as they are.








const inputs = {
    'working-directory': { kind: 'string', description: 'The Go module folder (holds go.mod).', default: '.' },
    main: {
        kind: 'list',
        description: 'The main package(s) to build, relative to working-directory (./cmd/app), one per line or comma-separated; name=./cmd/app names its binary. Several build into every archive. Empty: the single main package under cmd/* or at the module root.',
        default: ''
    },
    binary: {
        kind: 'string',
        description: "The binary's name when one main package is built (.exe is added for windows). Empty: the main package's folder name (the module path's last element for a root main).",
        default: ''
    },
    targets: {
        kind: 'list',
        description: 'Targets as the plan action takes them: os/arch[/variant] (linux/arm/v7), default, first-class, all, !os/arch. Ignored when target is set.',
        default: 'default'
    },
    target: {
        kind: 'string',
        description: 'One target, as an OCI platform (linux/arm/v7), e.g. the platform field of a plan matrix entry; wins over targets.',
        default: ''
    },
    version: {
        kind: 'string',
        description: 'The semver version to inject (a leading v is dropped; +build metadata is kept). Empty: the pushed tag (refs/tags/vX.Y.Z), else 0.0.0-dev+<short commit>.',
        default: ''
    },
    ldflags: {
        kind: 'string',
        description: 'Linker flags, with the template fields {{.Version}}, {{.Commit}}, {{.ShortCommit}}, {{.Date}}, {{.Timestamp}}, {{.Tag}}, {{.Major}}, {{.Minor}}, {{.Patch}}, {{.Prerelease}}, {{.Binary}}, {{.Module}}, {{.GoVersion}}, {{.Os}}, {{.Arch}}, {{.Variant}}, {{.Target}}, {{.Platform}}. -buildid= is always added.',
        default: ldflags/* DEFAULT_LDFLAGS */.wW
    },
    flags: {
        kind: 'list',
        commas: false,
        description: 'More go build flags, one per line or space-separated (-v, -gcflags=..., -buildvcs=true). -trimpath, -mod=readonly and -buildvcs=false are set by gantry.',
        default: ''
    },
    tags: { kind: 'list', description: 'Build tags, one per line or comma-separated.', default: '' },
    env: {
        kind: 'keyvalues',
        description: 'KEY=value lines added to the build environment (GOFLAGS, GOEXPERIMENT, CC, ...).',
        default: ''
    },
    cgo: {
        kind: 'bool',
        description: 'Build with cgo (CGO_ENABLED=1). A foreign target then needs a C cross compiler (CC in env, or <triple>-gcc on PATH).',
        default: 'false'
    },
    dist: {
        kind: 'string',
        description: 'Output folder, relative to working-directory. It must be empty, missing, or hold only a previous gantry build (which is then removed).',
        default: 'dist'
    },
    archives: {
        kind: 'bool',
        description: "Pack each target's binaries (with README and LICENSE files of the module root) as tar.gz, zip for windows.",
        default: 'true'
    },
    'archive-name': {
        kind: 'string',
        description: "The archive file name without extension, a template with the ldflags fields ({{.ProjectName}}_{{.Version}}_{{.Os}}_{{.ArchVariant}}), or goreleaser for GoReleaser's default names. Empty: <binary>_<version>_<target id> (<project> with several binaries).",
        default: ''
    },
    'compression-level': {
        kind: 'int',
        min: 1,
        max: 9,
        description: 'gzip (zip: deflate) level of the archives, 1 (fastest) to 9 (smallest; about 5× the time of 6 for 0.6 % fewer bytes).',
        default: '6'
    },
    checksums: {
        kind: 'bool',
        description: 'Write a sha256 checksums file ("sha256  name" lines, sorted) of the archives (of the binaries without archives).',
        default: 'true'
    },
    'verify-modules': {
        kind: 'bool',
        description: 'Run go mod verify after go mod download (modules must match go.sum).',
        default: 'true'
    },
    cache: {
        kind: 'bool',
        description: 'Restore and save GOMODCACHE and GOCACHE with the GitHub Actions cache (keys per OS, arch, Go version, target set and go.sum).',
        default: 'true'
    },
    'cache-save': {
        kind: 'enum',
        values: ['auto', 'true', 'false'],
        description: 'When to save the caches in the post step: auto (only on the default branch, only when they changed), true (whenever they changed), false.',
        default: 'auto'
    },
    parallelism: {
        kind: 'int',
        min: 1,
        max: 256,
        auto: true,
        description: 'How many targets build at once: auto (min(cores, available memory / 2 GiB)) or a whole number.',
        default: 'auto'
    },
    'lock-timeout': {
        kind: 'int',
        min: 0,
        max: 86400,
        description: 'Seconds to wait for another gantry run building into the same dist folder (runs take turns; a dist folder is never a mix of two builds). 0: fail at once.',
        default: '600'
    }
};
const outputs = {
    artifacts: {
        encode: 'json',
        description: "The artifacts.json contents (JSON): project (module, version, commit, date, goVersion, go.mod's go and toolchain lines) and every binary, archive and checksums file with target, path, sha256, size and kind."
    },
    dist: { encode: 'text', description: 'Absolute path of the dist folder (holds artifacts.json).' },
    checksums: {
        encode: 'text',
        description: 'Absolute path of the checksums file, or empty when checksums is false.'
    },
    version: {
        encode: 'text',
        description: 'The version injected into the binaries (semver, no leading v).'
    }
};
// The state the post step reads (kept under these names: the post-step tests write them by hand).
const STATE_CACHES = 'caches';
const STATE_SAVE = 'cacheSave';
const FINGERPRINT = {
    type: 'object',
    properties: { files: { type: 'number' }, bytes: { type: 'number' }, newestMs: { type: 'number' } },
    required: ['files', 'bytes', 'newestMs']
};
const CACHE_STATES = {
    type: 'array',
    items: {
        type: 'object',
        properties: {
            spec: {
                type: 'object',
                properties: {
                    name: { enum: ['gomod', 'gobuild'] },
                    path: { type: 'string', minLength: 1 },
                    key: { type: 'string', minLength: 1 },
                    restoreKeys: { type: 'array', items: { type: 'string' } }
                },
                required: ['name', 'path', 'key', 'restoreKeys']
            },
            restoredKey: { type: 'string' },
            before: FINGERPRINT
        },
        required: ['spec']
    }
};
const SAVE_STATE = {
    type: 'object',
    properties: {
        mode: { enum: ['auto', 'true', 'false'] },
        ref: { type: 'string' },
        defaultBranch: { type: 'string' }
    },
    required: ['mode', 'ref']
};
async function restoreCaches(plan, o, ctx) {
    const service = ctx.cache;
    if (!o.cache || !service)
        return [];
    const available = service.availability();
    if (!available.ok) {
        ctx.host.logger.warn(`the GitHub Actions cache service is not available here (${available.missing} is not set${available.protocol ? `, cache protocol ${available.protocol}` : ''}), so GOMODCACHE and GOCACHE are neither restored nor saved.`);
        return ['caches: service not available'];
    }
    const specs = cacheSpecs({
        os: o.runner.os,
        arch: o.runner.arch,
        goVersion: plan.goVersion,
        targets: plan.targets,
        goSumHash: plan.goSumHash,
        goModCache: plan.goModCache,
        goCache: plan.goCache
    });
    const states = [];
    const notes = [];
    await ctx.host.logger.group('restore caches', async () => {
        for (const spec of specs) {
            let restoredKey;
            try {
                restoredKey = await service.restore([spec.path], spec.key, spec.restoreKeys);
            }
            catch (err) {
                ctx.host.logger.warn(`restoring the ${spec.name} cache failed, building without it: ${err.message}`);
            }
            const kind = !restoredKey ? 'miss' : restoredKey === spec.key ? 'hit' : `partial (${restoredKey})`;
            notes.push(`${spec.name === 'gomod' ? 'GOMODCACHE' : 'GOCACHE'}: ${kind}`);
            ctx.host.logger.info(`${spec.name} cache: ${kind}`);
            states.push({ spec, restoredKey, before: await fingerprint(spec.path) });
        }
    });
    ctx.state.set(STATE_CACHES, JSON.stringify(states));
    ctx.state.set(STATE_SAVE, JSON.stringify({ mode: o.cacheSave, ref: ctx.ci.ref, defaultBranch: ctx.ci.defaultBranch }));
    return notes;
}
/** The post step: trim GOCACHE, then save each cache the policy allows and that changed. */
async function saveCaches(ctx) {
    const raw = ctx.state.get(STATE_CACHES);
    if (!raw)
        return;
    const log = ctx.host.logger;
    const states = (0,json/* parseJsonAs */.WT)(raw, CACHE_STATES, 'the saved cache state');
    const save = (0,json/* parseJsonAs */.WT)(ctx.state.get(STATE_SAVE) ?? '{"mode":"false","ref":""}', SAVE_STATE, 'the saved cache policy');
    const savedKeys = [];
    for (const s of states) {
        if (s.spec.name === 'gobuild' && save.mode !== 'false') {
            const t = await trimCache(s.spec.path, GOCACHE_CAP_BYTES);
            if (t.removedFiles)
                log.info(`GOCACHE trimmed from ${(0,format/* formatBytes */.z3)(t.bytesBefore)} to ${(0,format/* formatBytes */.z3)(t.bytesAfter)} (${t.removedFiles} files)`);
        }
        const decision = decideSave({
            mode: save.mode,
            ref: save.ref,
            defaultBranch: save.defaultBranch,
            key: s.spec.key,
            restoredKey: s.restoredKey,
            savedKeys,
            before: s.before,
            after: await fingerprint(s.spec.path)
        });
        if (!decision.save) {
            log.info(`${s.spec.name} cache not saved: ${decision.reason}`);
            continue;
        }
        const r = ctx.cache
            ? await ctx.cache.save([s.spec.path], s.spec.key)
            : { saved: false, reason: 'no cache service' };
        if (r.saved) {
            savedKeys.push(s.spec.key);
            log.info(`${s.spec.name} cache saved as ${s.spec.key} (${decision.reason})`);
        }
        else
            log.warn(`${s.spec.name} cache not saved: ${r.reason ?? 'the save failed'}`);
    }
}
const buildStage = (0,stage/* defineStage */.wf)({
    name: 'build',
    action: 'go-build',
    title: 'gantry go-build',
    description: 'Cross-compile a Go module for many targets, reproducibly, with per-target caches, archives, checksums and artifacts.json.',
    summary: 'cross-compile the Go module into dist/ (binaries, archives, checksums, artifacts.json)',
    branding: { icon: 'package', color: 'blue' },
    inputs,
    outputs,
    parse(i, env) {
        const workingDirectory = external_node_path_default().resolve(env.cwd, i['working-directory']);
        return {
            workingDirectory,
            workspace: env.ci.workspace || env.cwd,
            main: i.main,
            binary: i.binary || undefined,
            targets: i.targets,
            target: i.target || undefined,
            version: i.version || undefined,
            ref: env.ci.ref,
            sha: env.ci.sha,
            sourceDateEpoch: env.env.SOURCE_DATE_EPOCH?.trim() || undefined,
            ldflags: i.ldflags,
            flags: i.flags.flatMap(l => l.split(/\s+/).filter(Boolean)),
            tags: i.tags,
            env: i.env,
            cgo: i.cgo,
            dist: external_node_path_default().resolve(workingDirectory, i.dist),
            archives: i.archives,
            archiveName: i['archive-name'],
            compressionLevel: i['compression-level'],
            checksums: i.checksums,
            verifyModules: i['verify-modules'],
            parallelism: i.parallelism,
            lockTimeoutMs: i['lock-timeout'] * 1000,
            cache: i.cache,
            cacheSave: i['cache-save'],
            runner: { os: env.env.RUNNER_OS || external_node_os_default().platform(), arch: env.env.RUNNER_ARCH || external_node_os_default().arch() }
        };
    },
    async run(o, ctx) {
        const plan = await (0,build/* prepareBuild */.yI)(o, ctx.host);
        let cacheNotes;
        try {
            cacheNotes = await restoreCaches(plan, o, ctx);
        }
        catch (err) {
            await (0,build/* releaseBuild */.Iq)(plan);
            throw err;
        }
        return { ...(await (0,build/* runBuild */.cM)(plan, ctx.host)), cacheNotes };
    },
    output: r => ({
        artifacts: r.manifest,
        dist: r.dist,
        checksums: r.checksumsFile ?? '',
        version: r.version
    }),
    report: r => {
        const several = new Set(r.results.map(t => t.binary)).size > 1;
        const verify = r.verify !== 'marker'
            ? ''
            : r.modulesMs
                ? ' go mod verify skipped: the module cache was verified for this go.sum.'
                : ' go mod download and verify skipped: the module cache holds and verified this go.mod and go.sum.';
        return {
            title: `gantry go-build ${r.version}`,
            table: {
                columns: [several ? 'binary / target' : 'target', 'binary size', 'build time', 'cache'],
                rows: r.results.map(t => [
                    several ? `${t.binary} ${t.platform}` : t.platform,
                    (0,format/* formatBytes */.z3)(t.size),
                    (0,format/* formatDuration */.a3)(t.durationMs),
                    t.compiled ? `miss (${t.compiled} packages compiled)` : 'hit'
                ])
            },
            paragraphs: [
                `Parallelism ${r.parallelism.value}: ${r.parallelism.reason}.` +
                    (r.modulesMs
                        ? ` Modules downloaded${r.verify === 'verified' ? ' and verified' : ''} in ${(0,format/* formatDuration */.a3)(r.modulesMs)}.`
                        : '') +
                    verify +
                    (r.cacheNotes.length ? ` ${r.cacheNotes.join('; ')}.` : '')
            ]
        };
    },
    post: { if: 'success()', run: saveCaches }
});


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


/***/ })

};

//# sourceMappingURL=390.index.js.map