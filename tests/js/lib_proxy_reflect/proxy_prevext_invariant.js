// reporting success while the target stays extensible is a TypeError
const p = new Proxy({}, { preventExtensions() { return true; } });
try { Reflect.preventExtensions(p); } catch (e) { print(e instanceof TypeError); } // expect: true
Object.preventExtensions(p); // expect error: TypeError
