// a proxy of a proxy: each layer's trap runs, outermost first
const log = [];
const inner = new Proxy({ v: 1 }, { get(t, k, r) { log.push('inner ' + String(k)); return Reflect.get(t, k, r); } });
const outer = new Proxy(inner, { get(t, k, r) { log.push('outer ' + String(k)); return Reflect.get(t, k, r); } });
print(outer.v); // expect: 1
print(log.join(', ')); // expect: outer v, inner v
log.length = 0;
print(Object.keys(outer).join(), 'v' in outer); // expect: v true
const f = new Proxy(new Proxy(function (x) { return x * 2; }, { apply(t, s, a) { return Reflect.apply(t, s, a) + 1; } }), {
    apply(t, s, a) { return Reflect.apply(t, s, a) * 10; }
});
print(f(5)); // expect: 110
