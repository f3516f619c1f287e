export const id = 885;
export const ids = [885,467];
export const modules = {

/***/ 3556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachImageSbom: () => (/* binding */ attachImageSbom)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2693);
/* harmony import */ var _model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1092);
/* harmony import */ var _model_tool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8515);
/* harmony import */ var _oci_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3734);
/* harmony import */ var _scan_attach_sbom_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3831);
/* harmony import */ var _scan_image_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(769);
/* harmony import */ var _scan_inventory_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7184);
/* harmony import */ var _scan_report_cyclonedx_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5345);
// `sbom: true`: after the push, the image's inventory (read back from the registry, every platform) as a
// CycloneDX SBOM, attached to the pushed image in each repository as an OCI referrer, the same path as the
// scan stage's attach-sbom. This replaces BuildKit's SBOM attestation, whose scanner image has to be pulled
// from Docker Hub, and works for both engines and for merge.









/** Every repository the image was pushed to, by digest. */
function pushedRepositories(plan) {
    const out = [];
    for (const r of [...plan.repositories, ...plan.refs])
        if (!out.some(o => (0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRepository */ .RB)(o, r)))
            out.push({ registry: r.registry, path: r.path });
    return out;
}
/** Build the SBOM of the pushed image and attach it in every repository; the SBOM referrers, repo@digest. */
async function attachImageSbom(plan, result, host) {
    const repos = pushedRepositories(plan);
    if (!result.pushed || !result.digest || !repos.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('needs a pushed image: the SBOM is attached to it in the registry as an OCI referrer.', {
            input: 'sbom',
            fix: 'set push (or push-by-digest, or merge) with images, or scan the layout with the scan action instead.'
        });
    const client = (0,_oci_client_js__WEBPACK_IMPORTED_MODULE_3__/* .registryClient */ .R)(host, { operationTimeoutMs: plan.options.registryTimeoutMs });
    const name = `${(0,_model_image_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR)(repos[0])}@${result.digest}`;
    const opened = await (0,_scan_image_source_js__WEBPACK_IMPORTED_MODULE_5__/* .openScanImage */ .D)({
        kind: 'registry',
        name,
        location: { kind: 'registry', ref: { ...repos[0], digest: result.digest }, text: name }
    }, { platforms: [], client, host });
    const { inventory } = await host.logger.group(`SBOM of ${name}`, () => (0,_scan_inventory_js__WEBPACK_IMPORTED_MODULE_6__/* .inventoryImage */ .Yp)(opened.image, { host }));
    const time = plan.sourceDateEpoch !== undefined ? (0,_util_format_js__WEBPACK_IMPORTED_MODULE_8__/* .rfc3339 */ .ag)(plan.sourceDateEpoch * 1000) : undefined;
    const sbom = Buffer.from((0,_scan_report_cyclonedx_js__WEBPACK_IMPORTED_MODULE_7__/* .cyclonedxReport */ ._6)({ tool: { ..._model_tool_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .j }, inventory, findings: [], ...(time ? { time } : {}) }));
    const refs = [];
    for (const repo of repos) {
        const subject = { repository: repo, descriptor: opened.subject.descriptor };
        refs.push((await (0,_scan_attach_sbom_js__WEBPACK_IMPORTED_MODULE_4__/* .attachSbom */ .B)(client, subject, sbom, host, time)).ref);
    }
    return refs;
}


/***/ }),

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ registryClient)
/* harmony export */ });
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7520);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(494);
// The registry client a stage uses: credentials from the Docker config of the host's environment
// (inline auths, credential helpers), the host's logger for masking tokens, and one operation deadline.


function registryClient(host, opts = {}) {
    return new _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({
        ...opts,
        credentials: registry => (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .readCredentials */ .L1)(host, registry),
        logger: host.logger
    });
}


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ registryFailure)
/* harmony export */ });
/* harmony import */ var _util_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6178);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8980);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(494);
// Registry and image-reading failures as users should read them: a UserError naming the registry, what was
// being done, the likely cause and (while publishing) that nothing was tagged. Refusals (401, 403, 404) say
// what to fix; infrastructure failures (5xx, 429, resets, timeouts) say to retry. Never "a gantry bug".





