export const id = 287;
export const ids = [287,974];
export const modules = {

/***/ 1398:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const scope_1 = __webpack_require__(7788);
const code_1 = __webpack_require__(567);
function standaloneCode(ajv, refsOrFunc) {
    if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
    }
    const { _n } = ajv.scope.opts;
    return typeof refsOrFunc == "function"
        ? funcExportCode(refsOrFunc.source)
        : refsOrFunc !== undefined
            ? multiExportsCode(refsOrFunc, getValidate)
            : multiExportsCode(ajv.schemas, (sch) => sch.meta ? undefined : ajv.compile(sch.schema));
    function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
            throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
    }
    function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
            // Always do named export as `validate` rather than the variable `n` which is `validateXX` for known export value
            return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
    }
    function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._) `"use strict";`;
        for (const name in schemas) {
            const v = getValidateFunc(schemas[name]);
            if (v) {
                const vCode = validateCode(usedValues, v.source);
                const exportSyntax = ajv.opts.code.esm
                    ? (0, code_1._) `export const ${(0, code_1.getEsmExportName)(name)}`
                    : (0, code_1._) `exports${(0, code_1.getProperty)(name)}`;
                code = (0, code_1._) `${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
            }
        }
        return `${code}`;
    }
    function validateCode(usedValues, s) {
        if (!s)
            throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
            return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._) `${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
            var _a;
            const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
            if (n.prefix === "validate" && typeof vRef == "function") {
                const v = vRef;
                return validateCode(usedValues, v.source);
            }
            else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
                const { validate, validateName } = vRef;
                if (!validateName)
                    throw new Error("ajv internal error");
                const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
                const wrapper = (0, code_1._) `${def} ${n} = {validate: ${validateName}};`;
                if (usedState(validateName) === scope_1.UsedValueState.Started)
                    return wrapper;
                const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
                return (0, code_1._) `${wrapper}${_n}${vCode}`;
            }
            return undefined;
        }
        function usedState(name) {
            var _a;
            return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
            const { prefix } = name;
            const names = (usedValues[prefix] = usedValues[prefix] || new Map());
            names.set(name, state);
        }
    }
}
module.exports = exports = standaloneCode;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = standaloneCode;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generate: () => (/* binding */ generate),
  generatedFiles: () => (/* binding */ generatedFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/runtime/action-yml.ts
// action.yml from a stage value: name, description, branding, every input (description, required, default)
// and output, and the runs section (node24, the bundle, and the post step with its condition). Generated so
// the metadata can never drift from the code, and checked so no field but an input's default holds an
// expression: GitHub's runner refuses to load an action whose description contains `${{ }}`.
/** A YAML single-quoted scalar: the one quoting style every generated value uses. */
function q(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
function noExpression(where, text) {
    if (text.includes('${{'))
        throw new Error(`${where} contains \${{ }}: the runner only allows expressions in input defaults`);
    return text;
}
/** Where a stage's action.yml lives: actions/<action>/, or the repository root for the root action. */
function actionYmlPath(stage) {
    return stage.root ? 'action.yml' : `actions/${stage.action}/action.yml`;
}
function renderActionYml(stage) {
    const name = stage.root ? 'the root action' : `actions/${stage.action}`;
    const lines = [
        `# Generated from src/stages by \`node dist/cli/index.js generate\`; edit the stage, not this file.`,
        `name: ${q(noExpression(`${name} name`, stage.title))}`,
        `description: ${q(noExpression(`${name} description`, stage.description))}`,
        `author: 'gantry'`
    ];
    if (stage.branding)
        lines.push('branding:', `  icon: ${q(stage.branding.icon)}`, `  color: ${q(stage.branding.color)}`);
    lines.push('inputs:');
    for (const [input, spec] of Object.entries(stage.inputs)) {
        lines.push(`  ${input}:`);
        lines.push(`    description: ${q(noExpression(`${name} input ${input}`, spec.description))}`);
        lines.push(`    required: ${spec.required ? 'true' : 'false'}`);
        if (spec.default !== undefined)
            lines.push(`    default: ${q(spec.default)}`);
    }
    const outputs = Object.entries(stage.outputs);
    if (outputs.length) {
        lines.push('outputs:');
        for (const [output, spec] of outputs)
            lines.push(`  ${output}:`, `    description: ${q(noExpression(`${name} output ${output}`, spec.description))}`);
    }
    const bundle = `${stage.root ? '' : '../../'}dist/${stage.action}/index.js`;
    lines.push('runs:', `  using: 'node24'`, `  main: ${q(bundle)}`);
    if (stage.post)
        lines.push(`  post: ${q(bundle)}`, `  post-if: ${q(stage.post.if)}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/config/file.ts
var file = __webpack_require__(1974);
// EXTERNAL MODULE: ./src/model/artifacts.ts
var artifacts = __webpack_require__(2314);
// EXTERNAL MODULE: ./src/stages/index.ts
var stages = __webpack_require__(2979);
// EXTERNAL MODULE: ./src/go/build-checks.ts + 1 modules
var build_checks = __webpack_require__(526);
// EXTERNAL MODULE: ./src/go/dist.ts
var dist = __webpack_require__(9048);
// EXTERNAL MODULE: ./src/go/main-package.ts
var main_package = __webpack_require__(4420);
// EXTERNAL MODULE: ./src/go/toolchain.ts
var toolchain = __webpack_require__(9029);
;// CONCATENATED MODULE: ./src/stages/hot-schemas.ts
// The JSON Schemas on the hot paths: what a warm rebuild checks (kept facts, the dist lock) and artifacts.json,
// which every stage after go-build reads. `gantry generate` precompiles them into
// src/util/validators.generated.ts, so those runs compile no validator (ajv's code generation cost 10-30 ms a
// schema, artifacts.json's about 30 ms of a 0.4 s image push).





const HOT_PATH_SCHEMAS = [
    toolchain/* GO_ENV_SCHEMA */.B3,
    toolchain/* DIST_LIST_SCHEMA */.qs,
    main_package/* LISTED_MAINS_SCHEMA */.v3,
    build_checks/* STRINGS_SCHEMA */.p,
    dist/* LOCK_OWNER_SCHEMA */.KM,
    artifacts/* ARTIFACTS_SCHEMA */.qp
];

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(1398);
var standalone_default = /*#__PURE__*/__webpack_require__.n(standalone);
// EXTERNAL MODULE: ./src/util/json.ts + 1 modules
var json = __webpack_require__(3174);
;// CONCATENATED MODULE: ./src/cli/precompile.ts
// The text of src/util/validators.generated.ts: ajv's standalone code of the hot-path schemas (hot-schemas.ts),
// compiled with the options src/util/json.ts compiles with, and a table from each schema's JSON text to its
// validate function. Written by `gantry generate`, checked by `gantry generate --check`.

// A CommonJS module whose exports are the function itself and its `default` (so both loaders find it).


const VALIDATORS_FILE = 'src/util/validators.generated.ts';
function precompiledModule(schemas) {
    const ajv = new dist_ajv.Ajv({ ...json/* AJV_OPTIONS */.ZW, code: { ...json/* AJV_OPTIONS */.ZW.code, source: true, esm: true } });
    const names = {};
    schemas.forEach((schema, i) => {
        ajv.addSchema(schema, `schema${i}`);
        names[`v${i}`] = `schema${i}`;
    });
    // ajv's runtime helpers are require() calls, which ESM has not. The one for minLength/maxLength (length in
    // code points, as JSON Schema counts) is a few lines, defined in the file; any other stops generate.
    const code = standalone_default()["default"](ajv, names)
        .replaceAll('require("ajv/dist/runtime/ucs2length").default', 'codePoints');
    if (/\brequire\(/.test(code))
        throw new Error('a hot-path schema needs an ajv runtime helper other than ucs2length; precompile it not');
    const table = schemas.map((s, i) => `  [${JSON.stringify(JSON.stringify(s))}, v${i}]`).join(',\n');
    return [
        '// Generated by `node dist/cli/index.js generate` from src/stages/hot-schemas.ts (ajv standalone code): do not',
        '// edit. The validators of the hot-path schemas, keyed by each schema’s JSON text.',
        '/* eslint-disable */',
        '// @ts-nocheck',
        'const codePoints = s => { let n = 0; for (const _ of s) n++; return n }',
        code,
        '',
        'export const PRECOMPILED = new Map([',
        table,
        '])',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/generate.ts
// `gantry generate [--check]`, for gantry's own development: write the files generated from the code
// (actions/<name>/action.yml, the root action.yml and schema/gantry.schema.json from the stages, schema/artifacts.schema.json,
// src/util/validators.generated.ts from the warm path's schemas)
// in the repository at the current directory; with --check, change nothing and fail when one is stale.









function generatedFiles() {
    return [
        ...stages/* STAGES */.a.map(s => ({ file: actionYmlPath(s), text: renderActionYml(s) })),
        { file: 'schema/gantry.schema.json', text: JSON.stringify((0,file.buildSchema)(), null, 2) + '\n' },
        { file: 'schema/artifacts.schema.json', text: JSON.stringify(artifacts/* ARTIFACTS_SCHEMA */.qp, null, 2) + '\n' },
        { file: VALIDATORS_FILE, text: precompiledModule(HOT_PATH_SCHEMAS) }
    ];
}
/** A file under `dir`, or ''. (A parameter, so the bundler does not make the file a bundled asset.) */
async function readText(dir, file) {
    return (0,promises_.readFile)(external_node_path_default().join(dir, file), 'utf8').catch(() => '');
}
async function generate(args, logger) {
    const check = args.includes('--check');
    const root = process.cwd();
    if (!(await readText(root, 'package.json')).includes('"name": "gantry"'))
        throw new errors/* UserError */.yo('run it from the root of the gantry repository.', {
            input: 'command line',
            fix: 'cd to the repository root first.'
        });
    const stale = [];
    for (const g of generatedFiles()) {
        const target = external_node_path_default().join(root, g.file);
        const now = await (0,promises_.readFile)(target, 'utf8').catch(() => undefined);
        if (now === g.text)
            continue;
        if (check)
            stale.push(g.file);
        else {
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            await (0,promises_.writeFile)(target, g.text);
            logger.info(`wrote ${g.file}`);
        }
    }
    if (stale.length) {
        logger.error(`out of date: ${stale.join(', ')}; run \`node dist/cli/index.js generate\` and commit them.`);
        return 1;
    }
    return 0;
}


/***/ }),

