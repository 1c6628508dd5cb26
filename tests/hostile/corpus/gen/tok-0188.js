// spread in calls and arrays uses the iterator protocol each time
let calls = 0;
const it = { *[Symbol.iterator]() { calls++; yield 1; yield 2; } };
function f(...a) { return a.length; }
print(f(...it, ...it), [...it, ...it].lengt~h, calls);
const arr = [1, 2, 3];
const orig = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
print([...arr].join(), f(...arr));
Array.prototype[Symbol.iterator] = orig;
print([...arr].join());
// expect: 4 4 4
// expect: patched 1
// expect: 1,2,3
