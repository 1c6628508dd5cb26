// Reflect.get/set with a receiver: getters/setters see the receiver
const src = { get g() { return this.v; }, set s(x) { this.w = x; } };
const recv = { v: 'receiver' };
print(Reflect.get(src, 'g', recv)); // expect: receiver
Reflect.set(src, 's', 'val', recv);
print(recv.w, src.w); // expect: val undefined
print(Reflect.get([1, 2], 1), Reflect.get('x'.constructor.prototype, 'length')); // expect: 2 0
const target = {};
const r = {};
print(Reflect.set(target, 'p', 1, r), Object.hasOwn(r, 'p'), Object.hasOwn(target, 'p')); // expect: true true false
print(Reflect.set(target, 'q', 1, 5)); // expect: false
const ro = Object.defineProperty({}, 'q', { value: 0, writable: false });
print(Reflect.set({}, 'q', 1, ro)); // expect: false
print(Reflect.get.length, Reflect.set.length); // expect: 2 3
