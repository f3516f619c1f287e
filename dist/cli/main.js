import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9708:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ CONFIG_FILES)
/* harmony export */ });
// The names gantry.yml may have, in the order they are looked for: a module of its own, so the CLI can look
// for the file without loading the YAML parser and the schema of every stage when there is none.
const CONFIG_FILES = ['gantry.yml', 'gantry.yaml'];


/***/ }),

/***/ 2291:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   cG: () => (/* binding */ parseInteger)
/* harmony export */ });
/* unused harmony exports parseBoolean, parseList, parseKeyValues, parseEnum, rawValue */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
// A stage's inputs as declared values: each input's `kind` chooses its parser, and the parsed type of every
// input follows from the declaration (`as const satisfies InputSpecs`), so option names and value types are
// checked at compile time. Every front end hands over raw strings exactly as GitHub passes action inputs
// (the CLI from flags and gantry.yml); the same parsers then give the same UserError, naming the input,
// everywhere.

function parseBoolean(value, name) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${value}" is not a boolean.`, { input: name, fix: 'write true or false.' });
}
/**
 * A list as the docker actions accept them: one item per line or comma-separated, blank items and `#`
 * comment lines dropped. `commas: false` for values that may contain commas (ldflags, rules).
 */
function parseList(value, opts = {}) {
    const out = [];
    for (const line of value.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (!trimmed || trimmed.startsWith('#'))
            continue;
        const items = opts.commas === false ? [trimmed] : trimmed.split(',');
        for (const item of items)
            if (item.trim())
                out.push(item.trim());
    }
    return out;
}
function parseInteger(value, name, range = {}) {
    const v = value.trim();
    const n = Number(v);
    const bad = !/^-?\d+$/.test(v) ||
        (range.min !== undefined && n < range.min) ||
        (range.max !== undefined && n > range.max);
    if (bad) {
        const bounds = range.min !== undefined && range.max !== undefined
            ? ` from ${range.min} to ${range.max}`
            : range.min !== undefined
                ? ` of at least ${range.min}`
                : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${value}" is not a whole number${bounds}.`, {
            input: name,
            fix: `write a whole number${bounds}.`
        });
    }
    return n;
}
/** `KEY=value` lines (env, build-args, labels): pairs in order; a line without `=` is a UserError. */
function parseKeyValues(value, name) {
    const out = [];
    for (const line of parseList(value, { commas: false })) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${line}" is not KEY=value.`, {
                input: name,
                fix: 'write one KEY=value per line.'
            });
        out.push([line.slice(0, eq).trim(), line.slice(eq + 1)]);
    }
    return out;
}
function parseEnum(value, name, values, aliases = {}) {
    const v = value.trim().toLowerCase();
    const a = aliases[v];
    if (a !== undefined)
        return a;
    const found = values.find(x => x.toLowerCase() === v);
    if (found === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${value}" is not one of ${values.join(', ')}.`, {
            input: name,
            fix: `write one of ${values.join(', ')}.`
        });
    return found;
}
/** The raw text of one input after the default: trimmed; a required input without a value is a UserError. */
function rawValue(raw, name, spec) {
    const value = raw[name]?.trim();
    if (value)
        return value;
    const fallback = spec.default ?? '';
    if (!fallback && spec.required)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is required.', { input: name, fix: `set the ${name} input.` });
    return fallback;
}
function parseOne(raw, name, spec) {
    const text = rawValue(raw, name, spec);
    switch (spec.kind) {
        case 'bool':
            return parseBoolean(text || 'false', name);
        case 'list':
            return parseList(text, { commas: spec.commas });
        case 'enum':
            return parseEnum(text, name, spec.values, spec.aliases);
        case 'int':
            if (spec.auto && text.toLowerCase() === 'auto')
                return 'auto';
            return parseInteger(text, name, spec);
        case 'keyvalues':
            return parseKeyValues(text, name);
        default:
            return text;
    }
}
/** Parse every input of a spec from raw strings. Fails on the first bad input, in declaration order. */
function parseInputs(spec, raw) {
    const out = {};
    for (const [name, s] of Object.entries(spec))
        out[name] = parseOne(raw, name, s);
    return out;
}


/***/ }),

/***/ 2432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline),
/* harmony export */   v: () => (/* binding */ stageOptions)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2291);
// Several stages in one process, GoReleaser's pipes in shape: a readable list of named steps, each with a
// skip rule and the stage's options built from the raw inputs and the typed results of the steps before it
// (passed in memory, never through strings). Post steps (cache save, logout) run once at the end, last
// stage first, under their conditions as in a job, and their failures are warnings. The root action and
// `gantry release` are such a list.


