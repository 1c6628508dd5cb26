// bind on a function proxy: name/length read through the proxy, calls and new forward
const log = [];
const f = new Proxy(function add(a, b, c) { return this.v + a + b + (c || 0); }, {
    get(t, k, r) { log.push(String(k)); return Reflect.get(t, k, r); },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
    getPrototypeOf(t) { log.push('gpo'); return Reflect.getPrototypeOf(t); },
});
const b = f.bind({ v: 1 }, 2);
print(b(3), b.name, b.length); // expect: 6 bound add 2
print(log.join(', ')); // expect: bind, gpo, gopd length, length, name
const C = new Proxy(function Z() { this.z = 1; }, {}).bind(null);
print(new C().z, typeof C); // expect: 1 function
