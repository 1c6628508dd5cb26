// defining a non-configurable property the target does not have (as such)
const p = new Proxy({ c: 1 }, { defineProperty() { return true; } });
print(Reflect.defineProperty(p, 'c', { value: 1, configurable: true })); // expect: true
try { Reflect.defineProperty(p, 'c', { value: 1, configurable: false }); } catch (e) { print('configurable', e instanceof TypeError); } // expect: configurable true
try { Reflect.defineProperty(p, 'new', { value: 1, configurable: false }); } catch (e) { print('absent', e instanceof TypeError); } // expect: absent true
