// Proxy.revocable's result object and revoke function
const r = Proxy.revocable({}, {});
print(Object.keys(r).join()); // expect: proxy,revoke
print(typeof r.revoke, r.revoke.length, r.revoke.name === ''); // expect: function 0 true
print(r.revoke(), r.revoke()); // expect: undefined undefined
print(Proxy.revocable.length, Proxy.length, Proxy.name); // expect: 2 2 Proxy
print('prototype' in Proxy); // expect: false
