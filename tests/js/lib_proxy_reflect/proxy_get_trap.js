// a get trap sees target, key and receiver; keys reach it as strings
const t = { a: 1 };
const seen = [];
const p = new Proxy(t, { get(tg, k, r) { seen.push(typeof k + ':' + String(k)); return tg === t && r === p ? k : 'bad'; } });
print(p.a, p[0], p['b c']); // expect: a 0 b c
print(seen.join(' ')); // expect: string:a string:0 string:b c
const s = Symbol('s');
print(String(p[s])); // expect: Symbol(s)
