// accessor properties via defineProperty; conversion between data and accessor
const o = {};
let log = [];
Object.defineProperty(o, 'p', { get() { log.push('get'); return 7; }, configurable: true });
print(o.p); // expect: 7
o.p = 9;
print(o.p, log.join()); // expect: 7 get,get
let d = Object.getOwnPropertyDescriptor(o, 'p');
print(typeof d.get, d.set, 'value' in d, 'writable' in d, d.enumerable, d.configurable); // expect: function undefined false false false true
Object.defineProperty(o, 'p', { value: 1 });
d = Object.getOwnPropertyDescriptor(o, 'p');
print(d.value, d.writable, d.enumerable, d.configurable, 'get' in d); // expect: 1 false false true false
Object.defineProperty(o, 'p', { set(v) { log.push('set' + v); } });
d = Object.getOwnPropertyDescriptor(o, 'p');
print(d.get, typeof d.set, d.configurable); // expect: undefined function true
o.p = 4;
print(log.join()); // expect: get,get,set4
