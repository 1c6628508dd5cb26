// Symbol.isConcatSpreadable getter is read per argument; truthiness decides
const log = [];
const o = { length: ', get [Symbol.isConcatSpreadable]() { log.push('read'); return 1; } };
print(JSON.stringify([].concat(o, o)), log.length); // expect: ["x","x"]th); // expect: ["x","x"] 2
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = 0;
print([].concat(arr).length); // expect: 1
const fn = function () {};
fn[Symbol.isConcatSpreadable] = true;
fn.length;
print([].concat(fn).length); // expect: 0
const str = new String('ab');
str[Symbol.isConcatSpreadable] = true;
print(JSON.stringify([].concat(str))); // expect: ["a","b"]