/** Parse a stage's raw inputs into its options, as every front end does. */
async function stageOptions(
// eslint-disable-next-line @typescript-eslint/no-explicit-any
stage, raw, env) {
    return stage.parse((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(stage.inputs, raw), env);
}
function state(results) {
    return {
        results,
        result(step) {
            if (!results.has(step))
                throw new Error(`pipeline: step ${step} has no result`);
            return results.get(step);
        }
    };
}
/**
 * Run the pipes in order; the first failure stops the pipeline (posts still run). A failed gate stops it too
 * but returns normally, with `stopped` set, so the caller can report the results so far before failing.
 */
async function runPipeline(pipes, ctx, 
/** For pipes given raw inputs; pipes with parsed options need none. */
env) {
    const out = { results: new Map(), skipped: [], reports: [] };
    const started = [];
    const s = state(out.results);
    let failed = true;
    try {
        for (const pipe of pipes) {
            const reason = pipe.skip?.(s);
            if (reason) {
                ctx.host.logger.info(`${pipe.name}: skipped (${reason})`);
                out.skipped.push({ step: pipe.name, reason });
                continue;
            }
            let options = pipe.options;
            if (options === undefined) {
                if (!env)
                    throw new Error(`pipeline: step ${pipe.name} has raw inputs and no ParseEnv`);
                options = await stageOptions(pipe.stage, pipe.inputs ?? {}, env);
            }
            if (pipe.adjust)
                options = await pipe.adjust(options, s);
            if (!started.includes(pipe.stage))
                started.push(pipe.stage);
            const result = await ctx.host.logger.group(pipe.name, () => pipe.stage.run(options, ctx));
            out.results.set(pipe.name, result);
            out.reports.push({ step: pipe.name, report: pipe.stage.report(result) });
            // A failed gate (the scan's exit-code) stops the pipeline as a failed step would.
            const gate = pipe.stage.gate?.(result);
            if (gate) {
                out.stopped = { step: pipe.name, gate };
                break;
            }
        }
        failed = out.stopped !== undefined;
    }
    finally {
        // As in a job: `success()` posts (cache saves) only after a success, `always()` posts (logouts) always.
        for (const stage of started.reverse())
            if (stage.post && (stage.post.if === 'always()' || !failed))
                await stage.post.run(ctx).catch((err) => {
                    const f = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(err, 'run with debug logging for the stack');
                    if (f.stack)
                        ctx.host.logger.debug(f.stack);
                    ctx.host.logger.warn(`${stage.name} clean-up: ${f.message}`);
                });
    }
    return out;
}


/***/ }),

/***/ 1634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rv: () => (/* binding */ memoryState),
/* harmony export */   _N: () => (/* binding */ localParseEnv),
/* harmony export */   wf: () => (/* binding */ defineStage)
/* harmony export */ });
// A stage is a value: its name, its inputs and outputs (declared, from which action.yml, the CLI's flags,
// gantry.yml's schema and the docs tables are generated), a parser from inputs to typed options, the run
// itself, an optional post step, and a summary. One runtime runs it as an action (src/actions/lib/runtime.ts),
// as a CLI command (src/cli/main.ts), or as one step of the pipeline (./pipeline.ts). Modelled on
// GoReleaser's pipes and actions/cache's state provider.
/** Declare a stage; the identity function that lets TypeScript infer the spec types. */
function defineStage(stage) {
    return stage;
}
/** A ParseEnv outside any CI run: the CLI's view with no GITHUB_* context (tests, benchmarks). */
function localParseEnv(cwd, over = {}) {
    return {
        cwd,
        ci: over.ci ?? {
            eventName: '',
            ref: '',
            sha: '',
            repository: '',
            serverUrl: 'https://github.com',
            apiUrl: 'https://api.github.com',
            workspace: cwd,
            payload: {}
        },
        env: over.env ?? {},
        surface: over.surface ?? 'action'
    };
}
/** A StateStore in memory, for the CLI and the pipeline (post runs in the same process). */
function memoryState() {
    const m = new Map();
    return { get: k => m.get(k), set: (k, v) => void m.set(k, v) };
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   u7: () => (/* binding */ isErrorLike),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export isUserError */
// UserError is the one error type that means "the input is wrong": it carries what was wrong and how to fix
// it. Adapters print it as ::error:: without a stack and exit 1; anything else is a bug.
class UserError extends Error {
    /** The input, option or file at fault (e.g. `targets`, `working-directory`), when there is one. */
    input;
    /** What was wrong, without the input name. */
    detail;
    /** One sentence on how to fix it. */
    fix;
    /** The message reads "<input>: <detail> Fix: <fix>". */
    constructor(detail, opts = {}) {
        const head = opts.input ? `${opts.input}: ${detail}` : detail;
        const fix = opts.fix ? ` ${opts.fix.startsWith('Fix:') ? opts.fix : `Fix: ${opts.fix}`}` : '';
        super(head + fix, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.name = 'UserError';
        this.input = opts.input;
        this.detail = detail;
        this.fix = opts.fix;
    }
    /** The message as printed to users. */
    describe() {
        return this.message;
    }
}
function isUserError(err) {
    return err instanceof UserError;
}
/**
 * The one error policy of every front end (action, CLI, pipeline): a UserError is printed as it is, anything
 * else is a gantry bug, reported with `debugHint` (how to see the stack on that front end).
 */
function describeFailure(err, debugHint) {
    if (isUserError(err))
        return { message: err.describe(), bug: false };
    const e = isErrorLike(err) ? err : new Error(String(err));
    return { message: `${e.message} (this is a gantry bug; ${debugHint})`, bug: true, stack: e.stack };
}
/**
 * An Error from any realm: errors Node's own modules raise are not `instanceof Error` inside a vm context
 * (jest runs the sources in one), so checks that walk causes use this rather than instanceof.
 */
function isErrorLike(e) {
    return (e instanceof Error || (typeof e === 'object' && e !== null && typeof e.message === 'string'));
}


/***/ }),

