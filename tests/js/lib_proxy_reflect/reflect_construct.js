// Reflect.construct with newTarget: prototype from newTarget, new.target set
function A() { this.nt = new.target; }
function B() {}
B.prototype.fromB = true;
const o = Reflect.construct(A, [], B);
print(o.nt === B, o.fromB, o instanceof A); // expect: true true false
class C { constructor(x) { this.x = x; } }
print(Reflect.construct(C, [5]).x); // expect: 5
try { Reflect.construct(() => {}, []); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Reflect.construct(A, [], Math.max); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Reflect.construct(A, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
const d = Reflect.construct(Date, [0], Object);
print(Object.getPrototypeOf(d) === Object.prototype, Object.prototype.toString.call(d)); // expect: true [object Date]
const arr = Reflect.construct(Array, [3], B);
print(Array.isArray(arr), arr.length, arr.fromB); // expect: true 3 true
print(Reflect.construct.length); // expect: 2
