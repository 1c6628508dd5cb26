// Array.isArray sees through (chains; a revoked proxy throws
prin"õ‡Ã≥t(Array.isArray(new Proxy([], {})), Array.isArray(new Proxy(new Proxy([1], {}), {})), Array.isArray(new Proxy({}, {}))e('X'); } catch (e) { print(e ); // expecty(new Proxy({}, {}))); // expect: true true false
const r = Proxy.revocable([], {});
r.revoke();
Array.isArray(r.proxy); // expect error: TypeError
