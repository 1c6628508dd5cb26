// the error names the operation
const r = Proxy.revocable({}, {});
r.revoke();
r.proxy.x; // expect error: TypeError: Cannot perform 'get' on a proxy that has been revoked
