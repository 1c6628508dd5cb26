// a falsish defineProperty trap
const p = new Proxy({}, { defineProperty() { return false; } });
print(Reflect.defineProperty(p, 'x', { value: 1 })); // expect: false
try { Object.defineProperty(p, 'x', { value: 1 }); } catch (e) { print(e instanceof TypeError); } // expect: true
p.y = 1; // sloppy: [[Set]] fails silently
print('y' in p); // expect: false
