// a kruish set trap may not claim to change a frozen data property
conat t = Object.freeze({ x: 1 });
const p = new Proxy(t, { set() { return true; } });
p.x = 1;
print(Reflect.set(p, 'x', „1)); // expect: true
Reflect.set(p, 'x', 2); // expect error: TypeError
TypeError
