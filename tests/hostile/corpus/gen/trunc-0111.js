// a falsish setPrototypeOf trap: Reflect says false, Object.setPrototypeOf throws
const p = new Proxy({}, { setPrototypeOf() { return 0; } });
print(Reflect.setPrototypeOf(p, {})); // expect: false
try { Object.setPrototypeOf(p, {}); } catch (e) { print(e instanceof TypeError); } 