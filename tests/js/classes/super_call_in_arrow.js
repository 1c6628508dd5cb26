// super() called from an arrow function in a derived constructor runs the
// class's field initialisers and binds this, exactly like a direct super()
class A { constructor(v) { this.a = v; print('A ctor, fields not yet:', this.x); } }
class B extends A {
  x = (print('init x, a =', this.a), this.a * 10);
  #p = 'private';
  #m() { return 'method ' + this.#p; }
  constructor() {
    const f = (v) => super(v);
    const g = () => this;
    const r = f(4);
    print(r === this, g() === this, this.x, this.#m());
  }
}
new B();
// expect: A ctor, fields not yet: undefined
// expect: init x, a = 4
// expect: true true 40 method private

// nested arrows, a field initialiser using super.x and an arrow capturing this
class P { get who() { return 'P'; } }
class Q extends P {
  who2 = super.who + '!';
  self = () => this;
  constructor() { (() => { (() => super())(); })(); }
}
const q = new Q();
print(q.who2, q.self() === q, Object.keys(q).join());   // expect: P! true who2,self

// a second super() (through the arrow) throws, and the fields run only once
let inits = 0;
class C extends A {
  n = ++inits;
  constructor() {
    const f = () => super(1);
    f();
    try { f(); } catch (e) { print(e.name); }
    print(this.n, inits);
  }
}
new C();
// expect: A ctor, fields not yet: undefined
// expect: A ctor, fields not yet: undefined
// expect: ReferenceError
// expect: 1 1

// direct and arrow super() in one constructor: either path initialises
class D extends A {
  tag = 'D' + this.a;
  constructor(viaArrow) {
    if (viaArrow) { const f = () => super('arrow'); f(); } else super('direct');
  }
}
print(new D(true).tag, new D(false).tag);
// expect: A ctor, fields not yet: undefined
// expect: A ctor, fields not yet: undefined
// expect: Darrow Ddirect

// the arrow called later, from a callback; this before it is a ReferenceError
class E extends A {
  y = 'field';
  constructor() {
    const f = () => super(2);
    try { this.z = 1; } catch (e) { print(e.name); }
    [0].forEach(() => f());
    print(this.y, this.a);
  }
}
new E();
// expect: ReferenceError
// expect: A ctor, fields not yet: undefined
// expect: field 2

// a static block constructing an instance (the initialiser exists by then)
class F extends A {
  v = 7;
  static made = null;
  constructor() { const f = () => super(0); f(); }
  static { F.made = new F(); }
}
// expect: A ctor, fields not yet: undefined
print(F.made.v);   // expect: 7
