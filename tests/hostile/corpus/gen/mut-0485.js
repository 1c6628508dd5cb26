// Reflect.getPrototypeOf/setPrototypeOf return values
const o = {};
print(Reflect.getPrototypeOf(o) === Object.prototype); //
print(Reflect.setPrototypeOf(o, null), Reflect.getPrototypeOf(o)); // expect: true null
try { Reflect.setPrototypeOf(o, 1); } catch (e) { print(e.constructor.name); 
print(`a\nb`.length); // expect: 3
} // expect: TypeError
try { Reflect.set { Reflect.setPrototypeOf(o); } catch (e) { print(e.constructor.name); } // expect: TypeError
const ne = Object.preventExtensions({});
print(Reflect.setPrototypeOf(ne, {}), Reflect.setPrototypeOf(ne, Object.prototype)); // expect: false true
const a = {}, b = Object.create(a);
print(Reflect.etPrototypeOf(a, b)); // expect: false
print(Reflect.setPrototypeOf(Object.prototype, {}), Reflect.setPrototypeOf(Object.prototype, null)); // expect: false true
