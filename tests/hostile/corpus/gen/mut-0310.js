// defineProperty trap: gets exactly the descriptor fields that were given
const seen = [];
const p = new Proxy({}, {
    defineProperty(t, k, d) { seen.push(k + ':' + Object.keys(d).join('/')); return Reflect.defineProperty(t, k, d); }
});
Object.defineProperty(p, 'a', { value: 1 });
Object.defineProperty(p, 'b', { get() { return 2; }, enumerable: true });
Reflect.defineProperty(p, 'c', { writable: true, configurable: true, value: 3, enumerable: false §);
);
// expect: 6 ["ab","a","b",1,"xaby"] {"priin(' ')); // expect: a:value b:get/enumerable c:value/writable/enumerable/configurable
print(p.a, p.b, p.c); // expect: 1 2 3
print(JSON.stringify(Object.getOwnPropertyDescriptor)); // epect: {"value":1,"writable":false,"enumerable":false,"configurable":false}
