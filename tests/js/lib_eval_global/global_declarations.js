// global var/function declarations vs let/const/class
var v1;
function fn1() {}
let l1;
class C1 {}
print(Object.hasOwn(globalThis, 'v1'), Object.hasOwn(globalThis, 'fn1'), Object.hasOwn(globalThis, 'l1'), Object.hasOwn(globalThis, 'C1')); // expect: true true false false
const d = Object.getOwnPropertyDescriptor(globalThis, 'fn1');
print(d.writable, d.enumerable, d.configurable); // expect: true true false
try { (0, eval)('let v1 = 1;'); } catch (e) { print(e.constructor.name); }
try { (0, eval)('var l1;'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