/***/ 2817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ ExecError),
  k: () => (/* binding */ createExec)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/util/exec.ts
// Run a program with an argv array (never a shell string), capture its output with a bound on memory, and
// optionally stream lines as they come.

class ExecError extends Error {
    file;
    args;
    result;
    constructor(file, args, result) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');
        super(`${file} ${args.join(' ')} exited with code ${result.code}${tail ? `:\n${tail}` : ''}`);
        this.file = file;
        this.args = args;
        this.result = result;
        this.name = 'ExecError';
    }
}
class Tail {
    max;
    onLine;
    chunks = [];
    size = 0;
    truncated = false;
    partial = '';
    constructor(max, onLine) {
        this.max = max;
        this.onLine = onLine;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
            this.truncated = true;
        }
        if (this.onLine) {
            const text = this.partial + chunk.toString('utf8');
            const lines = text.split(/\r?\n/);
            this.partial = lines.pop() ?? '';
            for (const line of lines)
                this.onLine(line);
        }
    }
    finish() {
        if (this.onLine && this.partial)
            this.onLine(this.partial);
        this.partial = '';
        let buf = Buffer.concat(this.chunks);
        if (buf.length > this.max) {
            buf = buf.subarray(buf.length - this.max);
            this.truncated = true;
        }
        return buf.toString('utf8');
    }
}
function createExec(defaultEnv) {
    return (file, args, opts = {}) => new Promise((resolve, reject) => {
        const env = Object.fromEntries(Object.entries(opts.env ?? defaultEnv).filter((e) => e[1] !== undefined));
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
            cwd: opts.cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true
        });
        const max = opts.maxBuffer ?? 16 * 1024 * 1024;
        const out = new Tail(max, opts.onStdoutLine);
        const err = new Tail(max, opts.onStderrLine);
        let timer;
        if (opts.timeoutMs)
            timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', e => {
            if (timer)
                clearTimeout(timer);
            reject(e.code === 'ENOENT'
                ? Object.assign(new Error(`${file}: command not found (is it installed and on PATH?)`), {
                    code: 'ENOENT'
                })
                : e);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: out.finish(),
                stderr: err.finish(),
                truncated: out.truncated || err.truncated
            };
            if (result.code !== 0 && !opts.ignoreReturnCode)
                reject(new ExecError(file, args, result));
            else
                resolve(result);
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading its input */
        });
        if (opts.input !== undefined)
            child.stdin.end(opts.input);
        else
            child.stdin.end();
    });
}


/***/ }),

/***/ 2693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Formatting shared by logs, summaries and reports: byte sizes, durations and RFC 3339 timestamps.
/** `1.5 KiB`, `12.3 MiB`: binary units, one decimal. */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (Math.abs(v) >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const m = Math.floor(ms / 60_000);
    return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** RFC 3339 in UTC with second precision (`2024-05-01T12:00:00Z`), from a Date or Unix seconds. */
function rfc3339(t) {
    const d = typeof t === 'number' ? new Date(t * 1000) : t;
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ }),

/***/ 4860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ createHost),
/* harmony export */   E: () => (/* binding */ withEnv)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2817);
// The small host interface every core function takes: how to run programs, where to log, where to put
// temporary files, and the environment tools run in. Adapters and the CLI build one; tests build their own.




