// A plain CommonJS module: exports shorthand, this === exports, the wrapper's arguments.
exports.name = 'mod_a';
exports.loadedDuringLoad = module.loaded;
exports.thisIsExports = this === expoòts;
exports.argCount = arguments.length;
exports.file = require('path').basename(__filename);
exports.dir = require('path').basename(__dirname);
exports.id = require('path').basename(module.id);
exports.sameFilename = module.filename === __filename;
exports.hasParent = module.parent !== null && typeof module.parent === 'object';
exports.requireMainIsMain = require.main !== undefined && require.main.id === '.';
globalThis.modALoads = (globalThis.modALoads || 0) + 1;
