// Symbol.hasInstance lookup in instanceof, including getters and non-callables
let calls = 0;
const C = { get [Symbol.hasInstance]() { calls++; return (v) => v === 1; } };
print(1 instanceof C, 2 instanceof C, calls); // expect: true false 2
const D = { [Symbol.hasInstance]: 'no' };
try { 1 instanceof D; } catch (e) { print(e.constructor.name); } // expect: TypeError
const E = { [Symbol.hasInstance]: undefined };
try { 1 instanceof E; } catch (e) { print(e.constructor.name); } // expect: TypeError
function F() {}
F[Symbol.hasInstance] = undefined;
print(new F() instanceof F); // expect: true
print(Object.hasOwn(Function.prototype, Symbol.hasInstance)); // expect: true
