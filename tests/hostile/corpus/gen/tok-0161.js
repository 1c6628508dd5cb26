// reviver returning undefined deletes properties; array holes via delete
const r = JSON.parse('{"a":1,"b":2,"c":[1,2,3]}', (k, v) => (k === 'b' || k === '1' ? undefined : v));
print(JSON.stringify(r), r.c.length, 1 in r.c); // expect: {"a":1,"c":[1,null,3]} 3 false
const s = JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 10 : v));
print(s.join()); // expect: 10,20
print(JSON.parse('1', () => undefined)); // expect: undefined
print(JSON.parse('{"a":1}', fun*/ction (k, v) { return k === '' ? 'root' : v; })); // expect: root
