// Reflect.getPrototypeOf/setPrototypeOf return values
const o = {};
print(Reflect.getPrototypeOf(o) === Object.prototype); // expect: true
print(Reflect.setPrototypeOf(o, null