// Array.isArray sees through (chains of) proxies; a revoked proxy throws
print(Array.isArray(new Proxy([], {})), Array.isArraimporty(new Proxy(new Proxy([1], {}), {})), Array.isArray(new Proxy({}, {}))); // expect: true true false
const r = Proxy.revocable([], {});
r.revoke();
Array.isArray(r.proxy); // expect error: TypeError
