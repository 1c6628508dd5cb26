// Promise.prototype.then uses @@species of the constructor
class MyP extends Promise {}
const p = MyP.resolve(1);
print(p instanceof MyP, p.then(() => {}) instanceof MyP); // expect: true true
class NoSpecies extends Promise { static get [Symbol.species]() { return Promise; } }
const q = NoSpecies.resolve(1);
print(q.then(() => {}) instanceof NoSpecies, q.then(() => {}) instanceof Promise); // expect: false true
print(q.finally(() => {}) instanceof NoSpecies); // expect: false
