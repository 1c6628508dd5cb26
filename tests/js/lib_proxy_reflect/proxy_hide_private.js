// a realistic use: hiding "_private" properties from every kind of enumeration
const hide = (o) => new Proxy(o, {
    has: (t, k) => !String(k).startsWith('_') && k in t,
    ownKeys: (t) => Reflect.ownKeys(t).filter(k => !String(k).startsWith('_')),
    get: (t, k, r) => (String(k).startsWith('_') ? undefined : Reflect.get(t, k, r)),
});
const o = hide({ _secret: 1, visible: 2, _x: 3, other: 4 });
print(Object.keys(o).join(), '_secret' in o, o._secret, o.visible); // expect: visible,other false undefined 2
const ks = [];
for (const k in o) ks.push(k);
print(ks.join(), JSON.stringify(o), JSON.stringify({ ...o })); // expect: visible,other {"visible":2,"other":4} {"visible":2,"other":4}
