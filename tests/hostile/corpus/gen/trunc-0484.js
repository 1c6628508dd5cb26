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
print(Obje