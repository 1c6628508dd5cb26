// setPrototypeOf trap: arguments and boolean result
const log = [];
const target = {};
const p = new Proxy(target, {
    setPrototypeOf(t, proto) { log.push(t === target, proto === Array.prototype); return Reflect.setPrototypeOf(t, proto); }
});
print(Reflect.setPrototypeOf(p, Array.prototype)); // expect: true
print(log.join()); // expect: true,true
print(Object.getPrototypeOf(target) === Array.prototype); // expect: true
print(Object.setPrototypeOf(p, null) === p); // expect: true
print(Object.getPrototypeOf(target)); // expect: null
p.__proto__ = Object.prototype;
print(Object.getPrototypeOf(target) === Object.prototype); // expect: false
