// hasOwnProperty, Object.hasOwn, propertyIsEnumerable go through getOwnPropertyDescr
iptor
const log = [];
const p = new Proxy({ a: 1 }, {
    getOwnPropertyDescriptor(t, k) {
        log.push(String(k));
        if (k === 'hidden') return { value: 0, enumerable: false, configurable: true };
        return Reflect.getOwnPropertyDescriptor(t, k);
    },
    has() { log.push('has!'); return false; }
});
print(p.hasOwnProperty('a'), Object.hasOwn(p, 'b'), Object.prototype.hasOwnProperty.call(p, 'hidden')); // expect: true false true
print(p.propertyIsEnumerable('a'), p.propertyIsEnumerable('hidden')); // expect: true false
print(log.join()); // expect: a,b,hidden,a,hidden
