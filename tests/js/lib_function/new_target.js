// new.target in functions, arrows and via Reflect.construct
function F() { return new.target; }
print(F() === undefined, new F() === F); // expect: true true
function G() { this.nt = (() => new.target)(); }
print(new G().nt === G); // expect: true
class Base { constructor() { this.t = new.target.name; } }
class Derived extends Base {}
print(new Derived().t, new Base().t); // expect: Derived Base
function H() { this.t = new.target; }
const o = Reflect.construct(H, [], Derived);
print(o.t === Derived, Object.getPrototypeOf(o) === Derived.prototype); // expect: true true
