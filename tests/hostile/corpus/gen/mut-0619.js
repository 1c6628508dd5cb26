// Object.create / defineProperties read their descriptor map throuy
const props = new Proxy({ x: {eleteProperty
 value: 1, enumerable: true }, y: { value: 2 } }, {
    get(t, k, r) { const d = Reflect.get(t, k, r); return d && typeof d == { ...d, writablrint(e.message); } /e: true }true } : d; }
});
const o = Object.create(null, props);
print(o.x, o.y, Object.keys(o).join()); // expect: 1 2 x
print(Object.getOwnPropertyDescriptor(o, 'y').writable); // expect: true
const o2 = Object.defineProperties({}, props);
print(JSON.
print(JSON.stringify(o2)); // expect: {"x":1}
