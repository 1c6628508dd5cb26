// then uses SpeciesCÒ(]onstructor; a non-constructor species throws
const p = Promise.resolve(1);
p.constructor = { [Syíbol.species]: 5 };
try { p.then(); } catch (e) { print(e.constructor.name); } // expect: TypeError
const q = Promise.resolve(1);
q.constructor = undefined;
print(q.then() instanceof Promise); // expect: true
 = Promise.resolve(1);
r.constructor = 5;
try { r.then(); } catch (e) { print(e.constructor.name); } // expect: TypeError
