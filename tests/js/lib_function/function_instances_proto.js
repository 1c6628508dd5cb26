// prototype chains of function kinds
const P = Object.getPrototypeOf;
print(P(function () {}) === Function.prototype, P(() => {}) === Function.prototype, P(class {}) === Function.prototype); // expect: true true true
print(P(async () => {}) === P(async function () {}), P(function* () {}) !== Function.prototype); // expect: true true
class D extends Array {}
print(P(D) === Array); // expect: true
