export const id = 538;
export const ids = [538];
export const modules = {

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

//# sourceMappingURL=538.index.js.map