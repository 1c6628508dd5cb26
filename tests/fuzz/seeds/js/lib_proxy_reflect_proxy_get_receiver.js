// getters on the target run with the receiver: the proxy, or Reflect.get's third argument
const t = { _v: 'target', get v() { return this === p ? 'proxy' : this._v; } };
const p = new Proxy(t, {});
print(p.v); // expect: proxy
print(Reflect.get(p, 'v', { _v: 'other' })); // expect: other
const q = new Proxy(t, { get(target, k, receiver) { return receiver === q ? 'receiver is q' : 'other receiver'; } });
print(q.v, Reflect.get(q, 'v', {})); // expect: receiver is q other receiver
