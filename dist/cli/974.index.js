export const id = 974;
export const ids = [974];
export const modules = {

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

//# sourceMappingURL=974.index.js.map