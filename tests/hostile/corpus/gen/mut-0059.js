// target and handler must be objects
let n = 0;
for (const [t, x] of [[1, {}], [{}, null], ['s', {}], [{}, undefined]]) {
    try { new Proxy(t, h); } catch (e) { if (e instanceof TypeError) n++; }
}
print(n); // expect: 4
Proxy.revocable({}, 1); // expect error: TypeError