/***/ 1974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILES: () => (/* reexport safe */ _config_files_js__WEBPACK_IMPORTED_MODULE_5__.n),
/* harmony export */   buildSchema: () => (/* binding */ buildSchema),
/* harmony export */   configOptions: () => (/* binding */ configOptions),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3243);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3174);
/* harmony import */ var _stages_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2979);
/* harmony import */ var _config_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9708);
// gantry.yml: an optional file that holds the same options as the actions, one section per stage plus a
// `defaults` section every stage reads. Validated against a JSON Schema built from the stage specs (the
// same schema is shipped as schema/gantry.schema.json for editors).






const SCHEMA_ID = 'https://gantry.dev/schema/gantry.schema.json';
function optionSchema(spec, description) {
    const scalar = { type: ['string', 'number', 'boolean'] };
    switch (spec.kind) {
        case 'bool':
            return { description, type: ['boolean', 'string'], pattern: '^(true|false)$' };
        case 'int':
            return { description, type: ['integer', 'string'] };
        case 'list':
        case 'keyvalues':
            return { description, anyOf: [{ type: 'string' }, { type: 'array', items: scalar }] };
        default:
            return { description, ...scalar };
    }
}
function stageProperties(stage) {
    const props = {};
    for (const [name, spec] of Object.entries(stage.inputs)) {
        // Secrets never live in a file that may be committed: the CLI takes them from stdin or the environment.
        if (spec.actionOnly || spec.kind === 'secret')
            continue;
        props[name] = optionSchema(spec, spec.default ? `${spec.description} Default: ${spec.default}` : spec.description);
    }
    return props;
}
/** The JSON Schema of gantry.yml, built from the stage specs. */
function buildSchema() {
    const defaults = {};
    for (const stage of _stages_index_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES */ .a)
        Object.assign(defaults, stageProperties(stage));
    const properties = {
        defaults: {
            description: 'Options every stage reads unless its own section sets them.',
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(Object.entries(defaults).sort(([a], [b]) => (a < b ? -1 : 1)))
        }
    };
    for (const stage of _stages_index_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES */ .a)
        properties[stage.name] = {
            description: `Options of the ${stage.name} stage (${stage.root ? 'the root action' : `actions/${stage.action}`}, gantry ${stage.name}).`,
            type: 'object',
            additionalProperties: false,
            properties: stageProperties(stage)
        };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: SCHEMA_ID,
        title: 'gantry.yml',
        description: 'gantry configuration: the options of the gantry actions, for the gantry CLI.',
        type: 'object',
        additionalProperties: false,
        properties
    };
}
/** Parse and validate a gantry.yml text. `file` names it in errors. */
function parseConfig(text, file) {
    let data = {};
    // An empty file (or one with only comments) is an empty configuration.
    const blank = text.split(/\r?\n/).every(l => !l.trim() || l.trim().startsWith('#'));
    try {
        if (!blank)
            data = (0,js_yaml__WEBPACK_IMPORTED_MODULE_1__/* .load */ .Hh)(text) ?? {};
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`is not valid YAML: ${err.message.split('\n')[0]}`, {
            input: file,
            fix: 'fix the YAML syntax.'
        });
    }
    const validate = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .validator */ .Nc)(configSchema());
    if (!validate(data)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`does not match the gantry.yml schema: ${(0,_util_json_js__WEBPACK_IMPORTED_MODULE_3__/* .describeErrors */ .rg)(validate.errors).join('; ')}.`, {
            input: file,
            fix: 'see schema/gantry.schema.json or docs/cli.md for the keys each section takes.'
        });
    }
    const obj = data;
    const stages = {};
    for (const stage of _stages_index_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES */ .a)
        if (obj[stage.name])
            stages[stage.name] = obj[stage.name];
    return { path: file, defaults: obj.defaults ?? {}, stages };
}
// Compiled once: the schema object is built from the stage list, which does not change at run time.
let schema;
function configSchema() {
    return (schema ??= buildSchema());
}
async function loadConfig(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('does not exist.', { input: file, fix: 'create it or drop --config.' });
        throw err;
    }
    return parseConfig(text, file);
}
function toRaw(value) {
    if (Array.isArray(value))
        return value.map(v => String(v)).join('\n');
    return String(value);
}
/** The raw options one stage gets from the file: its section over `defaults`, limited to its own options. */
function configOptions(config, stage) {
    const out = {};
    if (!config)
        return out;
    for (const source of [config.defaults, config.stages[stage.name] ?? {}])
        for (const [key, value] of Object.entries(source))
            if (key in stage.inputs && value !== null && value !== undefined && stage.inputs[key].kind !== 'secret')
                out[key] = toRaw(value);
    return out;
}


/***/ }),

/***/ 2979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ STAGES)
/* harmony export */ });
/* unused harmony export stageByName */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(692);
/* harmony import */ var _go_build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(390);
/* harmony import */ var _tag_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(216);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4824);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1563);
/* harmony import */ var _github_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1098);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5834);
// Every stage, in pipeline order. The CLI's commands, gantry.yml's sections and schema, and the generated
// action.yml files all come from this list: adding a stage is one stage file and one line here.







const STAGES = [
    _plan_js__WEBPACK_IMPORTED_MODULE_0__.planStage,
    _go_build_js__WEBPACK_IMPORTED_MODULE_1__.buildStage,
    _tag_js__WEBPACK_IMPORTED_MODULE_2__.tagStage,
    _image_js__WEBPACK_IMPORTED_MODULE_3__.imageStage,
    _scan_js__WEBPACK_IMPORTED_MODULE_4__.scanStage,
    _github_release_js__WEBPACK_IMPORTED_MODULE_5__.githubReleaseStage,
    _release_js__WEBPACK_IMPORTED_MODULE_6__.releaseStage
];
function stageByName(name) {
    return STAGES.find(s => s.name === name);
}


/***/ })

};

//# sourceMappingURL=287.index.js.map