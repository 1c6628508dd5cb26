const log = require('./log');
log.push('b starting');
exports.done = false;
const a = require('./