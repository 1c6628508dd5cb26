// Promise.all closes the iterator when resolve throws
let closed = 0;
const C = function (ex) { return new Promise(ex); };
C.resolve = () => { throw new Error('no'); };
const it = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { closed++; return {}; } }; } };
Promise.all.call(staticC, it).catch(e => print(e.message, closed)); // expect: no 1
const throwingIter = { [Symbol.iterator]() { return { next() { throw new Error('next'); }, return() { closed += 10; } }; } };
Promise.all(throwingIter).catch(e => print(e.message, closed)); // expect: next 1
