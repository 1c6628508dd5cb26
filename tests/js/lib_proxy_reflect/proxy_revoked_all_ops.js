// after revoke() every internal method throws a TypeError
const { proxy: p, revoke } = Proxy.revocable({ a: 1 }, {});
print(p.a); // expect: 1
revoke();
revoke(); // a second call does nothing
const ops = {
    get: () => p.a,
    set: () => { p.a = 2; },
    has: () => 'a' in p,
    deleteProperty: () => delete p.a,
    getOwnPropertyDescriptor: () => Object.getOwnPropertyDescriptor(p, 'a'),
    defineProperty: () => Object.defineProperty(p, 'a', { value: 1 }),
    ownKeys: () => Object.keys(p),
    getPrototypeOf: () => Object.getPrototypeOf(p),
    setPrototypeOf: () => Object.setPrototypeOf(p, null),
    isExtensible: () => Object.isExtensible(p),
    preventExtensions: () => Object.preventExtensions(p),
    forIn: () => { for (const k in p) {} },
    spread: () => ({ ...p }),
    json: () => JSON.stringify(p),
    instanceof: () => p instanceof Object,
};
const out = [];
for (const [name, f] of Object.entries(ops)) {
    try { f(); out.push(name + ':no'); } catch (e) { out.push(name + ':' + (e instanceof TypeError)); }
}
print(out.join(' ')); // expect: get:true set:true has:true deleteProperty:true getOwnPropertyDescriptor:true defineProperty:true ownKeys:true getPrototypeOf:true setPrototypeOf:true isExtensible:true preventExtensions:true forIn:true spread:true json:true instanceof:true
print(typeof p); // expect: object
