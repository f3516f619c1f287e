export const id = 785;
export const ids = [785];
export const modules = {

/***/ 5936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ variantEnvName),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   IK: () => (/* binding */ executableName),
/* harmony export */   Lr: () => (/* binding */ toId),
/* harmony export */   Nm: () => (/* binding */ toGoEnv),
/* harmony export */   R_: () => (/* binding */ normalizeTarget),
/* harmony export */   b6: () => (/* binding */ DEFAULT_TARGETS),
/* harmony export */   cS: () => (/* binding */ sameTarget),
/* harmony export */   kw: () => (/* binding */ toOciPlatform),
/* harmony export */   rE: () => (/* binding */ toPlatform),
/* harmony export */   wu: () => (/* binding */ compareTargets),
/* harmony export */   y2: () => (/* binding */ goreleaserArchiveArch)
/* harmony export */ });
/* unused harmony export parseId */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// The platform model every stage shares: a Target (goos, goarch, variant) and its four spellings — the OCI
// platform (`linux/arm/v7`), the GoReleaser-style id (`linux_arm_7`), the Go environment (`GOARM=7`) and
// the structured JSON form written to artifacts.json. No other module converts between them.

const floatRule = (env) => ({
    env,
    toEnv: v => (v === 'hardfloat' || v === 'softfloat' ? v : undefined),
    fromEnv: v => (v === 'hardfloat' || v === 'softfloat' ? v : undefined),
    idSuffix: v => v ?? 'hardfloat',
    valid: ['hardfloat', 'softfloat']
});
const RULES = {
    arm: {
        env: 'GOARM',
        defaultVariant: 'v7',
        toEnv: v => (/^v[5-7]$/.test(v) ? v.slice(1) : undefined),
        fromEnv: v => (/^[5-7]$/.test(v) ? `v${v}` : undefined),
        idSuffix: v => (v ?? 'v7').slice(1),
        valid: ['v5', 'v6', 'v7']
    },
    amd64: {
        env: 'GOAMD64',
        implied: 'v1',
        toEnv: v => (/^v[1-4]$/.test(v) ? v : undefined),
        fromEnv: v => (/^v[1-4]$/.test(v) ? v : undefined),
        idSuffix: v => v ?? 'v1',
        valid: ['v1', 'v2', 'v3', 'v4']
    },
    arm64: {
        env: 'GOARM64',
        implied: 'v8',
        // OCI writes arm64 variants as v8, v8.1 ... v9.5; Go's GOARM64 wants v8.0 ... v9.5.
        toEnv: v => (v === 'v8' ? 'v8.0' : /^v(8\.[0-9]|9\.[0-5])$/.test(v) ? v : undefined),
        fromEnv: v => (v === 'v8.0' ? 'v8' : /^v(8\.[1-9]|9\.[0-5])$/.test(v) ? v : undefined),
        idSuffix: v => (v === undefined || v === 'v8' ? 'v8.0' : v),
        valid: ['v8', 'v8.1', '…', 'v8.9', 'v9.0', '…', 'v9.5']
    },
    '386': {
        env: 'GO386',
        toEnv: v => (v === 'sse2' || v === 'softfloat' ? v : undefined),
        fromEnv: v => (v === 'sse2' || v === 'softfloat' ? v : undefined),
        idSuffix: v => v ?? 'sse2',
        valid: ['sse2', 'softfloat']
    },
    mips: floatRule('GOMIPS'),
    mipsle: floatRule('GOMIPS'),
    mips64: floatRule('GOMIPS64'),
    mips64le: floatRule('GOMIPS64'),
    ppc64: {
        env: 'GOPPC64',
        toEnv: v => (/^power(8|9|10)$/.test(v) ? v : undefined),
        fromEnv: v => (/^power(8|9|10)$/.test(v) ? v : undefined),
        idSuffix: v => v ?? 'power8',
        valid: ['power8', 'power9', 'power10']
    },
    riscv64: {
        env: 'GORISCV64',
        toEnv: v => (/^rva2[023]u64$/.test(v) ? v : undefined),
        fromEnv: v => (/^rva2[023]u64$/.test(v) ? v : undefined),
        idSuffix: v => v ?? 'rva20u64',
        valid: ['rva20u64', 'rva22u64', 'rva23u64']
    }
};
RULES.ppc64le = { ...RULES.ppc64 };
const NAME = /^[a-z0-9]+$/;
/**
 * Normalise a target the way containerd does: `arm` means `arm/v7`, `arm64/v8` is `arm64`, `amd64/v1` is
 * `amd64`. Throws a UserError (naming `input`) for a variant the architecture does not have.
 */
