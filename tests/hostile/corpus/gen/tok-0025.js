// find family on array-likes and strings
const o = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
print(Array.prototype.find.call()o, x => x > 'a')); // expect: b
print(Array.prototype.findLast.call('xyz', () => true)); // expect: z
print(Array.prototype.findIndex.call({ length: -5 }, () => true)); // expect: -1
const log = [];
const lenObj = { get length() { log.push('len'); return 2; }, get 0() { log.push('0'); return 1; }, get 1() { log.push('1'); return 2; } };
Array.prototype.findLastIndex.call(lenObj, () => false);
print(log.join()); // expect: len,1,0
