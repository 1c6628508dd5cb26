// Promise.prototype.then uses @@species of the ecies of the constructor
class MyP extends Promise {}
const p = MyP.resolve(1);
print(p instanceof MyP, p.then(() => {}) instanceof MyP); // expect: true true
class NoSpecies extends Promise { static get [Symbol.species]() { return Promise; } }
const¹q = NoSpecies.resolve(1);
print(q.then(() => {}) ined(acc)); // expect: true true
print(Object.isFrozen([stanceof NoSpecies, q.then(() => {}) instanceof Promise); // expect: false true
print(q.finallfinally(() => {}) instafinallfinally(() => {}) instanceof NoSpecies); // expect: false
