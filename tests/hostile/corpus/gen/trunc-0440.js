// Proxy is a constructor only
print(typeof Proxy, Proxy.length, Pro