export const id = 658;
export const ids = [658,538];
export const modules = {

/***/ 3658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildxEngine: () => (/* binding */ buildxEngine)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/exec.ts + 1 modules
var exec = __webpack_require__(2817);
// EXTERNAL MODULE: ./src/util/fs-errors.ts
var fs_errors = __webpack_require__(8889);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/model/target.ts
var target = __webpack_require__(5936);
// EXTERNAL MODULE: ./src/model/image-ref.ts
var image_ref = __webpack_require__(1092);
// EXTERNAL MODULE: ./src/oci/reader.ts
var reader = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/oci/source.ts
var source = __webpack_require__(8540);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/image/buildx-args.ts
// The `docker buildx build` command line as a pure function of the resolved inputs and the installed tool
// versions, as docker/build-push-action does it; __tests__/image/buildx-args.test.ts is a table of
// inputs -> argv. Nothing here runs anything.


/** Lowest buildx gantry drives: --provenance/--sbom/--metadata-file as used here came with 0.10. */
const MIN_BUILDX = '0.10.0';
function secretEnvName(id) {
    return `GANTRY_SECRET_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
function atLeast(version, min) {
    const v = version ? semver.coerce(version) : null;
    return v ? semver.gte(v, min) : false;
}
/** A CSV field for buildx's --output (values with commas or quotes are quoted). */
function csv(field) {
    return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function buildxBuildArgs(input, versions) {
    if (!atLeast(versions.buildx, MIN_BUILDX))
        throw new errors/* UserError */.yo(`buildx ${versions.buildx || '(unknown version)'} is too old; gantry needs ${MIN_BUILDX} or newer.`, {
            input: 'engine',
            fix: 'update buildx (docker/setup-buildx-action installs a current one).'
        });
    const args = ['buildx', 'build'];
    if (input.builder)
        args.push('--builder', input.builder);
    args.push('--file', input.dockerfile);
    if (input.platforms.length)
        args.push('--platform', input.platforms.join(','));
    args.push('--metadata-file', input.metadataFile);
    args.push(`--provenance=${input.provenance ? 'mode=min' : 'false'}`);
    // gantry attaches its own SBOM as an OCI referrer after the push (src/image/sbom.ts); BuildKit's attestation
    // needs its scanner image pulled from Docker Hub, so it is always off.
    args.push('--sbom=false');
    if (input.sourceDateEpoch !== undefined)
        args.push('--build-arg', `SOURCE_DATE_EPOCH=${input.sourceDateEpoch}`);
    for (const [k, v] of input.buildArgs)
        args.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of input.labels)
        args.push('--label', `${k}=${v}`);
    if (input.annotations.length && !atLeast(versions.buildx, '0.12.0'))
        throw new errors/* UserError */.yo(`annotations need buildx 0.12 or newer; this is ${versions.buildx}.`, {
            input: 'annotations',
            fix: 'update buildx, or drop the annotations.'
        });
    for (const [k, v] of input.annotations)
        args.push('--annotation', `${k}=${v}`);
    for (const id of input.secretIds)
        args.push('--secret', `id=${id},env=${secretEnvName(id)}`);
    for (const c of input.cacheFrom)
        args.push('--cache-from', c);
    for (const c of input.cacheTo)
        args.push('--cache-to', c);
    // Clamp file timestamps in layers to SOURCE_DATE_EPOCH (BuildKit 0.13+), so rebuilds give the same digest.
    const rewrite = input.sourceDateEpoch !== undefined && atLeast(versions.buildkit, '0.13.0')
        ? ',rewrite-timestamp=true'
        : '';
    const o = input.output;
    if (o.kind === 'push')
        args.push('--output', `type=image,${csv(`name=${o.names.join(',')}`)},push-by-digest=true,name-canonical=true,push=true${rewrite}`);
    else if (o.kind === 'load')
        args.push('--output', `type=docker${o.names.length ? `,${csv(`name=${o.names.join(',')}`)}` : ''}${rewrite}`);
    else
        args.push('--output', `type=oci,dest=${csv(o.dest)},tar=false${rewrite}`);
    args.push(input.context);
    return args;
}

// EXTERNAL MODULE: ./src/image/context.ts
var context = __webpack_require__(6738);
;// CONCATENATED MODULE: ./src/scan/rule.ts
// What a misconfiguration or secret rule is, for the checks that apply it and for the reporters that describe
// it (SARIF `rules` with help text and `relationships`, the docs table, ignore files written for other tools).
/**
 * The ids another tool's ignore file may name for this rule: Trivy's `DS-0001`, its older `AVD-DS-0001` and
 * `DS001` spellings, hadolint's `DL3007`. A finding carries them as aliases so `.trivyignore` entries apply.
 */
function ruleAliases(rule) {
    const out = [];
    for (const e of rule.equivalents) {
        out.push(e.id);
        const ds = /^DS-0(\d{3})$/.exec(e.id);
        if (e.tool === 'trivy' && ds)
            out.push(`AVD-${e.id}`, `DS${ds[1]}`);
    }
    return out;
}
/** A finding for `rule` at `location`; `title` and `description` refine the rule's for this occurrence. */
function rule_ruleFinding(rule, location, extra = {}) {
    const f = {
        class: rule.class,
        id: rule.id,
        aliases: ruleAliases(rule),
        severity: rule.severity,
        title: extra.title ?? rule.title,
        description: extra.description ?? rule.description,
        fix: rule.fix,
        locations: [location]
    };
    if (extra.match !== undefined)
        f.match = extra.match;
    return f;
}
/** The order a file's rule findings are listed in: by line, column, then rule id. */
function byLine(a, b) {
    const la = a.locations[0];
    const lb = b.locations[0];
    return ((la?.line ?? 0) - (lb?.line ?? 0) ||
        (la?.column ?? 0) - (lb?.column ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/scan/misconfig/dockerfile.ts
// A Dockerfile as the rules see it: parsed with dockerfile-ast, checked for the syntax errors BuildKit rejects
// (one DockerfileSyntaxError with the line, never a crash), cut into build stages that know their base (an
// image, scratch or an earlier stage), with the variable expansion FROM and RUN use.


/** A Dockerfile that docker build would reject: the message names the file and line. */
class DockerfileSyntaxError extends errors/* UserError */.yo {
    path;
    line;
    reason;
    constructor(path, 
    /** 1-based. */
    line, reason) {
        super(`${path}:${line}: ${reason}`, {
            input: 'dockerfile',
            fix: 'correct that line (docker build stops on it too), or point the input at another Dockerfile.'
        });
        this.path = path;
        this.line = line;
        this.reason = reason;
        this.name = 'DockerfileSyntaxError';
    }
}
const KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR'
]);
/** Instructions BuildKit rejects without arguments. */
const NEED_ARGS = new Set([
    'ADD',
    'ARG',
    'COPY',
    'ENV',
    'EXPOSE',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR'
]);
function region(range) {
    return {
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1
    };
}
/** The 1-based line an instruction starts on. */
const dockerfile_lineOf = (i) => i.getRange().start.line + 1;
function lineStartsOf(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            starts.push(i + 1);
        else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10)
                i++;
            starts.push(i + 1);
        }
    }
    return starts;
}
/** Offset in the text of a dockerfile-ast position. */
function offsetOf(df, pos) {
    return (df.lineStarts[pos.line] ?? df.text.length) + pos.character;
}
/**
 * Parse and check a Dockerfile. Throws DockerfileSyntaxError for what BuildKit's parser rejects: an unknown
 * instruction, an instruction before the first FROM other than ARG, no FROM, a FROM that is not
 * `image [AS name]`, an invalid stage name, an instruction without its arguments, COPY/ADD with fewer than
 * two, ENV without a value, HEALTHCHECK without CMD or NONE.
 */
function parseDockerfile(text, path, buildArgs = {}) {
    const fail = (line, reason) => {
        throw new DockerfileSyntaxError(path, line, reason);
    };
    // Docker ignores a UTF-8 byte order mark; dockerfile-ast would read it as part of the first keyword.
    if (text.startsWith('\uFEFF'))
        text = text.slice(1);
    if (text.includes('\0'))
        fail(Math.max(1, text.slice(0, text.indexOf('\0')).split('\n').length), 'a NUL byte: this is not a text file');
    let ast;
    try {
        ast = main.DockerfileParser.parse(text);
    }
    catch (err) {
        return fail(1, `it cannot be parsed (${err.message})`);
    }
    const instructions = ast.getInstructions();
    const globalArgs = new Map();
    const stages = [];
    let current;
    for (const ins of instructions) {
        const kw = ins.getKeyword();
        const line = dockerfile_lineOf(ins);
        if (!KEYWORDS.has(kw))
            fail(line, `unknown instruction ${JSON.stringify(ins.getInstruction())}`);
        const args = ins.getArguments();
        if (NEED_ARGS.has(kw) && !args.length)
            fail(line, `${kw} needs arguments`);
        if (kw === 'FROM') {
            current = fromStage(ins, stages, globalArgs, buildArgs, fail);
            stages.push(current);
            continue;
        }
        if (!current) {
            if (kw !== 'ARG')
                fail(line, `${kw} before the first FROM (only ARG may come before it)`);
            for (const p of properties(ins)) {
                const value = buildArgs[p.name] ?? p.value ?? undefined;
                globalArgs.set(p.name, value === undefined ? undefined : dockerfile_expand(value, globalArgs).value);
            }
            continue;
        }
        if ((kw === 'COPY' || kw === 'ADD') && args.length < 2)
            fail(line, `${kw} needs a source and a destination`);
        if (kw === 'ENV') {
            const props = properties(ins);
            const bare = props.find(p => p.value === null && p.operator === null);
            if (bare && props.length > 1)
                fail(line, `ENV ${bare.name} has no "=" (write NAME=value)`);
            if (bare)
                fail(line, `ENV ${bare.name} has no value`);
        }
        if (kw === 'HEALTHCHECK' && !/^(CMD|NONE)$/i.test(args[0].getValue()))
            fail(line, 'HEALTHCHECK takes CMD … or NONE');
        current.instructions.push(ins);
    }
    if (!stages.length)
        fail(1, 'there is no FROM instruction');
    return {
        path,
        text,
        ast,
        stages,
        globalArgs,
        buildArgs,
        escape: ast.getEscapeCharacter(),
        lineStarts: lineStartsOf(text)
    };
}
function fromStage(ins, stages, globalArgs, buildArgs, fail) {
    const line = dockerfile_lineOf(ins);
    const args = ins.getArguments().map(a => a.getValue());
    if (!(args.length === 1 || (args.length === 3 && args[1].toLowerCase() === 'as')))
        fail(line, 'FROM takes an image and optionally "AS name"');
    const name = args[2]?.toLowerCase();
    if (name !== undefined && !/^[a-z][a-z0-9._-]*$/.test(name))
        fail(line, `${JSON.stringify(args[2])} is not a valid stage name (a letter, then letters, digits, - _ .)`);
    const flags = 'getFlags' in ins ? ins.getFlags() : [];
    const platform = flags.find(f => f.getName() === 'platform')?.getValue() ?? undefined;
    const vars = new Map(globalArgs);
    for (const [k, v] of Object.entries(buildArgs))
        if (!vars.has(k))
            vars.set(k, v);
    const { value, unresolved } = dockerfile_expand(args[0], vars);
    let base;
    const earlier = stages.find(s => s.name !== undefined && s.name === value.toLowerCase());
    if (earlier)
        base = { kind: 'stage', stage: earlier };
    else if (value.toLowerCase() === 'scratch')
        base = { kind: 'scratch' };
    else
        base = { kind: 'image', ref: value, unresolved };
    return { index: stages.length, name, from: ins, instructions: [], base, platform };
}
/** ENV and ARG name/value pairs. */
function properties(ins) {
    const getter = ins.getProperties;
    if (!getter)
        return [];
    return getter.call(ins).map(p => ({
        name: p.getName(),
        value: p.getValue(),
        operator: p.getAssignmentOperator(),
        range: p.getRange(),
        valueRange: p.getValueRange()
    }));
}
/** Flags of an instruction (`--platform`, `--from`, `--mount`, `--chmod`), with their values. */
function flagsOf(ins) {
    const getter = ins.getFlags;
    return getter ? getter.call(ins).map(f => ({ name: f.getName(), value: f.getValue() })) : [];
}
/**
 * Expand `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME:+alt}` with known values. A variable without a value
 * stays as `${NAME}` and is listed in `unresolved`, so callers can tell where an unknown part sits.
 */
function dockerfile_expand(s, vars) {
    const unresolved = [];
    const value = s.replace(/\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, braced, op, word, bare) => {
        if (m === '\\$')
            return '$';
        const name = (braced ?? bare);
        const v = vars.get(name);
        const set = v !== undefined && (v !== '' || !op?.startsWith(':'));
        if (op?.endsWith('-'))
            return set ? v : (word ?? '');
        if (op?.endsWith('+'))
            return set ? (word ?? '') : '';
        if (v !== undefined)
            return v;
        unresolved.push(name);
        return `\${${name}}`;
    });
    return { value, unresolved };
}
function dockerfile_finalStage(df) {
    return df.stages[df.stages.length - 1];
}
/** The stage and the stages it is built on (`FROM build`), nearest first: together they make its filesystem. */
function dockerfile_stageChain(stage) {
    const out = [];
    for (let s = stage; s && !out.includes(s); s = s.base.kind === 'stage' ? s.base.stage : undefined)
        out.push(s);
    return out;
}
/** The image or scratch a stage finally rests on, through stage references. */
function dockerfile_rootBase(stage) {
    const chain = dockerfile_stageChain(stage);
    return chain[chain.length - 1].base;
}
/** The stage a `COPY --from=` names: a stage name or index; undefined for an image. */
function stageNamed(df, ref) {
    const lower = ref.toLowerCase();
    if (/^\d+$/.test(lower))
        return df.stages[Number(lower)];
    return df.stages.find(s => s.name === lower);
}
/**
 * The stages whose files can reach `stage`: its chain, and through `COPY --from` (transitively) every stage it
 * copies from, with their chains. The final stage's set is what the image is built from.
 */
function dockerfile_contributingStages(df, stage) {
    const seen = new Set();
    const visit = (s) => {
        for (const c of dockerfile_stageChain(s)) {
            if (seen.has(c))
                continue;
            seen.add(c);
            for (const ins of c.instructions) {
                if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD')
                    continue;
                const from = flagsOf(ins).find(f => f.name === 'from')?.value;
                const src = from ? stageNamed(df, from) : undefined;
                if (src && src.index < c.index)
                    visit(src);
            }
        }
    };
    visit(stage);
    return [...seen].sort((a, b) => a.index - b.index);
}
/**
 * The variables a RUN at `line` sees in `stage`: ENV from its chain, the stage's own ARGs (an ARG without a
 * value takes the global ARG's or the build arg's), in order. Unknown values are undefined.
 */
function dockerfile_stageVars(df, stage, line) {
    const vars = new Map();
    const chain = dockerfile_stageChain(stage).reverse();
    for (const s of chain) {
        for (const ins of s.instructions) {
            if (s === stage && dockerfile_lineOf(ins) >= line)
                break;
            const kw = ins.getKeyword();
            if (kw === 'ENV')
                for (const p of properties(ins))
                    vars.set(p.name, dockerfile_expand(p.value ?? '', vars).value);
            if (kw === 'ARG' && s === stage)
                for (const p of properties(ins)) {
                    const given = df.buildArgs[p.name] ?? (p.value === null ? df.globalArgs.get(p.name) : p.value);
                    vars.set(p.name, given === undefined ? undefined : dockerfile_expand(given, vars).value);
                }
        }
    }
    return vars;
}
/** The text of an instruction from `start` (an offset) to its end, and the offset it starts at. */
function instructionText(df, ins) {
    const flags = ins.getFlags?.call(ins) ?? [];
    let start = offsetOf(df, ins.getInstructionRange().end);
    for (const f of flags)
        start = Math.max(start, offsetOf(df, f.getRange().end));
    const end = offsetOf(df, ins.getRange().end);
    return { text: df.text.slice(start, end), offset: start };
}

;// CONCATENATED MODULE: ./src/scan/misconfig/rules.ts
// The Dockerfile rules: stable ids, severity, title, one-line fix, and the same check in Trivy (its embedded
// trivy-checks, DS-xxxx, as of Trivy v0.74.0), hadolint (DLxxxx) or BuildKit's build checks, for the docs,
// SARIF `relationships` and ignore files written for those tools. The checks themselves live in checks/.
const trivy = (id, note) => ({
    tool: 'trivy',
    id,
    ...(note ? { note } : {})
});
const hadolint = (id, note) => ({
    tool: 'hadolint',
    id,
    ...(note ? { note } : {})
});
const buildkit = (id) => ({ tool: 'buildkit', id });
const rule = (r) => ({ class: 'misconfig', ...r });
const rules_DF = {
    latestBase: rule({
        id: 'GANTRY-DF-001',
        severity: 'MEDIUM',
        title: 'Base image without a pinned tag',
        fix: 'Pin the base image: FROM golang:1.26.2-alpine3.22 (or a digest, @sha256:…), never :latest or no tag.',
        description: 'A FROM with `:latest` or no tag builds from whatever the tag points at that day: builds stop being ' +
            'reproducible and a base change arrives unreviewed. scratch, earlier stages and digest-pinned images are fine.',
        equivalents: [trivy('DS-0001'), hadolint('DL3006', 'no tag'), hadolint('DL3007', ':latest')]
    }),
    rootUser: rule({
        id: 'GANTRY-DF-002',
        severity: 'HIGH',
        title: 'The image runs as root',
        fix: 'Add USER 65532:65532 (or another non-root user) to the final stage, after the steps that need root.',
        description: 'The final stage has no USER, or its last USER is root or 0, so the container process runs as root: a ' +
            'compromise of the process is a compromise of everything root can reach in the container.',
        equivalents: [trivy('DS-0002'), hadolint('DL3002', 'last USER root')]
    }),
    addInsteadOfCopy: rule({
        id: 'GANTRY-DF-003',
        severity: 'LOW',
        title: 'ADD where COPY fits',
        fix: 'Use COPY for local files; keep ADD only for URLs and for tar archives it should extract.',
        description: 'ADD also fetches URLs and extracts local archives. For plain files COPY does the same with no surprise ' +
            'extraction, which is why COPY is the default.',
        equivalents: [trivy('DS-0005'), hadolint('DL3020')]
    }),
    apkCache: rule({
        id: 'GANTRY-DF-004',
        severity: 'LOW',
        title: 'apk add keeps its package cache',
        fix: 'Use apk add --no-cache (or a cache mount: RUN --mount=type=cache,target=/var/cache/apk).',
        description: 'Without --no-cache the APK index and packages stay in /var/cache/apk, in a layer of the image. Only ' +
            'stages that end up in the image are checked: a build stage’s cache is thrown away.',
        equivalents: [trivy('DS-0025', 'also build stages; rates it HIGH'), hadolint('DL3019')]
    }),
    aptRecommends: rule({
        id: 'GANTRY-DF-005',
        severity: 'LOW',
        title: 'apt-get install pulls in recommended packages',
        fix: 'Use apt-get install -y --no-install-recommends <packages>.',
        description: 'apt installs Recommends by default: more packages, more size and more vulnerabilities to patch for ' +
            'nothing the image uses. Only stages that end up in the image are checked.',
        equivalents: [trivy('DS-0029', 'also build stages; rates it HIGH'), hadolint('DL3015')]
    }),
    aptLists: rule({
        id: 'GANTRY-DF-006',
        severity: 'LOW',
        title: 'apt lists left in the image',
        fix: 'End the same RUN with && rm -rf /var/lib/apt/lists/* (or use a cache mount for /var/lib/apt).',
        description: 'apt-get update downloads package lists to /var/lib/apt/lists; removed in a later RUN they still take ' +
            'space in the earlier layer. Only stages that end up in the image are checked.',
        equivalents: [hadolint('DL3009')]
    }),
    secretLiteral: rule({
        id: 'GANTRY-DF-007',
        severity: 'CRITICAL',
        title: 'A secret in ENV or ARG',
        fix: 'Remove the value and pass it at build time with RUN --mount=type=secret (or at run time as an env var).',
        description: 'An ENV or ARG holds a literal secret: a secret-like name (PASSWORD, TOKEN, SECRET, API_KEY, …) with a ' +
            'value that is not a placeholder, or a value that matches a secret rule. It is in the Dockerfile, in the ' +
            'image configuration (ENV) and in the build history (ARG).',
        equivalents: [trivy('DS-0031', 'final stage only'), buildkit('SecretsUsedInArgOrEnv')]
    }),
    secretBuildArg: rule({
        id: 'GANTRY-DF-008',
        severity: 'HIGH',
        title: 'A secret passed as a build argument or copied into ENV',
        fix: 'Use RUN --mount=type=secret,id=<name> for build-time secrets; pass run-time secrets when the container starts.',
        description: 'A secret-like ARG in a stage of the image (its value, given with --build-arg, is recorded in the image ' +
            'history and provenance), or an ENV that copies a variable into the image configuration.',
        equivalents: [trivy('DS-0031', 'final stage only'), buildkit('SecretsUsedInArgOrEnv')]
    }),
    shellForm: rule({
        id: 'GANTRY-DF-009',
        severity: 'MEDIUM',
        title: 'CMD or ENTRYPOINT in shell form',
        fix: 'Use the exec form: ENTRYPOINT ["/app"] (and CMD ["--flag"] for default arguments).',
        description: 'The shell form runs the program under /bin/sh -c: the shell is PID 1, SIGTERM never reaches the Go ' +
            'program (no graceful shutdown, a 10 s kill), and scratch or distroless images have no /bin/sh at all.',
        equivalents: [hadolint('DL3025'), buildkit('JSONArgsRecommended')]
    }),
    goUnderQemu: rule({
        id: 'GANTRY-DF-010',
        severity: 'MEDIUM',
        title: 'Go compiled under QEMU emulation',
        fix: 'FROM --platform=$BUILDPLATFORM golang… AS build, then RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …',
        description: 'A stage runs go build or go install without --platform=$BUILDPLATFORM on its FROM, so a ' +
            'multi-platform build runs the Go compiler once per target platform under QEMU: minutes instead of ' +
            'seconds, and emulated compilers crash at random. Go cross-compiles natively.',
        equivalents: []
    }),
    cgoStatic: rule({
        id: 'GANTRY-DF-011',
        severity: 'HIGH',
        title: 'cgo left on for a scratch or distroless-static image',
        fix: 'Build with CGO_ENABLED=0 go build … (or link statically), since the final image has no C library.',
        description: 'The final stage is scratch or a static base (gcr.io/distroless/static, cgr.dev/chainguard/static), ' +
            'which has no libc, but the Go build that feeds it leaves CGO_ENABLED unset or 1: a binary that uses ' +
            'net or os/user links libc dynamically and fails to start ("no such file or directory").',
        equivalents: []
    }),
    noHealthcheck: rule({
        id: 'GANTRY-DF-012',
        severity: 'LOW',
        title: 'No HEALTHCHECK',
        fix: 'Add HEALTHCHECK CMD ["/app", "healthcheck"] (a subcommand of the binary), or HEALTHCHECK NONE to opt out.',
        description: 'Without a HEALTHCHECK, Docker and Swarm only know whether the process runs, not whether it serves. ' +
            '(Kubernetes ignores HEALTHCHECK: use probes there and HEALTHCHECK NONE to say so.)',
        equivalents: [trivy('DS-0026'), hadolint('DL3057')]
    })
};
const DOCKERFILE_RULES = Object.values(rules_DF);

// EXTERNAL MODULE: ./src/util/compare.ts
var compare = __webpack_require__(1251);
;// CONCATENATED MODULE: ./src/scan/misconfig/shell.ts
// The shell commands of a RUN, with the line each starts on: enough of POSIX sh to find `apk add`, `apt-get
// install`, `go build` and the variables set for them in `a && b; c | d` chains, `if … then … fi`, heredoc
// scripts and Dockerfile line continuations (comment lines inside a continued instruction are dropped, as
// Docker does). Not a full shell: expansions stay as written, redirections and their targets are skipped.


const SEPARATORS = ['&&', '||', ';;', ';', '|', '&', '(', ')', '\n'];
const shell_KEYWORDS = new Set([
    'if',
    'then',
    'else',
    'elif',
    'fi',
    'do',
    'done',
    'while',
    'until',
    '!',
    '{',
    '}',
    'time'
]);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
/** The exec form of an instruction (`["a", "b"]`), or undefined for the shell form. */
function execForm(df, ins) {
    const raw = instructionText(df, ins)
        .text.replace(/\\[ \t]*\r?\n/g, '')
        .trim();
    if (!raw.startsWith('['))
        return undefined;
    try {
        const v = JSON.parse(raw);
        return Array.isArray(v) && v.every(x => typeof x === 'string') ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The simple commands of a RUN (shell form, heredoc, or `["sh", "-c", script]`). */
function shell_runCommands(df, ins) {
    const { text, offset } = instructionText(df, ins);
    const pos = positionAt(df);
    const exec = execForm(df, ins);
    if (exec) {
        const at = pos(offset + text.indexOf('['));
        const script = /^(\/bin\/)?(ba|a|da)?sh$/.test(exec[0]) && exec[1] === '-c' ? exec[2] : undefined;
        if (script !== undefined)
            return tokenize(script, () => at, false)
                .map(shape)
                .filter(isCommand);
        const words = exec.map(t => ({ text: t, ...at }));
        return [shape(words)].filter(isCommand);
    }
    const heredoc = /^\s*<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2[^\n]*\n/.exec(text);
    if (heredoc) {
        const bodyStart = heredoc[0].length;
        const lines = text.slice(bodyStart).split('\n');
        const endIdx = lines.findIndex(l => (heredoc[1] ? l.replace(/^\t+/, '') : l) === heredoc[3]);
        const body = lines.slice(0, endIdx < 0 ? lines.length : endIdx).join('\n');
        return tokenize(body, i => pos(offset + bodyStart + i), false)
            .map(shape)
            .filter(isCommand);
    }
    return tokenize(text, i => pos(offset + i), true, df.escape)
        .map(shape)
        .filter(isCommand);
}
function positionAt(df) {
    return offset => {
        const lo = (0,compare/* lastAtOrBefore */.AA)(df.lineStarts, offset);
        return { line: lo + 1, column: offset - df.lineStarts[lo] + 1 };
    };
}
const isCommand = (c) => c !== undefined;
/** A small shell lexer: words (quotes, escapes, substitutions kept) grouped into commands at separators. */
class Lexer {
    src;
    pos;
    dockerfile;
    escape;
    commands = [];
    words = [];
    word;
    i = 0;
    constructor(src, pos, dockerfile, escape) {
        this.src = src;
        this.pos = pos;
        this.dockerfile = dockerfile;
        this.escape = escape;
    }
    endWord() {
        if (this.word)
            this.words.push({ text: this.word.text, ...this.pos(this.word.start) });
        this.word = undefined;
    }
    endCommand() {
        this.endWord();
        if (this.words.length)
            this.commands.push(this.words);
        this.words = [];
    }
    append(s, at) {
        if (!this.word)
            this.word = { text: '', start: at };
        this.word.text += s;
    }
    get inWord() {
        return this.word !== undefined;
    }
    /** At a Dockerfile continuation, the index after it (and after dropped comment/blank lines), else -1. */
    continuation(i) {
        const src = this.src;
        if (!this.dockerfile || src[i] !== this.escape)
            return -1;
        const m = /^[ \t]*\r?\n/.exec(src.slice(i + 1, i + 200));
        if (!m)
            return -1;
        let j = i + 1 + m[0].length;
        for (;;) {
            const next = /^[ \t]*(#[^\n]*)?\r?\n/.exec(src.slice(j, j + 4096));
            if (!next)
                return j;
            j += next[0].length;
        }
    }
    /** A redirection: drop the operator, a file-descriptor number before it, and its target. */
    redirection() {
        const src = this.src;
        this.endWord();
        if (this.words.length && /^\d+$/.test(this.words[this.words.length - 1].text))
            this.words.pop();
        this.i++;
        while (this.i < src.length && /[<>&|-]/.test(src[this.i]))
            this.i++;
        while (src[this.i] === ' ' || src[this.i] === '\t')
            this.i++;
        while (this.i < src.length && !/[\s;&|()<>]/.test(src[this.i]))
            this.i++;
    }
    singleQuoted() {
        const src = this.src;
        const start = this.i++;
        let s = '';
        while (this.i < src.length && src[this.i] !== "'") {
            const k = this.continuation(this.i);
            if (k >= 0)
                this.i = k;
            else
                s += src[this.i++];
        }
        this.i++;
        this.append(s, this.word?.start ?? start);
    }
    doubleQuoted() {
        const src = this.src;
        const start = this.i++;
        let s = '';
        while (this.i < src.length && src[this.i] !== '"') {
            const k = this.continuation(this.i);
            if (k >= 0) {
                this.i = k;
                continue;
            }
            if (src[this.i] === '\\' && this.i + 1 < src.length && '"\\$`\n'.includes(src[this.i + 1])) {
                if (src[this.i + 1] !== '\n')
                    s += src[this.i + 1];
                this.i += 2;
                continue;
            }
            s += src[this.i++];
        }
        this.i++;
        this.append(s, this.word?.start ?? start);
    }
    /** The shell's escape: a newline after it joins lines, any other character is taken literally. */
    escaped() {
        const src = this.src;
        if (src[this.i + 1] === '\n')
            this.i += 2;
        else {
            this.append(src[this.i + 1] ?? '', this.i);
            this.i += 2;
        }
    }
    /** Command substitution: kept as one piece of the word, with nested parentheses balanced. */
    substitution() {
        const src = this.src;
        const start = this.i;
        const close = src[this.i] === '`' ? '`' : ')';
        let depth = close === ')' ? 1 : 0;
        this.i += close === '`' ? 1 : 2;
        while (this.i < src.length) {
            if (close === '`' && src[this.i] === '`')
                break;
            if (close === ')' && src[this.i] === '(')
                depth++;
            if (close === ')' && src[this.i] === ')' && --depth === 0)
                break;
            this.i++;
        }
        this.i++;
        this.append(src.slice(start, this.i), start);
    }
}
/** One step of the lexer at its position: a continuation, blank, comment, separator or piece of a word. */
function lexStep(lx, src) {
    const c = src[lx.i];
    const cont = lx.continuation(lx.i);
    if (cont >= 0) {
        lx.i = cont;
    }
    else if (c === ' ' || c === '\t' || c === '\r') {
        lx.endWord();
        lx.i++;
    }
    else if (c === '#' && !lx.inWord) {
        while (lx.i < src.length && src[lx.i] !== '\n')
            lx.i++;
    }
    else {
        const sep = SEPARATORS.find(s => src.startsWith(s, lx.i));
        if (sep) {
            lx.endCommand();
            lx.i += sep.length;
        }
        else if (c === '>' || (c === '<' && src[lx.i + 1] !== '('))
            lx.redirection();
        else if (c === "'")
            lx.singleQuoted();
        else if (c === '"')
            lx.doubleQuoted();
        else if (c === '\\')
            lx.escaped();
        else if ((c === '$' && src[lx.i + 1] === '(') || c === '`')
            lx.substitution();
        else {
            lx.append(c, lx.i);
            lx.i++;
        }
    }
}
/**
 * Split `src` into commands of words. `dockerfile` turns on Dockerfile line continuation (escape + newline
 * joins lines; comment and blank lines inside a continued instruction are dropped).
 */
function tokenize(src, pos, dockerfile, escape = '\\') {
    const lx = new Lexer(src, pos, dockerfile, escape);
    while (lx.i < src.length)
        lexStep(lx, src);
    lx.endCommand();
    return lx.commands;
}
/** Strip assignments, shell keywords and prefixes (sudo, env, exec, command, nohup, nice) off a word list. */
function shape(all) {
    const assignments = new Map();
    let k = 0;
    const take = () => all[k++];
    for (;;) {
        const w = all[k];
        if (!w)
            break;
        const a = ASSIGNMENT.exec(w.text);
        if (a) {
            assignments.set(a[1], a[2]);
            k++;
            continue;
        }
        if (shell_KEYWORDS.has(w.text)) {
            k++;
            continue;
        }
        const base = w.text.replace(/^.*\//, '');
        if (base === 'sudo' || base === 'env' || base === 'exec' || base === 'command' || base === 'nohup') {
            take();
            while (all[k] && all[k].text.startsWith('-')) {
                const flag = take().text;
                if ((base === 'sudo' && /^-[ugCDhpr]$/.test(flag)) || (base === 'env' && flag === '-u'))
                    take();
            }
            continue;
        }
        if (base === 'nice') {
            take();
            if (all[k]?.text === '-n')
                k += 2;
            else if (all[k]?.text.startsWith('-'))
                k++;
            continue;
        }
        break;
    }
    const words = all.slice(k);
    const last = all[all.length - 1];
    if (!last)
        return undefined;
    const first = words[0] ?? all[0];
    return {
        program: words[0]?.text.replace(/^.*\//, '') ?? '',
        words,
        assignments,
        line: first.line,
        column: first.column,
        endLine: last.line
    };
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/context.ts
// What every Dockerfile check gets, and how it places a finding on the file.
/** A Location for a region of the Dockerfile (one line, or several for a multi-line instruction). */
function context_locate(df, r) {
    const loc = { path: df.path, line: r.line };
    if ('endLine' in r && r.endLine !== r.line)
        loc.endLine = r.endLine;
    if (r.column !== undefined)
        loc.column = r.column;
    if (r.endColumn !== undefined)
        loc.endColumn = r.endColumn;
    return loc;
}
/** The first line of an instruction: where its keyword is, to the end of that line. */
function firstLine(df, line) {
    const start = df.lineStarts[line - 1] ?? 0;
    const next = df.lineStarts[line] ?? df.text.length + 1;
    const text = df.text.slice(start, next).replace(/\r?\n$/, '');
    return { line, column: 1, endLine: line, endColumn: text.length + 1 };
}

;// CONCATENATED MODULE: ./src/scan/misconfig/checks/go-build.ts
// GANTRY-DF-010 and 011, the Go-specific rules: a stage that runs `go build`/`go install` without
// --platform=$BUILDPLATFORM in a multi-platform build (the compiler runs under QEMU once per target), and a Go
// build feeding a scratch or static-distroless final stage with cgo left on (the binary needs a libc the image
// does not have). The image stage's Dockerfile warning uses checkGoUnderQemu too.





const isGoBuild = (c) => c.program === 'go' && ['build', 'install'].includes(c.words[1]?.text ?? '');
/** The `go build`/`go install` commands of a stage's own RUNs. */
function goBuilds(df, stage) {
    const out = [];
    for (const ins of stage.instructions) {
        if (ins.getKeyword() !== 'RUN')
            continue;
        const cmds = shell_runCommands(df, ins);
        cmds.forEach((cmd, i) => {
            if (isGoBuild(cmd))
                out.push({ ins, cmd, before: cmds.slice(0, i) });
        });
    }
    return out;
}
/** scratch, or a base with no libc and no shell (distroless static, Chainguard static). */
function isStaticBase(base) {
    return (base.kind === 'scratch' ||
        /(^|\/)distroless\/static([-:@]|$)|^cgr\.dev\/chainguard\/static([:@]|$)/.test(base.ref));
}
/** Whether the build targets several platforms: known from the caller, or said by the Dockerfile's TARGET* args. */
function multiPlatform(ctx) {
    if (ctx.platforms !== undefined)
        return ctx.platforms > 1;
    return /\$\{?TARGET(PLATFORM|OS|ARCH|VARIANT)\b/.test(ctx.df.text);
}
function checkGoUnderQemu(ctx) {
    const { df } = ctx;
    if (!multiPlatform(ctx))
        return [];
    const out = [];
    for (const stage of df.stages) {
        if (!goBuilds(df, stage).length)
            continue;
        // A stage built on another stage runs on that stage's platform.
        const platform = dockerfile_stageChain(stage).find(s => s.platform !== undefined)?.platform;
        if (platform !== undefined && (/BUILDPLATFORM/.test(platform) || !/TARGET/.test(platform)))
            continue;
        const n = ctx.platforms;
        const count = n === undefined ? 'every target platform' : `each of the ${n} target platforms`;
        out.push(rule_ruleFinding(rules_DF.goUnderQemu, context_locate(df, firstLine(df, dockerfile_lineOf(stage.from))), {
            title: `Stage ${stage.name ?? stage.index} compiles Go under QEMU emulation`,
            description: `This stage compiles Go for ${count} under QEMU emulation, because its FROM has no --platform=$BUILDPLATFORM. ` +
                'Cross-compile instead: FROM --platform=$BUILDPLATFORM golang… AS build, then ARG TARGETOS TARGETARCH and ' +
                'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …; or build the binaries with go-build and drop the dockerfile input. ' +
                'Not doing so costs minutes to tens of minutes per platform instead of seconds, and emulated compilers crash at random.'
        }));
    }
    return out;
}
/** A C toolchain installed in the stage chain (Go turns cgo on by default only when it finds one). */
function hasCCompiler(df, stage) {
    const base = rootBase(stage);
    // Debian-based golang images ship gcc; Alpine-based ones do not.
    if (base.kind === 'image' && /(^|\/)golang(:|@|$)/.test(base.ref) && !/alpine/.test(base.ref))
        return true;
    if (base.kind === 'image' && !/(^|\/)(golang|alpine)(:|@|$)/.test(base.ref))
        return true;
    return stageChain(stage).some(s => s.instructions.some(i => i.getKeyword() === 'RUN' &&
        runCommands(df, i).some(c => ['apk', 'apt-get', 'apt'].includes(c.program) &&
            c.words.some(w => /^(gcc|clang|build-base|build-essential|musl-dev|g\+\+)$/.test(w.text)))));
}
const CGO = 'CGO_ENABLED=';
/** `CGO_ENABLED=x` among a command's words (`export CGO_ENABLED=0`, `go env -w CGO_ENABLED=0`). */
const cgoWord = (c) => c.words.find(w => w.text.startsWith(CGO))?.text.slice(CGO.length);
const isGoEnvWrite = (c) => c.program === 'go' && c.words[1]?.text === 'env' && c.words.some(w => w.text === '-w');
/**
 * CGO_ENABLED as the go command sees it, in Go's order of precedence: set on the command, set earlier in the
 * same RUN (export, a plain assignment, go env -w), the environment (ENV, ARG), then `go env -w` in an earlier
 * RUN. `known: false` when it comes from a variable whose value the Dockerfile does not say.
 */
function cgoSetting(df, stage, build) {
    const { cmd, before, ins } = build;
    let raw = cmd.assignments.get('CGO_ENABLED');
    if (raw === undefined)
        for (const c of before) {
            if (c.program === 'export' || isGoEnvWrite(c))
                raw = cgoWord(c) ?? raw;
            else if (c.program === '')
                raw = c.assignments.get('CGO_ENABLED') ?? raw;
        }
    const vars = stageVars(df, stage, lineOf(ins));
    if (raw === undefined && vars.has('CGO_ENABLED')) {
        raw = vars.get('CGO_ENABLED');
        if (raw === undefined)
            return { known: false };
    }
    if (raw === undefined) {
        const earlier = stageChain(stage)
            .flatMap(s => s.instructions.filter(i => i.getKeyword() === 'RUN' && lineOf(i) < lineOf(ins)))
            .flatMap(i => runCommands(df, i))
            .filter(isGoEnvWrite);
        for (const c of earlier)
            raw = cgoWord(c) ?? raw;
    }
    if (raw === undefined)
        return { known: true };
    const { value, unresolved } = expand(raw, vars);
    return unresolved.length ? { known: false } : { known: true, value: value || undefined };
}
function checkCgoStatic(ctx) {
    const { df } = ctx;
    const final = finalStage(df);
    const base = rootBase(final);
    if (!isStaticBase(base))
        return [];
    const baseName = base.kind === 'scratch' ? 'scratch' : base.ref;
    const out = [];
    for (const stage of contributingStages(df, final))
        for (const build of goBuilds(df, stage)) {
            const { cmd } = build;
            if (/-extldflags[= ]+["']?[^"']*-static/.test(cmd.words.map(w => w.text).join(' ')))
                continue;
            const cgo = cgoSetting(df, stage, build);
            if (!cgo.known || cgo.value === '0')
                continue;
            if (cgo.value === undefined && !hasCCompiler(df, stage))
                continue;
            out.push(ruleFinding(DF.cgoStatic, locate(df, { line: cmd.line, column: cmd.column }), {
                title: `go ${cmd.words[1].text} with ${cgo.value === undefined ? 'CGO_ENABLED unset' : `CGO_ENABLED=${cgo.value}`} for a ${baseName} image`
            }));
        }
    return out;
}

;// CONCATENATED MODULE: ./src/image/dockerfile-lint.ts
// The warning for seed-style Dockerfiles: a stage that runs `go build` without `--platform=$BUILDPLATFORM` is
// compiled once per target platform under QEMU emulation in a multi-platform build — minutes instead of
// seconds, and emulation crashes. The rule is the scanner's GANTRY-DF-010 (src/scan/misconfig), reported here
// on the line before the build starts.


function lintDockerfile(text, platforms) {
    if (platforms < 2)
        return [];
    let df;
    try {
        df = parseDockerfile(text, 'Dockerfile');
    }
    catch (err) {
        // The build itself reports a syntax error, with BuildKit's own message.
        if (err instanceof DockerfileSyntaxError)
            return [];
        throw err;
    }
    return checkGoUnderQemu({ df, platforms }).map(f => ({
        line: f.locations[0].line ?? 1,
        message: f.description ?? f.title
    }));
}

// EXTERNAL MODULE: ./src/image/publish.ts
var publish = __webpack_require__(538);
;// CONCATENATED MODULE: ./src/image/buildx-tools.ts
// What the buildx engine needs to know about the installed tools: the buildx version (`docker buildx
// version`) and the builder's BuildKit version (`docker buildx inspect`), for feature gates in the pure argv
// builder, as docker/build-push-action gates on them. Two small text parsers, so the core needs no runner
// library.


/** `github.com/docker/buildx v0.37.2 1a2b3c` → `0.37.2`; undefined when no version is printed. */
function parseBuildxVersion(output) {
    return /\bv?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)\b/.exec(output)?.[1];
}
/** The first node's BuildKit version from `docker buildx inspect` (`BuildKit version: v0.33.1`). */
function parseBuildkitVersion(inspect) {
    const m = /^\s*Build[Kk]it(?: version)?:\s*v?(\d+\.\d+\.\d+\S*)/m.exec(inspect);
    return m?.[1];
}
async function docker(host, args) {
    return (await host.exec('docker', args)).stdout;
}
/** buildx and BuildKit versions of this machine and builder; UserErrors when either is missing. */
async function detectVersions(host, builder) {
    let buildx;
    try {
        buildx = parseBuildxVersion(await docker(host, ['buildx', 'version']));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`docker buildx is not available (${err.message.split('\n')[0]}).`, {
            input: 'engine',
            fix: 'install Docker with the buildx plugin (docker/setup-buildx-action).'
        });
    }
    if (!buildx)
        throw new errors/* UserError */.yo('docker buildx version printed no version.', {
            input: 'engine',
            fix: 'install a released buildx (docker/setup-buildx-action).'
        });
    let inspect;
    try {
        inspect = await docker(host, ['buildx', 'inspect', ...(builder ? [builder] : [])]);
    }
    catch (err) {
        const why = (err instanceof exec/* ExecError */.c ? err.result.stderr : String(err)).trim().split('\n').slice(-1)[0];
        throw new errors/* UserError */.yo(`cannot inspect the buildx builder${builder ? ` "${builder}"` : ''}: ${why}`, {
            input: 'builder',
            fix: 'name an existing builder (docker buildx ls), or leave builder empty for the current one.'
        });
    }
    return { buildx, buildkit: parseBuildkitVersion(inspect) };
}

;// CONCATENATED MODULE: ./src/image/buildx.ts
// The buildx engine: stage the prebuilt binaries (or take the user's Dockerfile), run one
// `docker buildx build` for every platform, push by digest, read the result back from the registry, and
// write the tags last. The command line comes from the pure buildxBuildArgs, gated on the tool versions.















/** The user's Dockerfile (with the emulation warning) or a generated one over the staged binaries. */
async function prepareContext(plan, host) {
    const o = plan.options;
    if (!o.dockerfile) {
        (0,context/* dockerfileBase */.Qm)(o.base);
        const staged = await host.logger.group('Stage the build context', () => (0,context/* stageContext */.U1)(plan, host));
        // Through the logger, which fences text that could hold a workflow command (the inputs are validated too).
        host.logger.info(staged.text);
        return { context: staged.context, dockerfile: staged.dockerfile };
    }
    let text;
    try {
        text = await (0,promises_.readFile)(o.dockerfile, 'utf8');
    }
    catch (err) {
        throw ((0,fs_errors/* fsUserError */.BM)(err, {
            input: 'dockerfile',
            path: o.dockerfile,
            doing: 'reading the Dockerfile',
            reading: true
        }) ?? err);
    }
    for (const w of lintDockerfile(text, plan.platforms.length))
        host.logger.warn(w.message, {
            file: external_node_path_default().relative(o.cwd, o.dockerfile) || o.dockerfile,
            line: w.line,
            title: 'Go compiled under emulation'
        });
    return { context: o.context ?? external_node_path_default().dirname(o.dockerfile), dockerfile: o.dockerfile };
}
/** Where buildx writes: pushed by digest, loaded into the daemon, or an OCI layout to read back. */
function chooseOutput(plan, metaDir) {
    const o = plan.options;
    if (o.push || o.pushByDigest)
        return { output: { kind: 'push', names: plan.repositories.map(image_ref/* repositoryName */.aR) } };
    if (o.load)
        return { output: { kind: 'load', names: plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r)) } };
    const layout = external_node_path_default().join(metaDir, 'oci-layout');
    return { output: { kind: 'oci-layout', dest: layout }, layout };
}
/**
 * The last lines of buildx's error output for the error message. BuildKit quotes the Dockerfile's lines in
 * parse errors, so when the Dockerfile or the context lies outside the workspace (allowed explicitly), the
 * annotation says only where to look: it never quotes a file from outside the workspace.
 */
async function errorTail(plan, stderr) {
    const o = plan.options;
    const files = [o.dockerfile, o.context].filter((f) => Boolean(f));
    for (const f of files)
        if (!(await (0,paths/* isInsideReal */.NC)(o.workspace, f)))
            return '(the output is in the build log above; it is not quoted here because the Dockerfile or the context lies outside the workspace)';
    return stderr.trim().split('\n').slice(-8).join('\n');
}
/** Run `docker buildx build`; a failure is a UserError blaming the push or the build. */
async function runBuildx(plan, host, args) {
    const o = plan.options;
    const pushing = o.push || o.pushByDigest;
    // Provenance in the metadata file would make the metadata output huge; the attestation is what matters.
    const env = {
        ...host.env,
        BUILDKIT_PROGRESS: 'plain',
        BUILDX_METADATA_PROVENANCE: 'disabled'
    };
    for (const [id, value] of o.secrets) {
        host.logger.mask(value);
        env[secretEnvName(id)] = value;
    }
    const title = `docker ${args.slice(0, 2).join(' ')} (${plan.platforms.map(target/* toPlatform */.rE).join(', ') || 'builder default'})`;
    await host.logger.group(title, async () => {
        host.logger.info(`docker ${args.join(' ')}`);
        try {
            await host.exec('docker', args, {
                env,
                onStdoutLine: l => host.logger.info(l),
                onStderrLine: l => host.logger.info(l)
            });
        }
        catch (err) {
            if (!(err instanceof exec/* ExecError */.c))
                throw err;
            const tail = await errorTail(plan, err.result.stderr);
            const push = /push|unexpected status|denied|unauthorized|401|403|405/i.test(tail) && pushing;
            throw new errors/* UserError */.yo(push ? `the registry refused the push:\n${tail}` : `docker buildx build failed:\n${tail}`, push
                ? {
                    input: 'images',
                    fix: 'check the repository name and that these credentials may push to it; nothing was tagged.'
                }
                : { input: o.dockerfile ? 'dockerfile' : 'base', fix: 'see the build log above.' });
        }
    });
}
/** What was pushed by digest, read back from the registry; then the tags (unless pushing by digest only). */
async function publishPushed(plan, host, digest, metadata) {
    const o = plan.options;
    const client = (0,publish.registryClient)(host, { operationTimeoutMs: o.registryTimeoutMs });
    const source = plan.repositories[0];
    try {
        const image = await (0,publish.describeImage)(client, source, digest);
        const refs = o.pushByDigest
            ? plan.repositories.map(r => `${(0,image_ref/* repositoryName */.aR)(r)}@${digest}`)
            : await host.logger.group('Write tags', () => (0,publish.writeTags)(client, host, source, image, plan.refs));
        return {
            digest,
            refs,
            platforms: image.platforms.sort((a, b) => (a.platform < b.platform ? -1 : 1)),
            tags: o.pushByDigest ? [] : plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r)),
            metadata,
            pushed: true
        };
    }
    catch (err) {
        throw (0,publish.registryUserError)(err, 'publish');
    }
}
async function readMetadata(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '{}');
    const data = JSON.parse(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}
const buildxEngine = {
    name: 'buildx',
    async build(plan, host) {
        // "image work": the engine's own time, from its start to the end of its push, as the oci engine logs it.
        const start = host.now();
        const result = await buildWithBuildx(plan, host);
        host.logger.info(`image work ${host.now() - start} ms`);
        return result;
    }
};
async function buildWithBuildx(plan, host) {
    const o = plan.options;
    const versions = await detectVersions(host, o.builder);
    host.logger.info(`buildx ${versions.buildx}, BuildKit ${versions.buildkit ?? 'unknown'}`);
    const { context, dockerfile } = await prepareContext(plan, host);
    const metaDir = await host.tempDir('image-meta');
    const metadataFile = external_node_path_default().join(metaDir, 'metadata.json');
    const { output, layout } = chooseOutput(plan, metaDir);
    const args = buildxBuildArgs({
        builder: o.builder,
        context,
        dockerfile,
        platforms: plan.platforms.map(target/* toPlatform */.rE),
        labels: plan.labels,
        annotations: o.annotations,
        buildArgs: o.buildArgs,
        secretIds: o.secrets.map(([id]) => id),
        provenance: o.provenance,
        cacheFrom: o.cacheFrom,
        cacheTo: o.cacheTo,
        output,
        metadataFile,
        sourceDateEpoch: plan.sourceDateEpoch
    }, versions);
    await runBuildx(plan, host, args);
    const metadata = await readMetadata(metadataFile);
    const digest = typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : '';
    if (layout) {
        const l = await (0,reader/* describeImage */.hu)(await source/* LayoutSource */.c.open(layout, 'engine'));
        return {
            digest: l.digest,
            refs: [],
            platforms: l.platforms,
            tags: [],
            metadata: { ...metadata, 'gantry.oci-layout': layout },
            pushed: false
        };
    }
    if (o.load) {
        const refs = plan.refs.map(r => (0,image_ref/* formatRef */.rq)(r));
        const platforms = plan.platforms.map(t => ({ platform: (0,target/* toPlatform */.rE)(t), digest, size: 0 }));
        return { digest, refs, platforms, tags: refs, metadata, pushed: false };
    }
    return publishPushed(plan, host, digest, metadata);
}


/***/ }),

/***/ 538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeImage: () => (/* binding */ describeImage),
/* harmony export */   mergeImages: () => (/* binding */ mergeImages),
/* harmony export */   registryClient: () => (/* reexport safe */ _oci_client_js__WEBPACK_IMPORTED_MODULE_2__.R),
/* harmony export */   registryUserError: () => (/* binding */ registryUserError),
/* harmony export */   writeTags: () => (/* binding */ writeTags)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1092);
/* harmony import */ var _oci_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3734);
/* harmony import */ var _oci_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8630);
/* harmony import */ var _oci_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6586);
/* harmony import */ var _oci_publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8482);
/* harmony import */ var _oci_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8540);
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6178);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3048);
// Publishing that both engines share, through the registry client: read back what was pushed by digest
// (platforms, per-platform digests, sizes), merge per-platform pushes into one index, and write the tags
// last, so a failure part-way never leaves a tag pointing at a partial image.










