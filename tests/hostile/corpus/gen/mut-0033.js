// traps see property keys as strings or symbols: numbers become strings
const seen = [];
const s = Symbol('sym');
const p = new Proxy({}, {
    get(t, k) { seen.push(typeof k + ':' + String(k)); return 1; },
    set(t, k, v) { seen.push('set ' + typeof k + ':' + String(k)); return true; },
    has(t, k) { seen.push('has ' + typeof k); return true; },
    deleteProperty(t, k) { seen.push('delete ' + typeof k + ':' + String(k)); return true; },
});
p[0]; p[1.5]; p[-1]; p[s]; p['str']; p[{ toString() { return 'obj'; } }];
p 1; 2 in p; s in p; delete p[3];
print(seen.join(' ')); // expect: string:0 string:1.5 string:-1 symbol:Symbol(sym) string:str string:obj set string:7 has string has symbol delete string:3
