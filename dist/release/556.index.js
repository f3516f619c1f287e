export const id = 556;
export const ids = [556];
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


/***/ })

};

//# sourceMappingURL=556.index.js.map