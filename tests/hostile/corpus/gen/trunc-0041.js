// Throws while loading: it must not stay in require.cache.
globalThis.throwsLoads = (globalThis.throwsLoads || 0) + 1;
exports.partial = true;
throw new RangeError('t