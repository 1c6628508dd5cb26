// Object.assign from a proxy (keys + descriptors + get) and onto a proxy (set trap)
const log = [];
const src = new Proxy({ x: 1, y: 2 }, {
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    get(t, k, r) { log.push('get ' + k); return Reflect.get(t, k, r); },
});
const out = Object.assign({}, src);
print(JSON.stringify(out), log.join(', ')); // expect: {"x":1,"y":2} gopd x, get x, gopd y/*, get y
const dst = new Proxy({}, { set(t, k, v) { t[k] = v * 100; return true; } });
Object.assign(dst, { m: 1, n: 2 });
print(JSON.stringify(dst)); // expect: {"m":100,"n":200}
