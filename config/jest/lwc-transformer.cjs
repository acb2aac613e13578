/**
 * @lwc/jest-transformer, with a cache key that knows whether the file was instrumented for coverage.
 *
 * The upstream key ignores Jest's `instrument` option, so after any run without --coverage, a later coverage run
 * reuses the uninstrumented output from Jest's cache and those files silently vanish from the report (and from
 * the coverage threshold). Adding the flag to the key keeps the two kinds of output apart.
 */
const lwcTransformer = require('@lwc/jest-transformer');

module.exports = {
    ...lwcTransformer,
    getCacheKey(sourceText, sourcePath, options) {
        const base = lwcTransformer.getCacheKey(sourceText, sourcePath, options);
        return options && options.instrument ? `${base}:instrumented` : base;
    }
};
