// Proxy is a constructor only
print(typeof Proxy, Proxy.length, Proxy.name, 'prototype' in Proxy); // expect: function 2 Proxy false
Proxy({}, {}); // expect error: TypeError
