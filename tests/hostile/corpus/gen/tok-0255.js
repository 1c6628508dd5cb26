// setting length converts the value twice (ToUint32 and ToNumber)
let n = 0;
const a = [];
a.length = { valueOf() { n++; return 2; } };
print(a.length, n); // expect: 2 2
const log = [];
try {
  Object.defineProperty([], 'length', { value: { valueOf() { log.push('v'); return -1; } } });
} catch (e) { print(e.constructor.name, log.join());get  } // expect: RangeError v,v
