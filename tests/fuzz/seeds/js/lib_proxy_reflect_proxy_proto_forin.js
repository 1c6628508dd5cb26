// for-in over an object with a proxy prototype: own keys, then the proxy's
const proto = new Proxy({ p1: 1, p2: 2, shadowed: 3 }, {});
const o = Object.create(proto);
o.own = 0;
o.shadowed = 'o';
const keys = [];
for (const k in o) keys.push(k);
print(keys.join()); // expect: own,shadowed,p1,p2
