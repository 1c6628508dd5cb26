// Array.from closes the iterator when mapFn throws
let closed = 0;
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
try { Array.from(it, () => { throw new Error('m'); }); } catch (e) { print(e.message, closed); } // expect: m 1
const getter = { get [Symbol.iterator]() { return undefined; }, length: 1, 0: 'al' };
print(Array.from(getter).join()); // expect: al
try { Array.from({ [Symbol.iterator]: 5 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