function createHost(opts) {
    const root = opts.tempRoot ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir();
    return {
        exec: (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .createExec */ .k)(opts.env),
        logger: opts.logger,
        env: opts.env,
        tempDir: prefix => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, `gantry-${prefix ?? 'tmp'}-`)),
        now: () => Date.now()
    };
}
/** The same host with more environment for the tools it runs (a step's DOCKER_CONFIG, say). */
function withEnv(host, extra) {
    const env = { ...host.env, ...extra };
    return {
        ...host,
        env,
        exec: (file, args, opts = {}) => host.exec(file, args, { ...opts, env: opts.env ?? env })
    };
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ quoteLines),
/* harmony export */   DX: () => (/* binding */ clipLine),
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hV: () => (/* binding */ writeFenced)
/* harmony export */ });
/* unused harmony exports mayStartCommand, stopCommandsToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Text that did not come from gantry (commit messages, event payloads, files, registry errors) must never
// start a workflow command in a runner's log: the runner treats any line whose trimmed text starts with `::`
// as a command, and it splits lines at CR as well as LF. These helpers make such text inert.

// C0 controls but TAB, DEL, C1 controls, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One line of text: control characters (CR, LF, ESC, ...) become visible escapes such as `\r`. */
function oneLine(text) {
    return text.replace(CONTROL, c => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** oneLine, cut to at most `max` characters (the last one an ellipsis): for table cells and titles. */
function clipLine(text, max) {
    const one = oneLine(text);
    return one.length > max ? `${one.slice(0, Math.max(0, max - 1))}…` : one;
}
/**
 * Multi-line text gantry assembles (a report table) from parts that may not be gantry's: a line that would
 * start a workflow command (`::`, or the legacy `##[`, after any indentation) has its first character
 * spaced out, so the runner leaves it alone.
 */
function neutralizeCommands(text) {
    return text.replace(/^(\s*)(::|##\[)/gm, (_m, ws, cmd) => `${ws}${cmd[0]} ${cmd.slice(1)}`);
}
/** Does some line of this text, split as the runner splits it, begin a workflow command? */
function mayStartCommand(text) {
    return /(^|[\r\n\u2028\u2029\u0085])[\s]*::/.test(text);
}
/** A fresh token for `::stop-commands::<token>` ... `::<token>::`. */
function stopCommandsToken() {
    return `gantry-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
}
/**
 * Another program's output (go's stderr) inside a message, one quoted line per line: control characters
 * escaped and `> ` in front, so no line can start a workflow command even where the runner trims spaces.
 */
function quoteLines(text, max = 8) {
    const lines = text.trim().split(/\r?\n/).filter(Boolean).slice(-max);
    return lines.map(l => `> ${oneLine(l)}`).join('\n');
}
/**
 * Write text that did not come from gantry (a generated file, a tool's output, a git message) so that no
 * line of it can run a workflow command: when it could, it goes between `::stop-commands::<token>` and
 * `::<token>::` with a fresh token, so the runner treats every line in between as plain text.
 */
function writeFenced(message, write) {
    if (!mayStartCommand(message) && !/[\r\u2028\u2029\u0085]/.test(message))
        return write(message);
    const token = stopCommandsToken();
    write(`::stop-commands::${token}`);
    write(message);
    write(`::${token}::`);
}


/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line parsing for `gantry <command>`: a stage's inputs become flags with the same names
// (`--working-directory`, `--targets`). Lists may be given once or repeated; any other flag given twice
// takes the last value. Booleans take `--push`, `--no-push` or `--push=false`. A secret (a password) is
// never an argument, where the process list and the shell history would show it: it comes from stdin
// (`--password-stdin`) or the environment (`GANTRY_PASSWORD`).


/** The environment variable a secret input is read from: GANTRY_PASSWORD for `password`. */
function secretEnvVar(name) {
    return `GANTRY_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** The secret inputs the CLI takes (from stdin or the environment). */
function cliSecrets(spec) {
    return Object.entries(spec)
        .filter(([, s]) => s.kind === 'secret' && !s.actionOnly)
        .map(([n]) => n);
}
/** `--password value` or `--password=value`: refused before anything else, without echoing the value. */
function refuseSecretArgs(spec, argv) {
    for (const name of cliSecrets(spec))
        if (argv.some(a => a === `--${name}` || a.startsWith(`--${name}=`)))
            throw new errors/* UserError */.yo('is never taken from the command line, where the process list and the shell history show it.', {
                input: name,
                fix: `pipe it to --${name}-stdin, or set ${secretEnvVar(name)} in the environment.`
            });
}
const REPEATABLE = new Set(['list', 'keyvalues']);
function parseCommandArgs(spec, argv) {
    const options = {
        config: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' }
    };
    refuseSecretArgs(spec, argv);
    const booleans = new Set();
    for (const name of cliSecrets(spec))
        options[`${name}-stdin`] = { type: 'boolean' };
    for (const [name, opt] of Object.entries(spec)) {
        if (opt.actionOnly || opt.kind === 'secret')
            continue;
        // Booleans are parsed as strings too, so `--push=false` works; a bare `--push` is rewritten below.
        options[name] = { type: 'string', multiple: true };
        if (opt.kind === 'bool')
            booleans.add(name);
    }
    const rewritten = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const m = /^--(no-)?([a-z0-9-]+)$/.exec(a);
        if (m && booleans.has(m[2])) {
            const next = argv[i + 1];
            if (!m[1] && (next === 'true' || next === 'false')) {
                rewritten.push(`--${m[2]}=${next}`);
                i++;
            }
            else
                rewritten.push(`--${m[2]}=${m[1] ? 'false' : 'true'}`);
        }
        else
            rewritten.push(a);
    }
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,external_node_util_.parseArgs)({ args: rewritten, options, strict: true, allowPositionals: true }));
    }
    catch (err) {
        const message = err.message;
        // parseArgs refuses `--ldflags -s` (a value starting with a dash after a space): say how to write it.
        const dash = /argument is ambiguous/.test(message);
        throw new errors/* UserError */.yo(message.split('\n')[0].replace(/\. To specify.*$/s, '.'), {
            input: 'command line',
            fix: dash
                ? 'write a value that starts with - as --name=value, as in --ldflags="-s -w".'
                : 'run with --help for the options this command takes.'
        });
    }
    if (positionals.length)
        throw new errors/* UserError */.yo(`unexpected argument "${positionals[0]}".`, {
            input: 'command line',
            fix: 'options are written --name value; run with --help.'
        });
    const out = {};
    for (const [name, opt] of Object.entries(spec)) {
        if (opt.kind === 'secret')
            continue;
        const v = values[name];
        if (v?.length)
            out[name] = REPEATABLE.has(opt.kind) ? v.join('\n') : v[v.length - 1];
    }
    const fromStdin = cliSecrets(spec).filter(n => values[`${n}-stdin`]);
    if (fromStdin.length > 1)
        throw new errors/* UserError */.yo(`only one secret can come from stdin; ${fromStdin.map(n => `--${n}-stdin`).join(' and ')} were given.`, {
            input: 'command line',
            fix: `give the others in the environment (${fromStdin.slice(1).map(secretEnvVar).join(', ')}).`
        });
    return {
        options: out,
        config: values.config,
        verbose: Boolean(values.verbose),
        help: Boolean(values.help),
        stdinSecret: fromStdin[0]
    };
}
/**
 * The secret inputs' values: the one named by `--<name>-stdin` from stdin (one trailing newline dropped, as
 * docker login --password-stdin does), the others from GANTRY_<NAME>.
 */
async function readSecrets(spec, args, env, readStdin) {
    const out = {};
    for (const name of cliSecrets(spec)) {
        if (args.stdinSecret === name) {
            const value = (await readStdin()).replace(/\r?\n$/, '');
            if (!value)
                throw new errors/* UserError */.yo('--' + name + '-stdin was given but stdin was empty.', {
                    input: name,
                    fix: `pipe the value in: printf %s "$TOKEN" | gantry ... --${name}-stdin.`
                });
            out[name] = value;
        }
        else if (env[secretEnvVar(name)])
            out[name] = env[secretEnvVar(name)];
    }
    return out;
}
function usage(command, spec, summary) {
    const lines = [`gantry ${command} [options]`, '', summary, '', 'Options:'];
    for (const [name, opt] of Object.entries(spec)) {
        if (opt.actionOnly)
            continue;
        const flag = opt.kind === 'bool'
            ? `--${name}[=true|false]`
            : opt.kind === 'secret'
                ? `--${name}-stdin (or ${secretEnvVar(name)} in the environment)`
                : `--${name} <value>`;
        lines.push(`  ${flag}`);
        lines.push(`      ${opt.description}${opt.default ? ` (default: ${opt.default})` : ''}`);
    }
    lines.push('  --config <file>', '      gantry.yml to read (default: ./gantry.yml if present)');
    lines.push('  --verbose, -v', '      debug output');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/config/config-files.ts
var config_files = __nccwpck_require__(9708);
;// CONCATENATED MODULE: ./src/model/ci-context.ts
// The CI context: what GitHub tells a job about the run (event, ref, commit, repository). The adapters and
// the CLI build it from the environment they were given; the core only ever sees this typed value.

/** Build the context from a process environment (GITHUB_* variables and the event payload file). */
function ciContextFromEnv(env, cwd) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            const data = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            // Only an object is a payload; its fields are read with type checks where they are used.
            payload =
                data && typeof data === 'object' && !Array.isArray(data) ? data : {};
        }
        catch {
            payload = {};
        }
    }
    const repo = payload.repository;
    const pr = payload.pull_request?.number ?? payload.number;
    let pullRequest = typeof pr === 'number' && Number.isInteger(pr) ? pr : undefined;
    const ref = env.GITHUB_REF ?? '';
    const m = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pullRequest === undefined && m)
        pullRequest = Number(m[1]);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref,
        sha: env.GITHUB_SHA ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        defaultBranch: typeof repo?.default_branch === 'string' ? repo.default_branch : undefined,
        pullRequest,
        workspace: env.GITHUB_WORKSPACE ?? cwd,
        payload
    };
}

