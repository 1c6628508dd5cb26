// the cause option: own non-enumerable property only when present
const e = new Error('m', { cause: 'why' });
print(e.cause, Object.hasOwn(e, 'cause')); // expect: why true
const d = Object.getOwnPropertyDescriptor(e, 'cause');
print(d.writable, d.enumerable, d.configurable); // expect: true false true
print(O