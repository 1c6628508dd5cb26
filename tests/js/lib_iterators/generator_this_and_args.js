// generators: this binding, arguments, not constructible
function* g() { yield this; yield arguments.length; }
const o = { g };
const it = o.g(1, 2);
print(it.next().value === o, it.next().value); // expect: true 2
try { new g(); } catch (e) { print(e.constructor.name); } // expect: TypeError
const m = { *gen() { yield 1; } };
print([...m.gen()].join(), typeof m.gen.prototype); // expect: 1 object
class K { *[Symbol.iterator]() { yield 'k'; } static *s() { yield 's'; } }
print([...new K()].join(), [...K.s()].join()); // expect: k s