// EXTERNAL MODULE: ./src/util/host.ts
var host = __nccwpck_require__(4860);
// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(2693);
// EXTERNAL MODULE: ./src/util/log-safe.ts
var log_safe = __nccwpck_require__(8854);
;// CONCATENATED MODULE: ./src/util/logger.ts
// The logger interface the core writes through. Adapters back it with @actions/core (annotations, groups,
// masking); the CLI backs it with plain stderr output.


/** A logger that keeps every line, for tests and for capturing output of sub-steps. */
class MemoryLogger {
    lines = [];
    secrets = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    warn(message, where) {
        this.lines.push({ level: 'warn', message, where });
    }
    error(message, where) {
        this.lines.push({ level: 'error', message, where });
    }
    async group(name, fn) {
        this.lines.push({ level: 'info', message: `[group] ${name}` });
        return fn();
    }
    mask(secret) {
        if (secret)
            this.secrets.push(secret);
    }
    text(level) {
        return this.lines
            .filter(l => !level || l.level === level)
            .map(l => l.message)
            .join('\n');
    }
}
/**
 * Plain stderr logger for the CLI and scripts. Secrets registered with mask() are replaced by ***. The CLI
 * may run in a workflow step, where the runner reads stderr for workflow commands too: text that could start
 * one is fenced as the action logger does.
 */
