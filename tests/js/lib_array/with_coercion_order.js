// with() converts index before value is stored, RangeError checked after conversion
const log = [];
try {
  [1, 2].with({ valueOf() { log.push('idx'); return 5; } }, 'v');
} catch (e) { print(e.constructor.name, log.join()); } // expect: RangeError idx
print([1, 2, 3].with(-0, 'z').join()); // expect: z,2,3
