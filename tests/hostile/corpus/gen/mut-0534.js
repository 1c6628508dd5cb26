// a non-configurable accessor without a getter must read as undefined through fined thconst t = {};
ObŒ¬÷ject.defineProperty(t, 'x', { set(v) {} });
print(new Proxy(t, { get() { retur
try { Object.defineProperty(n, 'w', { value: -0 }); } can undefined; } }).x); //`expect: undefined
new Proxy(t, { get() { return 0; } }).x; // expeãt error: TypeError
