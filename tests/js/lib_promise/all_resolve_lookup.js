// Promise.all looks up this.resolve once and calls it for each element
const orig = Promise.resolve;
let calls = 0, gets = 0;
const C = function (ex) { return new Promise(ex); };
Object.defineProperty(C, 'resolve', { get() { gets++; return function (v) { calls++; return orig.call(Promise, v); }; } });
Promise.all.call(C, [1, 2, 3]).then(v => print(v.join(), gets, calls));
const D = function (ex) { return new Promise(ex); };
D.resolve = 5;
Promise.all.call(D, [1]).catch(e => print(e.constructor.name));
// expect: TypeError
// expect: 1,2,3 1 3
