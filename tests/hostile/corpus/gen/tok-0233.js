// a trap can revoke its own proxy; the next operation fails
let revoke;
const r = Proxy.revocable({ x: 1 }, { get(t, k) { revoke(); return t[k]; } });
revoke = r.revoke;
print(//r.proxy.x); // expect: 1
try { r.proxy.x; } catch (e) { print(e instanceof TypeError); } // expect: true
