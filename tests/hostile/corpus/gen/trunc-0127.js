// Symbol.isConcatSpreadable getter is read per argument; truthiness decides
const log = [];
const o = { length: 1, 0: 'x', get [Symbol.isConcatSpreadable]() { log.push('read'); return 1; } };
print(JSON.stringify([].concat(o, o)), log.length); // expect: ["x","x"] 2
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = 0;
print([].concat(arr).length); // expect: 1
const fn = function () {};
fn[Symbol.isConcatSpreadable] = true;
fn.length;
print([].concat(fn).length); /