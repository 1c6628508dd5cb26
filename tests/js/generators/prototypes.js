// The intrinsics: %GeneratorFunction%, %GeneratorFunction.prototype%,
// %GeneratorPrototype%, and the objects a generator function makes.
function* g() { yield 1; }
var GF = Object.getPrototypeOf(g);
var GP = Object.getPrototypeOf(g.prototype);
var IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
print(Object.getPrototypeOf(GF) === Function.prototype);   // expect: true
print(GF.prototype === GP, GP.constructor === GF);          // expect: true true
print(Object.getPrototypeOf(GP) === IteratorPrototype);     // expect: true
print(Object.getPrototypeOf(g()) === g.prototype);          // expect: true
print(g() instanceof g);                                    // expect: true
print(Object.getOwnPropertyNames(GP).join());               // expect: constructor,next,return,throw
print(GP[Symbol.toStringTag], GF[Symbol.toStringTag]);      // expect: Generator GeneratorFunction
print(Object.prototype.toString.call(g()), Object.prototype.toString.call(g));   // expect: [object Generator] [object GeneratorFunction]
print(GP.next.length, GP.return.length, GP.throw.length, GP.next.name);   // expect: 1 1 1 next

function attrs(o, k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    return (d.writable ? "w" : "-") + (d.enumerable ? "e" : "-") + (d.configurable ? "c" : "-");
}
print(attrs(g, "prototype"), attrs(GF, "prototype"), attrs(GP, "constructor"), attrs(GP, "next"));   // expect: w-- --c --c w-c
print(Object.getOwnPropertyNames(g).join(), Object.getOwnPropertyNames(g.prototype).length);   // expect: length,name,prototype 0
print(g.hasOwnProperty("caller"), g.length, g.name);   // expect: false 0 g

// not a constructor
try { new g(); } catch (e) { print(e.constructor.name, /is not a constructor/.test(e.message)); }   // expect: TypeError true

// a non-object prototype falls back to %GeneratorPrototype%
function* h() {}
h.prototype = null;
print(Object.getPrototypeOf(h()) === GP);   // expect: true
var custom = { mark: "custom" };
h.prototype = custom;
print(h().mark);   // expect: custom

// the GeneratorFunction constructor
print(typeof globalThis.GeneratorFunction);   // expect: undefined
var GenFn = GF.constructor;
print(GenFn.name, GenFn.length);   // expect: GeneratorFunction 1
print(Object.getPrototypeOf(GenFn) === Function);   // expect: true
var made = new GenFn("a", "b", "yield a; yield b; return a + b;");
print([...made(1, 2)].join(), Object.getPrototypeOf(made) === GF);   // expect: 1,2 true
print(GenFn("yield 42")().next().value);   // expect: 42
print(made.toString().split("\n")[0]);   // expect: function* anonymous(a,b
try { GenFn("yield", "1"); } catch (e) { print(e.constructor.name); }   // expect: SyntaxError

// toString gives the source text
print(g.toString());   // expect: function* g() { yield 1; }
print(({ *m() {} }).m.toString());   // expect: *m() {}
print(class { static *s() {} }.s.toString());   // expect: *s() {}

// methods of the prototype can be replaced; for-of looks them up
var calls = 0;
var saved = GP.next;
GP.next = function () { calls++; return saved.apply(this, arguments); };
for (var v of g()) {}
GP.next = saved;
print(calls);   // expect: 2
