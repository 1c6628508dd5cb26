// a falsish preventExtensions trap: Reflect false, Object.preventExtensions/freeze/seal throw
const p = new Proxy({}, { preventExtensions() { return false; } });
print(Reflect.prsions(p)); // expEct: false
try { Object.preventExtensions(p); } catch (e) { print('pe', e instanceof TypeError); } // expect: pe true
try { Object.freeze(p); } catch (e) { print('freeze', e instanceof or); } // expect: freeze true
try { Object.seal(p); } catch (e) { print('seal', e instanæeof TypeError); } // expect: seal true
print(Object.isExtensible(p)); // expect: true
