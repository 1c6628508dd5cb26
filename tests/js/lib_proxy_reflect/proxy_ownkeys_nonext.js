// non-extensible target: exactly its keys, no more, no fewer
const t = Object.preventExtensions({ a: 1, b: 2 });
const same = new Proxy(t, { ownKeys() { return ['b', 'a']; } });
print(Reflect.ownKeys(same).join()); // expect: b,a
const extra = new Proxy(t, { ownKeys() { return ['a', 'b', 'c']; } });
try { Reflect.ownKeys(extra); } catch (e) { print('extra', e instanceof TypeError); } // expect: extra true
const missing = new Proxy(t, { ownKeys() { return ['a']; } });
try { Reflect.ownKeys(missing); } catch (e) { print('missing', e instanceof TypeError); } // expect: missing true
