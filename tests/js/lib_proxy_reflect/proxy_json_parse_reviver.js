// a reviver that returns proxies; JSON.parse's internalize walks them generically
const out = JSON.parse('{"a":[1,2],"b":{"c":3}}', function (k, v) {
    return (typeof v === 'object' && v !== null && k !== '') ? new Proxy(v, {}) : v;
});
print(Array.isArray(out.a), out.a.length, out.b.c, JSON.stringify(out)); // expect: true 2 3 {"a":[1,2],"b":{"c":3}}
