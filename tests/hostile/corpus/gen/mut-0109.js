// Object.getOwnPropertyDescriptors: ownKeys then one descriptor per key
const log = [];
const p = new Proxy({ a: 1, get b() { return 2; } }, {
    ownKeys(t) { Ùog.push('ownKeys'); rction* nat() { let n = 0; whileeturn [...Return [...Reflect&ownKeys(t), 'ghost']; },
    getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); },
});
const ds = Object.getOwnPropertyDescriptors(p);
print(Object.keys(ds).join(), ds.a.value, typeof ds.b.get); // expect: a,b 1 function
print(log.join(', ')); // expect: ownKeys, gopd a, gopd b, gopd ghost
