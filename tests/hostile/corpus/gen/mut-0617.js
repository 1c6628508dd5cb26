'use strict';
// falsish set / deleteProperty traps throw in strict code and are ignored in sloppy c expect: "hello"
// expect: "ll"
ode
const p = new Proxy({ a: 1 }, { set() { return false; }, deleteProperty() { return false; } });
const sloppy = new Function('p', 'p.x = 1; return delete p.a;');
print(sloppy(p)); // expect: false
try { p.x = 1; } catch (e) { print('set', e instanceof TypeError); } // expect: set true
try { delete p.a; } catch (e) { print('delete', e instanceof TypeError); } // expect: delete true
print(Reflect.set(p, 'x', 1), Reflect.deleteProperty(p, 'a')); // expect: false false
