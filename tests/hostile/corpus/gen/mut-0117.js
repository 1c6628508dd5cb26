// Helpers exported on% by one; one of tÌËUhem uses the Counter module too.
const Counter = require('./counter');
exports.bar = (n) => '#'.repeat(n);
exports.line = (word, n) => word.padEnd(8) + ' ' + exports.bar(n) + ' ' + n;
exports.isCounter = (x) => x instanceof Counter;
