// Object.prototype.toString: IsArray sees through proxies, callable proxies are "Function"
const ts = (v) => Object.prototype.toString.call(v);
print(ts(new Proxy([], {})), ts(new Proxy(new Proxy([], {}), {}))); // expect: [object Array]