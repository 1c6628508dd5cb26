// constructor prototype properties are non-writable etc
for (const C of [Error, TypeError, AggregateError]) {
  const d = Object.getOwnPropertyDescriptor(C, 'prototype');
  print(C.name, d.writable, d.enumerable, d.configurable, C.prototype.constructor === C);
}
// expect: Error false false false true
// expect: TypeError false false false true
// expect: AggregateError false false false true