/** What is at repo@digest: an index (its platforms) or a single manifest (its config's platform). */
function describeImage(client, repo, digest) {
    return (0,_oci_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .describeImage */ .hu)(new _oci_source_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistrySource */ .n(client, repo), digest);
}
/**
 * Put the image at source@digest under every ref's tag, pushing it by digest into the refs' other
 * repositories first (blobs mounted within a registry). Tags go last, after every repository has the
 * complete image by digest.
 */
async function writeTags(client, host, source, image, refs) {
    const node = await (0,_oci_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .readNode */ .XH)(new _oci_source_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistrySource */ .n(client, source), image.digest);
    return (0,_oci_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishToRegistry */ .w4)(client, host, node, { repositories: [source], refs, tag: true });
}
/** Turn a registry failure into a UserError naming the registry and what failed; nothing was tagged. */
function registryUserError(err, what) {
    return (0,_oci_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registryFailure */ .M)(err, { operation: what, input: 'images', publishing: true });
}
/**
 * merge: one multi-arch index from per-platform pushes (repo@digest), pushed by digest, then tagged (not with
 * push-by-digest). The index is the same bytes for the same inputs, so merging again later tags that digest.
 */
async function mergeImages(plan, host) {
    const inputs = plan.options.merge.map(m => {
        const ref = (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRef */ .rd)(m, 'merge');
        if (!ref.digest)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${m}" has no digest.`, {
                input: 'merge',
                fix: 'pass the refs output of the push-by-digest jobs (repo@sha256:…).'
            });
        return ref;
    });
    const source = { registry: inputs[0].registry, path: inputs[0].path };
    const other = inputs.find(r => !(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepository */ .RB)(r, source));
    if (other)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the digests come from different repositories: ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(source)} and ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(other)}.`, {
            input: 'merge',
            fix: 'merge images pushed by digest to one repository (the same images input in every job).'
        });
    const client = (0,_oci_client_js__WEBPACK_IMPORTED_MODULE_2__/* .registryClient */ .R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
    const platforms = [];
    const platformDescs = [];
    const attestations = [];
    for (const ref of inputs) {
        const d = await describeImage(client, source, ref.digest).catch(err => {
            throw (0,_oci_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .registryFailure */ .M)(err, {
                operation: `merge: read ${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)(ref)}`,
                input: 'merge',
                publishing: true
            });
        });
        for (const desc of d.descriptors) {
            if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isAttestation */ .H3)(desc)) {
                attestations.push(desc);
                continue;
            }
            const p = (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .platformString */ .Fd)(desc.platform);
            if (platforms.some(x => x.platform === p))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`two of the merged images are ${p}.`, {
                    input: 'merge',
                    fix: 'give each push-by-digest job its own platforms.'
                });
            platforms.push(d.platforms.find(x => x.digest === desc.digest));
            platformDescs.push(desc);
        }
    }
    const order = (a, b) => (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .platformString */ .Fd)(a.platform) < (0,_oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .platformString */ .Fd)(b.platform) ? -1 : 1;
    const index = {
        schemaVersion: 2,
        mediaType: _oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.ociIndex,
        manifests: [...platformDescs.sort(order), ...attestations.sort((a, b) => (a.digest < b.digest ? -1 : 1))]
    };
    const bytes = Buffer.from(JSON.stringify(index));
    const digest = (0,_util_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Digest */ .sI)(bytes);
    let refs;
    try {
        await client.putManifest(source, digest, bytes, _oci_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA */ .Rn.ociIndex);
        refs = plan.options.pushByDigest
            ? [(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)({ ...source, digest })]
            : await writeTags(client, host, source, { digest }, plan.refs);
    }
    catch (err) {
        throw registryUserError(err, 'merge');
    }
    platforms.sort((a, b) => (a.platform < b.platform ? -1 : 1));
    return {
        digest,
        refs,
        platforms,
        tags: plan.refs.map(r => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)(r)),
        metadata: { merged: inputs.map(r => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRef */ .rq)(r)), 'containerimage.digest': digest },
        pushed: true
    };
}


/***/ })

};

//# sourceMappingURL=658.index.js.map