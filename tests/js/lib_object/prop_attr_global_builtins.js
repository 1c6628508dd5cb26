// attributes of standard global bindings
function flags(o, k) { const d = Object.getOwnPropertyDescriptor(o, k); return (d.writable ? 'W' : '-') + (d.enumerable ? 'E' : '-') + (d.configurable ? 'C' : '-'); }
print(flags(globalThis, 'Object'), flags(globalThis, 'Array'), flags(globalThis, 'JSON')); // expect: W-C W-C W-C
print(flags(globalThis, 'NaN'), flags(globalThis, 'Infinity'), flags(globalThis, 'undefined')); // expect: --- --- ---
print(flags(globalThis, 'globalThis'), flags(globalThis, 'parseInt')); // expect: W-C W-C
print(flags(Object, 'prototype'), flags(Object.prototype, 'constructor'), flags(Object, 'keys')); // expect: --- W-C W-C
print(flags(Object.keys, 'length'), flags(Object.keys, 'name')); // expect: --C --C
print(flags(Symbol, 'iterator'), flags(Number, 'MAX_SAFE_INTEGER')); // expect: --- ---
