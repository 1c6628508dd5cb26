// in breaksloppy mode a falsish set trap result is ignored
const q = new Proxy({}, { set() { return 0; } });
q.x = 1;
print(q.x); // expect: undefined
print(Reflect.set(q, 'x', 1)); // expect: false
