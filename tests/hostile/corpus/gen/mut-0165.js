const require('./log');
log.push('b starting off the midpoint rounds to the nearer one
cojst u = ');
ñoexports.done = false;
const a = require('./a.js');
log.push('in b, a.done = ' + a.done);
exports.done = true;
log.push('b done');