function normalizeTarget(t, input = 'targets') {
    const goos = t.goos.toLowerCase();
    const goarch = t.goarch.toLowerCase();
    const rule = RULES[goarch];
    let variant = t.variant?.toLowerCase() || undefined;
    if (!rule) {
        if (variant)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${goos}/${goarch}/${variant}: ${goarch} has no CPU variants.`, {
                input,
                fix: `write ${goos}/${goarch} without a variant.`
            });
        return { goos, goarch };
    }
    if (goarch === 'arm64' && variant === 'v8.0')
        variant = 'v8';
    if (variant === undefined)
        variant = rule.defaultVariant;
    if (variant !== undefined && rule.toEnv(variant) === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${goos}/${goarch}/${variant}: unknown ${goarch} variant "${variant}".`, {
            input,
            fix: `use one of ${rule.valid.join(', ')} (they set ${rule.env}).`
        });
    if (variant !== undefined && variant === rule.implied)
        variant = undefined;
    return variant === undefined ? { goos, goarch } : { goos, goarch, variant };
}
/** Parse an OCI platform string (`linux/arm/v7`) into a normalised Target. */
function parsePlatform(platform, input = 'targets') {
    const parts = platform.trim().split('/');
    if (parts.length < 2 ||
        parts.length > 3 ||
        parts.some(p => !NAME.test(p.toLowerCase()) && !/^v\d+\.\d+$/.test(p)))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${platform}" is not a platform: expected os/arch or os/arch/variant.`, {
            input,
            fix: 'write it as in linux/amd64, linux/arm64 or linux/arm/v7.'
        });
    return normalizeTarget({ goos: parts[0], goarch: parts[1], variant: parts[2] }, input);
}
/** The OCI platform string: `linux/amd64`, `linux/arm/v7`, `linux/amd64/v3`. */
function toPlatform(t) {
    return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`;
}
/** The platform as OCI image configs and indexes spell it: { os, architecture, variant? }. */
function toOciPlatform(t) {
    return t.variant
        ? { os: t.goos, architecture: t.goarch, variant: t.variant }
        : { os: t.goos, architecture: t.goarch };
}
/** The GoReleaser-style id: `linux_amd64_v1`, `linux_arm_7`, `darwin_arm64_v8.0`, `windows_386_sse2`. */
function toId(t) {
    const rule = RULES[t.goarch];
    return rule ? `${t.goos}_${t.goarch}_${rule.idSuffix(t.variant)}` : `${t.goos}_${t.goarch}`;
}
/** Parse a GoReleaser-style id back into a normalised Target. */
function parseId(id, input = 'target') {
    const [goos, goarch, suffix, ...rest] = id.split('_');
    if (!goos || !goarch || rest.length)
        throw new UserError(`"${id}" is not a target id.`, {
            input,
            fix: 'write it as in linux_amd64_v1 or linux_arm_7.'
        });
    const rule = RULES[goarch];
    if (!suffix || (rule && suffix === rule.idSuffix(undefined) && !rule.defaultVariant))
        return normalizeTarget({ goos, goarch }, input);
    const variant = rule?.fromEnv(suffix) ?? (goarch === 'arm64' && suffix === 'v8.0' ? 'v8' : undefined);
    if (!rule || variant === undefined)
        throw new UserError(`"${id}": unknown variant "${suffix}" for ${goarch}.`, {
            input,
            fix: 'check the id.'
        });
    return normalizeTarget({ goos, goarch, variant }, input);
}
/** The Go environment for a build of this target (GOOS, GOARCH and the variant variable, if any). */
function toGoEnv(t) {
    const env = { GOOS: t.goos, GOARCH: t.goarch };
    const rule = RULES[t.goarch];
    if (rule && t.variant)
        env[rule.env] = rule.toEnv(t.variant);
    else if (rule?.defaultVariant)
        env[rule.env] = rule.toEnv(rule.defaultVariant);
    return env;
}
/** The name of the variant variable for an architecture (`GOARM` for arm), if it has one. */
function variantEnvName(goarch) {
    return RULES[goarch]?.env;
}
/**
 * The arch as GoReleaser's default archive names spell it: the arm version after `v` (armv7), a GOAMD64 level
 * above v1 (amd64v3), the mips float mode after `_` (mips_hardfloat); other arches plain.
 */
function goreleaserArchiveArch(t) {
    if (t.goarch === 'arm')
        return `armv${RULES.arm.idSuffix(t.variant)}`;
    if (t.goarch === 'amd64')
        return t.variant && t.variant !== 'v1' ? `amd64${t.variant}` : 'amd64';
    if (t.goarch.startsWith('mips'))
        return `${t.goarch}_${RULES[t.goarch].idSuffix(t.variant)}`;
    return t.goarch;
}
/** The file name of an executable for this target: `.exe` on windows. */
function executableName(binary, t) {
    return t.goos === 'windows' && !binary.endsWith('.exe') ? `${binary}.exe` : binary;
}
function sameTarget(a, b) {
    return a.goos === b.goos && a.goarch === b.goarch && (a.variant ?? '') === (b.variant ?? '');
}
/** Sort order used everywhere output lists targets: by platform string. */
function compareTargets(a, b) {
    const pa = toPlatform(a);
    const pb = toPlatform(b);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
}
/** GoReleaser's default eight: linux, darwin, windows × amd64, arm64, 386, minus darwin/386. */
const DEFAULT_TARGETS = [
    { goos: 'darwin', goarch: 'amd64' },
    { goos: 'darwin', goarch: 'arm64' },
    { goos: 'linux', goarch: '386' },
    { goos: 'linux', goarch: 'amd64' },
    { goos: 'linux', goarch: 'arm64' },
    { goos: 'windows', goarch: '386' },
    { goos: 'windows', goarch: 'amd64' },
    { goos: 'windows', goarch: 'arm64' }
];


/***/ }),

/***/ 3174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZW: () => (/* binding */ AJV_OPTIONS),
  rg: () => (/* binding */ describeErrors),
  WT: () => (/* binding */ parseJsonAs),
  Nc: () => (/* binding */ validator)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/util/validators.generated.ts
// Generated by `node dist/cli/index.js generate` from src/go/warm-schemas.ts (ajv standalone code): do not
// edit. The validators of the schemas a warm rebuild checks, keyed by each schema’s JSON text.
/* eslint-disable */
// @ts-nocheck

const v0 = validate0;
const schema0 = { "type": "object", "additionalProperties": { "type": "string" } };
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    const _errs1 = errors;
    for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const _errs3 = errors;
        var valid0 = _errs2 === errors;
    }
}
else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate0.errors = vErrors; return errors === 0; }
const v1 = validate1;
const schema1 = { "type": "array", "items": { "type": "object", "required": ["GOOS", "GOARCH"], "properties": { "GOOS": { "type": "string" }, "GOARCH": { "type": "string" }, "CgoSupported": { "type": "boolean" }, "FirstClass": { "type": "boolean" }, "Broken": { "type": "boolean" } } } };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; if (Array.isArray(data)) {
    let valid1 = true;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        const _errs2 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.GOOS === undefined) {
                const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "GOOS" }, message: "must have required property '" + "GOOS" + "'" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            if (data0.GOARCH === undefined) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "GOARCH" }, message: "must have required property '" + "GOARCH" + "'" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (data0.GOOS !== undefined) {
                let data1 = data0.GOOS;
                const _errs3 = errors;
                if (typeof data1 !== "string") {
                    const err2 = { instancePath: instancePath + "/" + i0 + "/GOOS", schemaPath: "#/items/properties/GOOS/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                const _errs4 = errors;
                var valid2 = _errs3 === errors;
            }
            if (data0.GOARCH !== undefined) {
                let data2 = data0.GOARCH;
                const _errs5 = errors;
                if (typeof data2 !== "string") {
                    const err3 = { instancePath: instancePath + "/" + i0 + "/GOARCH", schemaPath: "#/items/properties/GOARCH/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                const _errs6 = errors;
                var valid2 = _errs5 === errors;
            }
            if (data0.CgoSupported !== undefined) {
                let data3 = data0.CgoSupported;
                const _errs7 = errors;
                if (typeof data3 !== "boolean") {
                    const err4 = { instancePath: instancePath + "/" + i0 + "/CgoSupported", schemaPath: "#/items/properties/CgoSupported/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                const _errs8 = errors;
                var valid2 = _errs7 === errors;
            }
            if (data0.FirstClass !== undefined) {
                let data4 = data0.FirstClass;
                const _errs9 = errors;
                if (typeof data4 !== "boolean") {
                    const err5 = { instancePath: instancePath + "/" + i0 + "/FirstClass", schemaPath: "#/items/properties/FirstClass/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                const _errs10 = errors;
                var valid2 = _errs9 === errors;
            }
            if (data0.Broken !== undefined) {
                let data5 = data0.Broken;
                const _errs11 = errors;
                if (typeof data5 !== "boolean") {
                    const err6 = { instancePath: instancePath + "/" + i0 + "/Broken", schemaPath: "#/items/properties/Broken/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                const _errs12 = errors;
                var valid2 = _errs11 === errors;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
            valid1 = false;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate1.errors = vErrors; return errors === 0; }
const v2 = validate2;
const schema2 = { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["pkg", "binary", "rel", "files"], "properties": { "pkg": { "type": "string", "pattern": "^\\.(/[^/].*)?$" }, "binary": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" }, "rel": { "type": "string" }, "files": { "type": "array", "items": { "type": "string", "pattern": "^[^/\\\\]+\\.go$" } } } } };
const pattern0 = new RegExp("^\\.(/[^/].*)?$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$", "u");
const pattern2 = new RegExp("^[^/\\\\]+\\.go$", "u");
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; if (Array.isArray(data)) {
    if (data.length < 1) {
        const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    let valid1 = true;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        const _errs2 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.pkg === undefined) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "pkg" }, message: "must have required property '" + "pkg" + "'" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (data0.binary === undefined) {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "binary" }, message: "must have required property '" + "binary" + "'" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data0.rel === undefined) {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "rel" }, message: "must have required property '" + "rel" + "'" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data0.files === undefined) {
                const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property '" + "files" + "'" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (data0.pkg !== undefined) {
                let data1 = data0.pkg;
                const _errs3 = errors;
                const _errs4 = errors;
                if (typeof data1 === "string") {
                    if (!pattern0.test(data1)) {
                        const err5 = { instancePath: instancePath + "/" + i0 + "/pkg", schemaPath: "#/items/properties/pkg/pattern", keyword: "pattern", params: { pattern: "^\\.(/[^/].*)?$" }, message: "must match pattern \"" + "^\\.(/[^/].*)?$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/" + i0 + "/pkg", schemaPath: "#/items/properties/pkg/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                var valid2 = _errs3 === errors;
            }
            if (data0.binary !== undefined) {
                let data2 = data0.binary;
                const _errs5 = errors;
                const _errs6 = errors;
                if (typeof data2 === "string") {
                    if (!pattern1.test(data2)) {
                        const err7 = { instancePath: instancePath + "/" + i0 + "/binary", schemaPath: "#/items/properties/binary/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/" + i0 + "/binary", schemaPath: "#/items/properties/binary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                var valid2 = _errs5 === errors;
            }
            if (data0.rel !== undefined) {
                let data3 = data0.rel;
                const _errs7 = errors;
                if (typeof data3 !== "string") {
                    const err9 = { instancePath: instancePath + "/" + i0 + "/rel", schemaPath: "#/items/properties/rel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                const _errs8 = errors;
                var valid2 = _errs7 === errors;
            }
            if (data0.files !== undefined) {
                let data4 = data0.files;
                const _errs9 = errors;
                const _errs10 = errors;
                if (Array.isArray(data4)) {
                    let valid4 = true;
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data5 = data4[i1];
                        const _errs11 = errors;
                        const _errs12 = errors;
                        if (typeof data5 === "string") {
                            if (!pattern2.test(data5)) {
                                const err10 = { instancePath: instancePath + "/" + i0 + "/files/" + i1, schemaPath: "#/items/properties/files/items/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]+\\.go$" }, message: "must match pattern \"" + "^[^/\\\\]+\\.go$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err11 = { instancePath: instancePath + "/" + i0 + "/files/" + i1, schemaPath: "#/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        var valid3 = _errs11 === errors;
                        if (!valid3) {
                            valid4 = false;
                        }
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/" + i0 + "/files", schemaPath: "#/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                var valid2 = _errs9 === errors;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
            valid1 = false;
        }
    }
}
else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
        vErrors = [err14];
    }
    else {
        vErrors.push(err14);
    }
    errors++;
} validate2.errors = vErrors; return errors === 0; }
const v3 = validate3;
const schema3 = { "type": "array", "items": { "type": "string" } };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; if (Array.isArray(data)) {
    let valid1 = true;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const _errs2 = errors;
        var valid0 = _errs1 === errors;
        if (!valid0) {
            valid1 = false;
        }
    }
}
else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate3.errors = vErrors; return errors === 0; }
const v4 = validate4;
const schema4 = { "type": "object", "properties": { "pid": { "type": "integer" }, "host": { "type": "string" }, "since": { "type": "string" }, "token": { "type": "string" } }, "required": ["pid", "host", "since", "token"] };
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pid === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property '" + "pid" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.host === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.since === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property '" + "since" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.token === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "token" }, message: "must have required property '" + "token" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.pid !== undefined) {
        let data0 = data.pid;
        const _errs1 = errors;
        if (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))) {
            const err4 = { instancePath: instancePath + "/pid", schemaPath: "#/properties/pid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        const _errs2 = errors;
        var valid0 = _errs1 === errors;
    }
    if (data.host !== undefined) {
        let data1 = data.host;
        const _errs3 = errors;
        if (typeof data1 !== "string") {
            const err5 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        const _errs4 = errors;
        var valid0 = _errs3 === errors;
    }
    if (data.since !== undefined) {
        let data2 = data.since;
        const _errs5 = errors;
        if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        const _errs6 = errors;
        var valid0 = _errs5 === errors;
    }
    if (data.token !== undefined) {
        let data3 = data.token;
        const _errs7 = errors;
        if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/token", schemaPath: "#/properties/token/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        const _errs8 = errors;
        var valid0 = _errs7 === errors;
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate4.errors = vErrors; return errors === 0; }
const PRECOMPILED = new Map([
    ["{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}", v0],
    ["{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"GOOS\",\"GOARCH\"],\"properties\":{\"GOOS\":{\"type\":\"string\"},\"GOARCH\":{\"type\":\"string\"},\"CgoSupported\":{\"type\":\"boolean\"},\"FirstClass\":{\"type\":\"boolean\"},\"Broken\":{\"type\":\"boolean\"}}}}", v1],
    ["{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"required\":[\"pkg\",\"binary\",\"rel\",\"files\"],\"properties\":{\"pkg\":{\"type\":\"string\",\"pattern\":\"^\\\\.(/[^/].*)?$\"},\"binary\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$\"},\"rel\":{\"type\":\"string\"},\"files\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[^/\\\\\\\\]+\\\\.go$\"}}}}}", v2],
    ["{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", v3],
    ["{\"type\":\"object\",\"properties\":{\"pid\":{\"type\":\"integer\"},\"host\":{\"type\":\"string\"},\"since\":{\"type\":\"string\"},\"token\":{\"type\":\"string\"}},\"required\":[\"pid\",\"host\",\"since\",\"token\"]}", v4]
]);

;// CONCATENATED MODULE: ./src/util/json.ts
// JSON that crosses a process or job boundary (step state, artifacts.json, records from files) is checked
// against a JSON Schema before it is used: a parsed value is never trusted through a bare cast.


// The schemas are gantry's own constants, checked against the JSON Schema meta-schema by the unit tests
// (__tests__/util/json.test.ts): compiling the meta-schema on every run cost a CLI start ~60 ms. Ajv's
// optimising passes over the generated code cost more than they save on documents this small.
const AJV_OPTIONS = {
    allErrors: true,
    strict: false,
    validateSchema: false,
    code: { optimize: false }
};
let ajv;
const compiled = new WeakMap();
/**
 * A type guard from a JSON Schema (compiled once per schema object). The schemas of a warm rebuild come
 * precompiled (`gantry generate` writes them with ajv's standalone code, same options), found by their JSON
 * text: a schema changed since is compiled here, as any other.
 */
function validator(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = PRECOMPILED.get(JSON.stringify(schema)) ?? compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/**
 * ajv, loaded when a schema needs compiling, not at start-up (a warm rebuild never does). In a bundle,
 * `require` is the bundler's and ajv is in it; run from source (the tests), `require` is made here.
 */
function loadAjv() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return  true ? __webpack_require__(2463) : 0;
}
function compile(schema) {
    ajv ??= new (loadAjv().Ajv)(AJV_OPTIONS);
    return ajv.compile(schema);
}
/** ajv's errors as short `path: message` strings. */
function describeErrors(errors) {
    return [
        ...new Set((errors ?? []).map(e => {
            const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
            if (e.keyword === 'additionalProperties')
                return `${where}: unknown key "${e.params.additionalProperty}"`;
            return `${where}: ${e.message ?? 'invalid'}`;
        }))
    ];
}
/** Parse JSON text and check it; `what` names the text in the error. Throws Error (callers wrap it). */
function parseJsonAs(text, schema, what) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${what} is not valid JSON: ${err.message}`);
    }
    const v = validator(schema);
    if (!v(data))
        throw new Error(`${what} does not have the expected shape: ${describeErrors(v.errors).join('; ')}`);
    return data;
}


/***/ })

};

//# sourceMappingURL=785.index.js.map