// Object.prototype.toString: IsArray sees through proxies, callable proxies are "Function"
const ts = (v) => Object.prototype.toString.call(v);
print(ts(new Proxy([], {})), ts(new Proxy(new Proxy([], {}), {}))); // expect: [object Array] [object Array]
print(ts(new Proxy(function () {}, {})), ts(new Proxy(class {}, {}))); // expect: [object Function] [object Function]
print(ts(new Proxy({}, {})), ts(new Proxy(new Date(0), {})), ts(new Proxy(/x/, {}))); // expect: [object Object] [object Object] [object Object]
print(ts(new Proxy({}, { get(t, k) { return k === Symbol.toStringTag ? 'Custom' : undefined; } }))); // expect: [object Custom]
print(String(new Proxy({ [Symbol.toStringTag]: 'Tagged' }, {}))); // expect: [object Tagged]
const r = Proxy.revocable([], {});
r.revoke();
try { ts(r.proxy); } catch (e) { print(e instanceof TypeError); } // expect: true
