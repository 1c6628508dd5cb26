// function declarations in eval are hoisted into the caller's var scope
function f() { eval('function inner() { return "inner"; }'); return inner(); }
print(f()); // expect: inner
(0, eval)('function globalFn() { return "g"; }');
print(globalFn(), Object.getOwnPropertyDescriptor(globalThis, 'globalFn').configurable); // expect: g true
