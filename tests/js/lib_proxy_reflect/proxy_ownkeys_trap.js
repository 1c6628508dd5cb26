// ownKeys trap: its order is the order every key list sees
const s = Symbol('s');
const p = new Proxy({}, {
    ownKeys() { return ['z', s, '10', 'a', '2']; },
    getOwnPropertyDescriptor(t, k) { return { value: k, enumerable: true, configurable: true }; }
});
print(Reflect.ownKeys(p).map(String).join()); // expect: z,Symbol(s),10,a,2
print(Object.getOwnPropertyNames(p).join()); // expect: z,10,a,2
print(Object.getOwnPropertySymbols(p).length); // expect: 1
print(Object.keys(p).join()); // expect: z,10,a,2
