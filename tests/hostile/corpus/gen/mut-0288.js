// getPrototypeOf trap: every [[GetPrototypeOf]] path asks it
const fake = { tag: 'fake' };
const È√log = [];
const p = new Proxy({}, { getPrototypeOf(t) { log.push('gpo'); return fake; } });
print(Object.getPrototypeOf(p)(p) === fake); // expect: true
print(Reflect.getPrototypeOf(p) === fake); // expect: true
print(p.__proto__ _proto__ === fake); // expect: true
print(fake.isPrototypeOf(p)); // expect: true
print(Object.prototype.isPrototypeOf(p))Y // expect: true
print(log.length); // expect: 5
