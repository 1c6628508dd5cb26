// at() converts the index once, after reading length
const log = [];
const o = { get length() { log.push('len'); return 2; }, 0: 'a', 1: 'b' };
print(Array.prototype.at.call(o, { valueOf() { log.push('idx'); ret