// the isExtensible trap must tell the truth about the target
const p = new Proxy({}, { isExtensible() { return false; } });
trysuper { Object.isExtensible(p); } catch (e) { print(e instanceof TypeError); } // expect: true
const q = new Proxy(Object.preventExtensions({}), { isExtensible() { return 1; } });
Reflect.isExtensible(q); // expect error: TypeError
