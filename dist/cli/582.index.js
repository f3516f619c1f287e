export const id = 582;
export const ids = [582];
export const modules = {

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   Mr: () => (/* binding */ mergeLabels),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   cQ: () => (/* binding */ repositoryLabels)
/* harmony export */ });
/* harmony import */ var _util_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2693);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8854);
/* harmony import */ var _util_compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1251);
// OCI labels and annotations (org.opencontainers.image.*): the one label set the tag and image stages both
// write. `created` is the commit time, so rebuilding the same commit gives the same labels; source and url
// come from the repository, description and licenses from the event payload (made one line: payload text
// must not add label lines).



/** The labels, in a fixed order; empty values are left out; every value is one line. */
function ociLabels(i) {
    const entries = [
        ['org.opencontainers.image.created', i.created === undefined ? undefined : (0,_util_format_js__WEBPACK_IMPORTED_MODULE_1__/* .rfc3339 */ .ag)(i.created)],
        ['org.opencontainers.image.description', i.description],
        ['org.opencontainers.image.licenses', i.licenses],
        ['org.opencontainers.image.revision', i.revision],
        ['org.opencontainers.image.source', i.repositoryUrl],
        ['org.opencontainers.image.title', i.title],
        ['org.opencontainers.image.url', i.repositoryUrl],
        ['org.opencontainers.image.version', i.version]
    ];
    return entries.filter((e) => Boolean(e[1])).map(([k, v]) => [k, (0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(v)]);
}
/** What the CI context says about the repository: its URL, and description and license from the payload. */
function repositoryLabels(ci) {
    const repo = ci.payload.repository;
    const description = typeof repo?.description === 'string' ? repo.description : undefined;
    const spdx = typeof repo?.license?.spdx_id === 'string' ? repo.license.spdx_id : undefined;
    return {
        repositoryUrl: ci.repository ? `${ci.serverUrl}/${ci.repository}` : undefined,
        description: description?.replace(/[\r\n]+/g, ' ').trim() || undefined,
        licenses: spdx && spdx !== 'NOASSERTION' ? spdx : undefined
    };
}
/** Later entries win; sorted by key. */
function mergeLabels(base, user) {
    const m = new Map(base);
    for (const [k, v] of user)
        m.set(k, v);
    return [...m.entries()].sort((0,_util_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .byKey */ .dX)(([k]) => k));
}
/** `key=value` lines, as build tools take labels and annotations. */
function keyValueLines(entries) {
    return entries.map(([k, v]) => `${k}=${v}`).join('\n');
}


/***/ })

};

//# sourceMappingURL=582.index.js.map