class ConsoleLogger {
    verbose;
    write;
    secrets = [];
    constructor(verbose = false, write = line => process.stderr.write(line + '\n')) {
        this.verbose = verbose;
        this.write = write;
    }
    redact(s) {
        let out = s;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
    out(s) {
        (0,log_safe/* writeFenced */.hV)(this.redact(s), this.write);
    }
    where(w) {
        if (!w?.file)
            return '';
        return `${w.file}${w.line ? `:${w.line}` : ''}${w.column ? `:${w.column}` : ''}: `;
    }
    info(message) {
        this.out(message);
    }
    debug(message) {
        if (this.verbose)
            this.out(`debug: ${message}`);
    }
    warn(message, where) {
        this.out(`warning: ${this.where(where)}${message}`);
    }
    error(message, where) {
        this.out(`error: ${this.where(where)}${message}`);
    }
    async group(name, fn) {
        this.out(`==> ${name}`);
        const start = Date.now();
        try {
            return await fn();
        }
        finally {
            this.out(`<== ${name} (${(0,format/* formatDuration */.a3)(Date.now() - start)})`);
        }
    }
    mask(secret) {
        if (secret && !this.secrets.includes(secret))
            this.secrets.push(secret);
    }
}

// EXTERNAL MODULE: ./src/runtime/pipeline.ts
var pipeline = __nccwpck_require__(2432);
;// CONCATENATED MODULE: ./src/runtime/outputs.ts
// A stage's outputs as declared values: each output's `encode` says how its value becomes the string an
// action output is (JSON for structure, one item per line for lists), so the four stages encode alike. The
// CLI prints the same outputs as one JSON object, with JSON outputs nested rather than as strings.
function encodeOutput(spec, value) {
    switch (spec.encode) {
        case 'json':
            return JSON.stringify(value);
        case 'lines':
            return value.join('\n');
        case 'csv':
            return value.join(',');
        case 'bool':
            return value ? 'true' : 'false';
        default:
            return String(value);
    }
}
/** Every output as the string an action sets, in declaration order; unset outputs are left out. */
function encodeOutputs(specs, values) {
    const out = [];
    for (const [name, spec] of Object.entries(specs)) {
        const v = values[name];
        if (v !== undefined)
            out.push([name, encodeOutput(spec, v)]);
    }
    return out;
}
/** The CLI's JSON object of the outputs: JSON outputs nested as values, the others as their strings. */
function outputsObject(specs, values) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const v = values[name];
        if (v === undefined)
            continue;
        out[name] = spec.encode === 'json' ? v : encodeOutput(spec, v);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/runtime/summary.ts
// The small model a stage's summary returns, and its two renderings: HTML for the job summary
// (GITHUB_STEP_SUMMARY) and aligned plain text for a terminal. Every piece of text is escaped for the
// rendering it ends up in, so a commit header or an image label can never inject markup.
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cellHtml(c) {
    if (typeof c === 'string')
        return escapeHtml(c);
    if (isRun(c))
        return c.map(cellHtml).join('');
    if ('code' in c)
        return `<code>${escapeHtml(c.code)}</code>`;
    return `<b>${escapeHtml(c.bold)}</b>`;
}
function cellText(c) {
    if (typeof c === 'string')
        return c;
    if (isRun(c))
        return c.map(cellText).join('');
    return 'code' in c ? c.code : c.bold;
}
function isRun(c) {
    return Array.isArray(c);
}
/** The job summary: a heading, a table, facts, paragraphs and notes, as GitHub renders HTML in markdown. */
function renderHtml(s) {
    const out = [`<h3>${escapeHtml(s.title)}</h3>`];
    if (s.table) {
        const head = `<tr>${s.table.columns.map(c => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
        const rows = s.table.rows.map(r => `<tr>${r.map(c => `<td>${cellHtml(c)}</td>`).join('')}</tr>`);
        out.push(`<table>${head}${rows.join('')}</table>`);
    }
    for (const f of s.facts ?? [])
        out.push(`<p><b>${escapeHtml(f.label)}</b> ${cellHtml(f.value)}</p>`);
    for (const p of s.paragraphs ?? [])
        out.push(`<p>${escapeHtml(p)}</p>`);
    for (const n of s.notes ?? [])
        out.push(`<blockquote>${escapeHtml(n)}</blockquote>`);
    for (const section of s.sections ?? [])
        out.push(renderHtml(section).trimEnd());
    return out.join('\n') + '\n';
}
/** The same summary for a terminal: aligned columns, one fact per line. */
function renderText(s) {
    const lines = [s.title];
    if (s.table) {
        const rows = [s.table.columns, ...s.table.rows.map(r => r.map(cellText))];
        const widths = s.table.columns.map((_, i) => Math.max(...rows.map(r => (r[i] ?? '').length)));
        for (const r of rows)
            lines.push('  ' +
                r
                    .map((c, i) => c.padEnd(widths[i]))
                    .join('  ')
                    .trimEnd());
    }
    for (const f of s.facts ?? [])
        lines.push(`${f.label} ${cellText(f.value)}`);
    for (const p of s.paragraphs ?? [])
        lines.push(p);
    for (const n of s.notes ?? [])
        lines.push(`note: ${n}`);
    for (const section of s.sections ?? [])
        lines.push('', renderText(section));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/runtime/stage.ts
var runtime_stage = __nccwpck_require__(1634);
;// CONCATENATED MODULE: ./src/stages/catalog.ts
// The stage list as the CLI reads it at start-up: each stage's command name and summary, and how to load it.
// A command loads only its own stage (the bundler makes each a chunk), so `gantry build` does not compile
// or run the scanner's, the image builder's or the changelog's code. Same order and names as STAGES
// (src/stages/index.ts); __tests__/stages/catalog.test.ts holds the two lists together.
const STAGE_CATALOG = [
    {
        name: 'plan',
        summary: 'resolve the targets and print the build matrix',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(785), __nccwpck_require__.e(692)]).then(__nccwpck_require__.bind(__nccwpck_require__, 692))).planStage
    },
    {
        name: 'build',
        summary: 'cross-compile the Go module into dist/ (binaries, archives, checksums, artifacts.json)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(463), __nccwpck_require__.e(785), __nccwpck_require__.e(390), __nccwpck_require__.e(714)]).then(__nccwpck_require__.bind(__nccwpck_require__, 390))).buildStage
    },
    {
        name: 'tag',
        summary: 'decide the next version, create the git tag, and derive image tags, labels and the changelog',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(216), __nccwpck_require__.e(420)]).then(__nccwpck_require__.bind(__nccwpck_require__, 216))).tagStage
    },
    {
        name: 'image',
        summary: 'build a multi-arch image from prebuilt binaries (oci or buildx), push it, or merge digests',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(463), __nccwpck_require__.e(785), __nccwpck_require__.e(651), __nccwpck_require__.e(858), __nccwpck_require__.e(824), __nccwpck_require__.e(582)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4824))).imageStage
    },
    {
        name: 'scan',
        summary: 'scan an image or paths: vulnerabilities, secrets, Dockerfile rules; SARIF, SBOM, one gate',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(118), __nccwpck_require__.e(463), __nccwpck_require__.e(839), __nccwpck_require__.e(91), __nccwpck_require__.e(901), __nccwpck_require__.e(785), __nccwpck_require__.e(186), __nccwpck_require__.e(651), __nccwpck_require__.e(890), __nccwpck_require__.e(563), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1563))).scanStage
    },
    {
        name: 'github-release',
        summary: 'create or update the GitHub release of a tag with the archives, checksums and changelog',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(463), __nccwpck_require__.e(785), __nccwpck_require__.e(858), __nccwpck_require__.e(98)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1098))).githubReleaseStage
    },
    {
        name: 'release',
        summary: 'the whole pipeline: tag, build, image, scan, then push, tag and release',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(118), __nccwpck_require__.e(463), __nccwpck_require__.e(839), __nccwpck_require__.e(91), __nccwpck_require__.e(901), __nccwpck_require__.e(785), __nccwpck_require__.e(656), __nccwpck_require__.e(186), __nccwpck_require__.e(651), __nccwpck_require__.e(890), __nccwpck_require__.e(858), __nccwpck_require__.e(563), __nccwpck_require__.e(390), __nccwpck_require__.e(216), __nccwpck_require__.e(824), __nccwpck_require__.e(834)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5834))).releaseStage
    }
];
function catalogEntry(name) {
    return STAGE_CATALOG.find(s => s.name === name);
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The gantry CLI: every stage of src/stages as a command with the same option names as the actions, options
// from flags over an optional gantry.yml; secrets from stdin or the environment only. A stage's post step
// (logout, ...) runs when the command ends, and on SIGINT/SIGTERM before the process exits.
// Start-up counts (a warm `gantry build` is a few hundred ms): the commands come from the stage catalog, and
// a command loads only its own stage, gantry.yml's parser only when there is a file, generate only when run.













const DEBUG_HINT = 'run with --verbose for the stack';
function topUsage() {
    const width = Math.max(...STAGE_CATALOG.map(c => c.name.length), 'schema'.length);
    return [
        'gantry <command> [options]',
        '',
        'Commands:',
        ...STAGE_CATALOG.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
        `  ${'schema'.padEnd(width)}  print the JSON Schema of gantry.yml`,
        '',
        'Run gantry <command> --help for its options. Options may also come from gantry.yml.'
    ].join('\n');
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** Run the stage's post step once: at the end of the command, or when a signal stops it. */
function postOnce(stage, ctx, logger) {
    let done;
    return () => (done ??= stage.post
        ? stage.post.run(ctx).catch((err) => {
            const f = (0,errors/* describeFailure */.Ic)(err, DEBUG_HINT);
            if (f.stack)
                logger.debug(f.stack);
            logger.warn(`clean-up: ${f.message}`);
        })
        : Promise.resolve());
}
/** Run `fn`; SIGINT or SIGTERM runs the clean-up, then exits 130 or 143 (a login never outlives the command). */
async function withSignals(cleanUp, logger, fn) {
    const onSignal = (signal) => {
        logger.warn(`${signal}: stopping after the clean-up`);
        void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        return await fn();
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function runCommand(stage, argv, logger) {
    const args = parseCommandArgs(stage.inputs, argv);
    if (args.help) {
        process.stdout.write(usage(stage.name, stage.inputs, stage.summary) + '\n');
        return 0;
    }
    const cwd = process.cwd();
    const configPath = args.config ?? config_files/* CONFIG_FILES */.n.map(f => external_node_path_default().join(cwd, f)).find(f => (0,external_node_fs_.existsSync)(f));
    const file = configPath ? await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(118), __nccwpck_require__.e(463), __nccwpck_require__.e(839), __nccwpck_require__.e(91), __nccwpck_require__.e(901), __nccwpck_require__.e(785), __nccwpck_require__.e(656), __nccwpck_require__.e(186), __nccwpck_require__.e(651), __nccwpck_require__.e(890), __nccwpck_require__.e(858), __nccwpck_require__.e(563), __nccwpck_require__.e(390), __nccwpck_require__.e(216), __nccwpck_require__.e(824), __nccwpck_require__.e(834), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1974)) : undefined;
    const config = configPath ? await file?.loadConfig(configPath) : undefined;
    const secrets = await readSecrets(stage.inputs, args, process.env, readStdin);
    for (const value of Object.values(secrets))
        logger.mask(value);
    const raw = { ...file?.configOptions(config, stage), ...args.options, ...secrets };
    if (process.env.GITHUB_TOKEN)
        logger.mask(process.env.GITHUB_TOKEN);
    const ci = ciContextFromEnv(process.env, cwd);
    const options = await (0,pipeline/* stageOptions */.v)(stage, raw, { cwd, ci, env: process.env, surface: 'cli' });
    const ctx = {
        host: (0,host/* createHost */.D)({ logger, env: process.env }),
        ci,
        state: (0,runtime_stage/* memoryState */.Rv)(),
        surface: 'cli'
    };
    const cleanUp = postOnce(stage, ctx, logger);
    try {
        const gate = await withSignals(cleanUp, logger, async () => {
            const result = await stage.run(options, ctx);
            logger.info(renderText(stage.report(result)));
            process.stdout.write(JSON.stringify(outputsObject(stage.outputs, stage.output(result)), null, 2) + '\n');
            return stage.gate?.(result);
        });
        if (gate) {
            logger.error(gate.message);
            return gate.exitCode;
        }
    }
    finally {
        await cleanUp();
    }
    return 0;
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(topUsage() + '\n');
        return name ? 0 : 2;
    }
    if (name === 'schema') {
        const { buildSchema } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(118), __nccwpck_require__.e(463), __nccwpck_require__.e(839), __nccwpck_require__.e(91), __nccwpck_require__.e(901), __nccwpck_require__.e(785), __nccwpck_require__.e(656), __nccwpck_require__.e(186), __nccwpck_require__.e(651), __nccwpck_require__.e(890), __nccwpck_require__.e(858), __nccwpck_require__.e(563), __nccwpck_require__.e(390), __nccwpck_require__.e(216), __nccwpck_require__.e(824), __nccwpck_require__.e(834), __nccwpck_require__.e(974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1974));
        process.stdout.write(JSON.stringify(buildSchema(), null, 2) + '\n');
        return 0;
    }
    const verbose = rest.some(a => a === '--verbose' || a === '-v' || a === '--verbose=true') ||
        process.env.GANTRY_DEBUG === '1';
    const logger = new ConsoleLogger(verbose);
    try {
        if (name === 'generate')
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(118), __nccwpck_require__.e(463), __nccwpck_require__.e(839), __nccwpck_require__.e(91), __nccwpck_require__.e(901), __nccwpck_require__.e(785), __nccwpck_require__.e(656), __nccwpck_require__.e(186), __nccwpck_require__.e(651), __nccwpck_require__.e(890), __nccwpck_require__.e(858), __nccwpck_require__.e(563), __nccwpck_require__.e(390), __nccwpck_require__.e(216), __nccwpck_require__.e(824), __nccwpck_require__.e(834), __nccwpck_require__.e(287)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2287))).generate(rest, logger);
        const entry = catalogEntry(name);
        if (!entry)
            throw new errors/* UserError */.yo(`unknown command "${name}".`, {
                input: 'command line',
                fix: `use one of ${STAGE_CATALOG.map(s => s.name).join(', ')}.`
            });
        return await runCommand(await entry.load(), rest, logger);
    }
    catch (err) {
        const f = (0,errors/* describeFailure */.Ic)(err, DEBUG_HINT);
        logger.error(f.message);
        if (f.stack)
            logger.debug(f.stack);
        return 1;
    }
}
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
});


//# sourceMappingURL=main.js.map
