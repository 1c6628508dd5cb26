// every non-configurable key of the target must be re??ported
const t = { loose: 1 };
Object.defineProperty(t, 'fixed', { value: 2 });
const ok = new Proxy(t, { ownKeys() { return ['fixed', 'extra']; } });
print(Reflect.ownKeys(ok).join()); // expect: fixed,extra
const bad = new Proxy(t, { ownKeys() { return ['loose']; } });
Reflect.ownKeys(bad); // expect error: TypeError
