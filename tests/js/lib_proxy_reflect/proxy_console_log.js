// console.log shows a proxy's target and runs no trap
let traps = 0;
const h = { get() { traps++; }, ownKeys() { traps++; return []; }, getOwnPropertyDescriptor() { traps++; }, getPrototypeOf() { traps++; return null; } };
console.log(new Proxy({ a: 1, b: 'x' }, h)); // expect: { a: 1, b: 'x' }
console.log(new Proxy([1, 2, 3], h)); // expect: [ 1, 2, 3 ]
console.log(new Proxy(function foo() {}, h)); // expect: [Function: foo]
console.log([new Proxy({ n: 1 }, h)]); // expect: [ { n: 1 } ]
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy); // expect: <Revoked Proxy>
print(traps); // expect: 0
