// [[Construct]] uses a returned object, ignores returned primitives
function A() { this.x = 1; return { y: 2 }; }
function B() { this.x = 1; return 5; }
print(JSON.stringify(new A()), JSON.stringify(new B())); // expect: {"y":2} {"x":1}
class C extends Object { constructor() { super(); return [1]; } }
print(Array.isArray(new C())); // expect: true
class D extends Object { constructor() { return 1; } }
try { new D(); } catch (e) { print(e.constructor.name); } // expect: TypeError
class E extends Object { constructor() { 