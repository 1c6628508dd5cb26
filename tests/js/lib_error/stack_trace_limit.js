// Error.stackTraceLimit is a writable number property
const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
print(typeof d.value, d.writable, d.enumerable, d.configurable); // expect: number true true true
