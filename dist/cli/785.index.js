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
// Generated by `node dist/cli/index.js generate` from src/stages/hot-schemas.ts (ajv standalone code): do not
// edit. The validators of the hot-path schemas, keyed by each schema’s JSON text.
/* eslint-disable */
// @ts-nocheck
const codePoints = s => { let n = 0; for (const _ of s)
    n++; return n; };
"use strict";
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
const v5 = validate5;
const schema5 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://gantry.dev/schema/artifacts.schema.json", "title": "artifacts.json", "description": "What a gantry go-build stage built: the contract between stages and jobs.", "type": "object", "additionalProperties": false, "required": ["schemaVersion", "project", "artifacts"], "properties": { "schemaVersion": { "const": 1 }, "project": { "type": "object", "additionalProperties": false, "required": ["module", "version", "commit", "date", "goVersion"], "properties": { "module": { "type": "string", "minLength": 1, "maxLength": 500 }, "version": { "type": "string", "minLength": 1, "maxLength": 256 }, "commit": { "type": "string", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})?$" }, "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, "goVersion": { "type": "string", "maxLength": 100 }, "goMod": { "type": "object", "additionalProperties": false, "properties": { "go": { "type": "string", "maxLength": 100 }, "toolchain": { "type": "string", "maxLength": 100 } } } } }, "artifacts": { "type": "array", "maxItems": 10000, "items": { "type": "object", "additionalProperties": false, "required": ["kind", "path", "sha256", "size"], "properties": { "kind": { "enum": ["binary", "archive", "checksums"] }, "target": { "type": "object", "additionalProperties": false, "required": ["goos", "goarch"], "properties": { "goos": { "type": "string", "pattern": "^[a-z0-9]+$" }, "goarch": { "type": "string", "pattern": "^[a-z0-9]+$" }, "variant": { "type": "string", "pattern": "^[a-z0-9.]+$" } } }, "platform": { "type": "string", "maxLength": 100 }, "id": { "type": "string", "maxLength": 100 }, "path": { "type": "string", "minLength": 1, "maxLength": 1024 }, "sha256": { "type": "string", "pattern": "^[a-f0-9]{64}$" }, "size": { "type": "integer", "minimum": 0 }, "format": { "enum": ["tar.gz", "zip"] }, "binary": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" }, "binaries": { "type": "array", "maxItems": 1000, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" } } } } } } };
const func0 = codePoints;
const func7 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp("^([0-9a-f]{40}|[0-9a-f]{64})?$", "u");
const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
const pattern5 = new RegExp("^[a-z0-9]+$", "u");
const pattern7 = new RegExp("^[a-z0-9.]+$", "u");
const pattern8 = new RegExp("^[a-f0-9]{64}$", "u");
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://gantry.dev/schema/artifacts.schema.json" */ ; let vErrors = null; let errors = 0; const _errs0 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property '" + "schemaVersion" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.project === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property '" + "project" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.artifacts === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property '" + "artifacts" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    const _errs1 = errors;
    for (const key0 in data) {
        if (!(((key0 === "schemaVersion") || (key0 === "project")) || (key0 === "artifacts"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.schemaVersion !== undefined) {
        let data0 = data.schemaVersion;
        const _errs2 = errors;
        if (1 !== data0) {
            const err4 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        var valid0 = _errs2 === errors;
    }
    if (data.project !== undefined) {
        let data1 = data.project;
        const _errs3 = errors;
        const _errs4 = errors;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.module === undefined) {
                const err5 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property '" + "module" + "'" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data1.version === undefined) {
                const err6 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if (data1.commit === undefined) {
                const err7 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property '" + "commit" + "'" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data1.date === undefined) {
                const err8 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property '" + "date" + "'" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (data1.goVersion === undefined) {
                const err9 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/required", keyword: "required", params: { missingProperty: "goVersion" }, message: "must have required property '" + "goVersion" + "'" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            const _errs5 = errors;
            for (const key1 in data1) {
                if (!((((((key1 === "module") || (key1 === "version")) || (key1 === "commit")) || (key1 === "date")) || (key1 === "goVersion")) || (key1 === "goMod"))) {
                    const err10 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data1.module !== undefined) {
                let data2 = data1.module;
                const _errs6 = errors;
                const _errs7 = errors;
                if (typeof data2 === "string") {
                    if (func0(data2) > 500) {
                        const err11 = { instancePath: instancePath + "/project/module", schemaPath: "#/properties/project/properties/module/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    if (func0(data2) < 1) {
                        const err12 = { instancePath: instancePath + "/project/module", schemaPath: "#/properties/project/properties/module/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/project/module", schemaPath: "#/properties/project/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                var valid1 = _errs6 === errors;
            }
            if (data1.version !== undefined) {
                let data3 = data1.version;
                const _errs8 = errors;
                const _errs9 = errors;
                if (typeof data3 === "string") {
                    if (func0(data3) > 256) {
                        const err14 = { instancePath: instancePath + "/project/version", schemaPath: "#/properties/project/properties/version/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (func0(data3) < 1) {
                        const err15 = { instancePath: instancePath + "/project/version", schemaPath: "#/properties/project/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/project/version", schemaPath: "#/properties/project/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                var valid1 = _errs8 === errors;
            }
            if (data1.commit !== undefined) {
                let data4 = data1.commit;
                const _errs10 = errors;
                const _errs11 = errors;
                if (typeof data4 === "string") {
                    if (!pattern3.test(data4)) {
                        const err17 = { instancePath: instancePath + "/project/commit", schemaPath: "#/properties/project/properties/commit/pattern", keyword: "pattern", params: { pattern: "^([0-9a-f]{40}|[0-9a-f]{64})?$" }, message: "must match pattern \"" + "^([0-9a-f]{40}|[0-9a-f]{64})?$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/project/commit", schemaPath: "#/properties/project/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                var valid1 = _errs10 === errors;
            }
            if (data1.date !== undefined) {
                let data5 = data1.date;
                const _errs12 = errors;
                const _errs13 = errors;
                if (typeof data5 === "string") {
                    if (!pattern4.test(data5)) {
                        const err19 = { instancePath: instancePath + "/project/date", schemaPath: "#/properties/project/properties/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/project/date", schemaPath: "#/properties/project/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                var valid1 = _errs12 === errors;
            }
            if (data1.goVersion !== undefined) {
                let data6 = data1.goVersion;
                const _errs14 = errors;
                const _errs15 = errors;
                if (typeof data6 === "string") {
                    if (func0(data6) > 100) {
                        const err21 = { instancePath: instancePath + "/project/goVersion", schemaPath: "#/properties/project/properties/goVersion/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/project/goVersion", schemaPath: "#/properties/project/properties/goVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                var valid1 = _errs14 === errors;
            }
            if (data1.goMod !== undefined) {
                let data7 = data1.goMod;
                const _errs16 = errors;
                const _errs17 = errors;
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    const _errs18 = errors;
                    for (const key2 in data7) {
                        if (!((key2 === "go") || (key2 === "toolchain"))) {
                            const err23 = { instancePath: instancePath + "/project/goMod", schemaPath: "#/properties/project/properties/goMod/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    if (data7.go !== undefined) {
                        let data8 = data7.go;
                        const _errs19 = errors;
                        const _errs20 = errors;
                        if (typeof data8 === "string") {
                            if (func0(data8) > 100) {
                                const err24 = { instancePath: instancePath + "/project/goMod/go", schemaPath: "#/properties/project/properties/goMod/properties/go/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/project/goMod/go", schemaPath: "#/properties/project/properties/goMod/properties/go/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                        var valid2 = _errs19 === errors;
                    }
                    if (data7.toolchain !== undefined) {
                        let data9 = data7.toolchain;
                        const _errs21 = errors;
                        const _errs22 = errors;
                        if (typeof data9 === "string") {
                            if (func0(data9) > 100) {
                                const err26 = { instancePath: instancePath + "/project/goMod/toolchain", schemaPath: "#/properties/project/properties/goMod/properties/toolchain/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/project/goMod/toolchain", schemaPath: "#/properties/project/properties/goMod/properties/toolchain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        var valid2 = _errs21 === errors;
                    }
                }
                else {
                    const err28 = { instancePath: instancePath + "/project/goMod", schemaPath: "#/properties/project/properties/goMod/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                var valid1 = _errs16 === errors;
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
        var valid0 = _errs3 === errors;
    }
    if (data.artifacts !== undefined) {
        let data10 = data.artifacts;
        const _errs23 = errors;
        const _errs24 = errors;
        if (Array.isArray(data10)) {
            if (data10.length > 10000) {
                const err30 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/maxItems", keyword: "maxItems", params: { limit: 10000 }, message: "must NOT have more than 10000 items" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            let valid4 = true;
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data11 = data10[i0];
                const _errs25 = errors;
                const _errs26 = errors;
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.kind === undefined) {
                        const err31 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                    if (data11.path === undefined) {
                        const err32 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (data11.sha256 === undefined) {
                        const err33 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if (data11.size === undefined) {
                        const err34 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'" };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                    const _errs27 = errors;
                    for (const key3 in data11) {
                        if (!(func7.call(schema5.properties.artifacts.items.properties, key3))) {
                            const err35 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data11.kind !== undefined) {
                        let data12 = data11.kind;
                        const _errs28 = errors;
                        const vSchema0 = schema5.properties.artifacts.items.properties.kind.enum;
                        if (!(((data12 === "binary") || (data12 === "archive")) || (data12 === "checksums"))) {
                            const err36 = { instancePath: instancePath + "/artifacts/" + i0 + "/kind", schemaPath: "#/properties/artifacts/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema5.properties.artifacts.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        var valid5 = _errs28 === errors;
                    }
                    if (data11.target !== undefined) {
                        let data13 = data11.target;
                        const _errs29 = errors;
                        const _errs30 = errors;
                        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                            if (data13.goos === undefined) {
                                const err37 = { instancePath: instancePath + "/artifacts/" + i0 + "/target", schemaPath: "#/properties/artifacts/items/properties/target/required", keyword: "required", params: { missingProperty: "goos" }, message: "must have required property '" + "goos" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                            if (data13.goarch === undefined) {
                                const err38 = { instancePath: instancePath + "/artifacts/" + i0 + "/target", schemaPath: "#/properties/artifacts/items/properties/target/required", keyword: "required", params: { missingProperty: "goarch" }, message: "must have required property '" + "goarch" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                            const _errs31 = errors;
                            for (const key4 in data13) {
                                if (!(((key4 === "goos") || (key4 === "goarch")) || (key4 === "variant"))) {
                                    const err39 = { instancePath: instancePath + "/artifacts/" + i0 + "/target", schemaPath: "#/properties/artifacts/items/properties/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                            if (data13.goos !== undefined) {
                                let data14 = data13.goos;
                                const _errs32 = errors;
                                const _errs33 = errors;
                                if (typeof data14 === "string") {
                                    if (!pattern5.test(data14)) {
                                        const err40 = { instancePath: instancePath + "/artifacts/" + i0 + "/target/goos", schemaPath: "#/properties/artifacts/items/properties/target/properties/goos/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: "must match pattern \"" + "^[a-z0-9]+$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err41 = { instancePath: instancePath + "/artifacts/" + i0 + "/target/goos", schemaPath: "#/properties/artifacts/items/properties/target/properties/goos/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err41];
                                    }
                                    else {
                                        vErrors.push(err41);
                                    }
                                    errors++;
                                }
                                var valid6 = _errs32 === errors;
                            }
                            if (data13.goarch !== undefined) {
                                let data15 = data13.goarch;
                                const _errs34 = errors;
                                const _errs35 = errors;
                                if (typeof data15 === "string") {
                                    if (!pattern5.test(data15)) {
                                        const err42 = { instancePath: instancePath + "/artifacts/" + i0 + "/target/goarch", schemaPath: "#/properties/artifacts/items/properties/target/properties/goarch/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: "must match pattern \"" + "^[a-z0-9]+$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err42];
                                        }
                                        else {
                                            vErrors.push(err42);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err43 = { instancePath: instancePath + "/artifacts/" + i0 + "/target/goarch", schemaPath: "#/properties/artifacts/items/properties/target/properties/goarch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                                var valid6 = _errs34 === errors;
                            }
                            if (data13.variant !== undefined) {
                                let data16 = data13.variant;
                                const _errs36 = errors;
                                const _errs37 = errors;
                                if (typeof data16 === "string") {
                                    if (!pattern7.test(data16)) {
                                        const err44 = { instancePath: instancePath + "/artifacts/" + i0 + "/target/variant", schemaPath: "#/properties/artifacts/items/properties/target/properties/variant/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9.]+$" }, message: "must match pattern \"" + "^[a-z0-9.]+$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err44];
                                        }
                                        else {
                                            vErrors.push(err44);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err45 = { instancePath: instancePath + "/artifacts/" + i0 + "/target/variant", schemaPath: "#/properties/artifacts/items/properties/target/properties/variant/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                }
                                var valid6 = _errs36 === errors;
                            }
                        }
                        else {
                            const err46 = { instancePath: instancePath + "/artifacts/" + i0 + "/target", schemaPath: "#/properties/artifacts/items/properties/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                        var valid5 = _errs29 === errors;
                    }
                    if (data11.platform !== undefined) {
                        let data17 = data11.platform;
                        const _errs38 = errors;
                        const _errs39 = errors;
                        if (typeof data17 === "string") {
                            if (func0(data17) > 100) {
                                const err47 = { instancePath: instancePath + "/artifacts/" + i0 + "/platform", schemaPath: "#/properties/artifacts/items/properties/platform/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err48 = { instancePath: instancePath + "/artifacts/" + i0 + "/platform", schemaPath: "#/properties/artifacts/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                        var valid5 = _errs38 === errors;
                    }
                    if (data11.id !== undefined) {
                        let data18 = data11.id;
                        const _errs40 = errors;
                        const _errs41 = errors;
                        if (typeof data18 === "string") {
                            if (func0(data18) > 100) {
                                const err49 = { instancePath: instancePath + "/artifacts/" + i0 + "/id", schemaPath: "#/properties/artifacts/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err50 = { instancePath: instancePath + "/artifacts/" + i0 + "/id", schemaPath: "#/properties/artifacts/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        var valid5 = _errs40 === errors;
                    }
                    if (data11.path !== undefined) {
                        let data19 = data11.path;
                        const _errs42 = errors;
                        const _errs43 = errors;
                        if (typeof data19 === "string") {
                            if (func0(data19) > 1024) {
                                const err51 = { instancePath: instancePath + "/artifacts/" + i0 + "/path", schemaPath: "#/properties/artifacts/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                            if (func0(data19) < 1) {
                                const err52 = { instancePath: instancePath + "/artifacts/" + i0 + "/path", schemaPath: "#/properties/artifacts/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err53 = { instancePath: instancePath + "/artifacts/" + i0 + "/path", schemaPath: "#/properties/artifacts/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                        var valid5 = _errs42 === errors;
                    }
                    if (data11.sha256 !== undefined) {
                        let data20 = data11.sha256;
                        const _errs44 = errors;
                        const _errs45 = errors;
                        if (typeof data20 === "string") {
                            if (!pattern8.test(data20)) {
                                const err54 = { instancePath: instancePath + "/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/artifacts/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: "must match pattern \"" + "^[a-f0-9]{64}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err55 = { instancePath: instancePath + "/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/artifacts/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err55];
                            }
                            else {
                                vErrors.push(err55);
                            }
                            errors++;
                        }
                        var valid5 = _errs44 === errors;
                    }
                    if (data11.size !== undefined) {
                        let data21 = data11.size;
                        const _errs46 = errors;
                        if (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) {
                            const err56 = { instancePath: instancePath + "/artifacts/" + i0 + "/size", schemaPath: "#/properties/artifacts/items/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                        const _errs47 = errors;
                        if (typeof data21 == "number") {
                            if (data21 < 0 || isNaN(data21)) {
                                const err57 = { instancePath: instancePath + "/artifacts/" + i0 + "/size", schemaPath: "#/properties/artifacts/items/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                        }
                        var valid5 = _errs46 === errors;
                    }
                    if (data11.format !== undefined) {
                        let data22 = data11.format;
                        const _errs48 = errors;
                        const vSchema1 = schema5.properties.artifacts.items.properties.format.enum;
                        if (!((data22 === "tar.gz") || (data22 === "zip"))) {
                            const err58 = { instancePath: instancePath + "/artifacts/" + i0 + "/format", schemaPath: "#/properties/artifacts/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema5.properties.artifacts.items.properties.format.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        var valid5 = _errs48 === errors;
                    }
                    if (data11.binary !== undefined) {
                        let data23 = data11.binary;
                        const _errs49 = errors;
                        const _errs50 = errors;
                        if (typeof data23 === "string") {
                            if (!pattern1.test(data23)) {
                                const err59 = { instancePath: instancePath + "/artifacts/" + i0 + "/binary", schemaPath: "#/properties/artifacts/items/properties/binary/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err60 = { instancePath: instancePath + "/artifacts/" + i0 + "/binary", schemaPath: "#/properties/artifacts/items/properties/binary/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                        var valid5 = _errs49 === errors;
                    }
                    if (data11.binaries !== undefined) {
                        let data24 = data11.binaries;
                        const _errs51 = errors;
                        const _errs52 = errors;
                        if (Array.isArray(data24)) {
                            if (data24.length > 1000) {
                                const err61 = { instancePath: instancePath + "/artifacts/" + i0 + "/binaries", schemaPath: "#/properties/artifacts/items/properties/binaries/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                            let valid8 = true;
                            const len1 = data24.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data25 = data24[i1];
                                const _errs53 = errors;
                                const _errs54 = errors;
                                if (typeof data25 === "string") {
                                    if (!pattern1.test(data25)) {
                                        const err62 = { instancePath: instancePath + "/artifacts/" + i0 + "/binaries/" + i1, schemaPath: "#/properties/artifacts/items/properties/binaries/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err62];
                                        }
                                        else {
                                            vErrors.push(err62);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err63 = { instancePath: instancePath + "/artifacts/" + i0 + "/binaries/" + i1, schemaPath: "#/properties/artifacts/items/properties/binaries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err63];
                                    }
                                    else {
                                        vErrors.push(err63);
                                    }
                                    errors++;
                                }
                                var valid7 = _errs53 === errors;
                                if (!valid7) {
                                    valid8 = false;
                                }
                            }
                        }
                        else {
                            const err64 = { instancePath: instancePath + "/artifacts/" + i0 + "/binaries", schemaPath: "#/properties/artifacts/items/properties/binaries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                        var valid5 = _errs51 === errors;
                    }
                }
                else {
                    const err65 = { instancePath: instancePath + "/artifacts/" + i0, schemaPath: "#/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
                var valid3 = _errs25 === errors;
                if (!valid3) {
                    valid4 = false;
                }
            }
        }
        else {
            const err66 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err66];
            }
            else {
                vErrors.push(err66);
            }
            errors++;
        }
        var valid0 = _errs23 === errors;
    }
}
else {
    const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err67];
    }
    else {
        vErrors.push(err67);
    }
    errors++;
} validate5.errors = vErrors; return errors === 0; }
const PRECOMPILED = new Map([
    ["{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}", v0],
    ["{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"GOOS\",\"GOARCH\"],\"properties\":{\"GOOS\":{\"type\":\"string\"},\"GOARCH\":{\"type\":\"string\"},\"CgoSupported\":{\"type\":\"boolean\"},\"FirstClass\":{\"type\":\"boolean\"},\"Broken\":{\"type\":\"boolean\"}}}}", v1],
    ["{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"required\":[\"pkg\",\"binary\",\"rel\",\"files\"],\"properties\":{\"pkg\":{\"type\":\"string\",\"pattern\":\"^\\\\.(/[^/].*)?$\"},\"binary\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$\"},\"rel\":{\"type\":\"string\"},\"files\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[^/\\\\\\\\]+\\\\.go$\"}}}}}", v2],
    ["{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", v3],
    ["{\"type\":\"object\",\"properties\":{\"pid\":{\"type\":\"integer\"},\"host\":{\"type\":\"string\"},\"since\":{\"type\":\"string\"},\"token\":{\"type\":\"string\"}},\"required\":[\"pid\",\"host\",\"since\",\"token\"]}", v4],
    ["{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"$id\":\"https://gantry.dev/schema/artifacts.schema.json\",\"title\":\"artifacts.json\",\"description\":\"What a gantry go-build stage built: the contract between stages and jobs.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"schemaVersion\",\"project\",\"artifacts\"],\"properties\":{\"schemaVersion\":{\"const\":1},\"project\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"module\",\"version\",\"commit\",\"date\",\"goVersion\"],\"properties\":{\"module\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":500},\"version\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":256},\"commit\":{\"type\":\"string\",\"pattern\":\"^([0-9a-f]{40}|[0-9a-f]{64})?$\"},\"date\":{\"type\":\"string\",\"pattern\":\"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}Z$\"},\"goVersion\":{\"type\":\"string\",\"maxLength\":100},\"goMod\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"go\":{\"type\":\"string\",\"maxLength\":100},\"toolchain\":{\"type\":\"string\",\"maxLength\":100}}}}},\"artifacts\":{\"type\":\"array\",\"maxItems\":10000,\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"kind\",\"path\",\"sha256\",\"size\"],\"properties\":{\"kind\":{\"enum\":[\"binary\",\"archive\",\"checksums\"]},\"target\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"goos\",\"goarch\"],\"properties\":{\"goos\":{\"type\":\"string\",\"pattern\":\"^[a-z0-9]+$\"},\"goarch\":{\"type\":\"string\",\"pattern\":\"^[a-z0-9]+$\"},\"variant\":{\"type\":\"string\",\"pattern\":\"^[a-z0-9.]+$\"}}},\"platform\":{\"type\":\"string\",\"maxLength\":100},\"id\":{\"type\":\"string\",\"maxLength\":100},\"path\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1024},\"sha256\":{\"type\":\"string\",\"pattern\":\"^[a-f0-9]{64}$\"},\"size\":{\"type\":\"integer\",\"minimum\":0},\"format\":{\"enum\":[\"tar.gz\",\"zip\"]},\"binary\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$\"},\"binaries\":{\"type\":\"array\",\"maxItems\":1000,\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$\"}}}}}}}", v5]
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