const NETWORK_CODES = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    EPIPE: 'the connection was closed while sending',
    ETIMEDOUT: 'it timed out',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
    SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed'
};
function networkCause(err) {
    for (let e = err, depth = 0; (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(e) && depth < 6; e = e.cause, depth++) {
        const code = e.code;
        if (code && NETWORK_CODES[code])
            return NETWORK_CODES[code];
        if (e.name === 'TimeoutError')
            return e.message.includes(':')
                ? `it timed out (${e.message.split(': ').slice(1).join(': ')})`
                : 'it timed out';
        if (e.name === 'AbortError')
            return 'it was cut off at the time limit';
    }
    return undefined;
}
function registryOf(err) {
    for (let e = err, depth = 0; (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(e) && depth < 6; e = e.cause, depth++)
        if (e instanceof _registry_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl && e.registry)
            return e.registry;
    return undefined;
}
/** Map a failure to a UserError when it is the user's or the infrastructure's; return anything else as is. */
function registryFailure(err, ctx, registry) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
        return err;
    const where = registry ?? registryOf(err) ?? 'the registry';
    const tail = ctx.publishing ? ' Nothing was tagged.' : '';
    if (err instanceof _auth_js__WEBPACK_IMPORTED_MODULE_3__/* .TokenError */ .gz)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${err.message}.${tail}`, {
            input: ctx.input,
            fix: err.status === 401 || err.status === 403
                ? 'check the credentials for this registry (registry/username/password inputs or the Docker config) and that they may use this repository.'
                : 'the token service failed; retry later.'
        });
    if (err instanceof _registry_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl) {
        const codes = err.codes.join(', ');
        if (err.status === 401)
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} refused access (HTTP 401${codes ? ` ${codes}` : ''}).${tail}`, {
                input: ctx.input,
                fix: 'log in to this registry (registry, username, password inputs, or docker/login-action) with credentials for this repository.'
            });
        if (err.status === 403 || err.codes.includes('DENIED'))
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} denied it (HTTP ${err.status}${codes ? ` ${codes}` : ''}).${tail}`, {
                input: ctx.input,
                fix: 'the credentials are valid but may not do this: give the token write (push) permission on this repository.'
            });
        if (err.status === 404)
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} has no such ${err.codes.includes('NAME_UNKNOWN') ? 'repository' : err.codes.includes('BLOB_UNKNOWN') ? 'blob' : 'image'} (${err.message}).${tail}`, {
                input: ctx.input,
                fix: 'check the name and tag (and that the repository exists, on registries that do not create it on push).'
            });
        if (err.status === 405 || err.codes.includes('UNSUPPORTED'))
            return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} refused the request (${err.message}).${tail}`, {
                input: ctx.input,
                fix: 'check that this registry accepts pushes to this repository.'
            });
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where} answered ${err.message}.${tail}`, {
            input: ctx.input,
            fix: 'check the registry and the image name.'
        });
    }
    if (err instanceof _util_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestMismatchError */ .h)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${err.message}; the content was refused.${tail}`, {
            input: ctx.input,
            fix: 'the content is corrupt or was tampered with on its way; check the source (registry or layout) and retry.'
        });
    if (err instanceof _util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryExhaustedError */ .aB) {
        const last = err.last;
        const cause = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(last) && /^HTTP \d+/.test(last.message)
            ? `it answered ${last.message}`
            : (networkCause(last) ?? ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isErrorLike */ .u7)(last) ? last.message : String(last)));
        const outer = err.what.replace(/ \(([^()]*)\)$/, '');
        const reg = /\(([^()]*)\)$/.exec(err.what)?.[1] ?? where;
        const how = err.timedOut
            ? `gave up after ${Math.round(err.elapsedMs / 1000)} s and ${err.attempts} attempt${err.attempts === 1 ? '' : 's'}`
            : `${err.attempts} attempts`;
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: registry ${reg} failed: ${outer}: ${how}, last: ${cause}.${tail}`, {
            input: ctx.input,
            fix: 'the registry is down, overloaded or unreachable: retry later (a re-run reuses what was uploaded), or raise registry-timeout.'
        });
    }
    const net = networkCause(err);
    if (net)
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${ctx.operation}: ${where}: ${net}.${tail}`, {
            input: ctx.input,
            fix: 'check the registry address and that it is reachable from this runner.'
        });
    return err;
}


/***/ })

};

//# sourceMappingURL=885.index.js.map