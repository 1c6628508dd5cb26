// ToPropertyDescriptor reads fields in spec order, through getters and the prototype
const log = [];
const desc = {};
for (const k of ['enumerable', 'configurable', 'value', 'writable', 'get', 'set']) {
  Object.defineProperty(desc, k, { get() { log.push(k); return k === 'get' || k === 'set' ? undefined : true; } });
}
try { Object.defineProperty({}, 'x', desc); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(log.join()); // expect: enumerable,configurable,value,writable,get,set
const proto = { enumerable: true, value: 5 };
const o = Object.defineProperty({}, 'y', Object.create(proto));
const d = Object.getOwnPropertyDescriptor(o, 'y');
print(d.value, d.enumerable, d.writable); // expect: 5 true false
