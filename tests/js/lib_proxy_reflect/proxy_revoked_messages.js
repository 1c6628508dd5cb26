// the TypeError names the operation
const { proxy: p, revoke } = Proxy.revocable({}, {});
revoke();
for (const f of [() => p.x, () => { p.x = 1; }, () => 'x' in p, () => Reflect.ownKeys(p), () => Reflect.getPrototypeOf(p)]) {
    try { f(); } catch (e) { print(e.message); }
}
// expect: Cannot perform 'get' on a proxy that has been revoked
// expect: Cannot perform 'set' on a proxy that has been revoked
// expect: Cannot perform 'has' on a proxy that has been revoked
// expect: Cannot perform 'ownKeys' on a proxy that has been revoked
// expect: Cannot perform 'getPrototypeOf' on a proxy that has been revoked
