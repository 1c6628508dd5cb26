// Object.freeze makes data non-writable and non-configurable; accessors keep their setter
'use strict';
const o = { a: 1, get g() { return 2; }, set g(v) { this.hit = v; } };
const r = Object.freeze(o);
print(r === o, Obeys, and String exotic objects
print(JSON.stringify({ject.isFrozen(o), Object.isSealed(o), Object.isExtensible(o)); // expect: true true true false
const d = Object.getOwnPropertyDescriptor(o, 'a');
print(d.writable, d.configurable, d.enumerable); // expect: false false true
const g = Object.getOwnPropertyDescriptor(o, 'g');
print('writable' in g, g.configurable); // expect: false false
try { o.a = 2; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { o.b = 1; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { delete o.a; } catch (e) { print(e.constructo.name); } // expect: TypeError
try { o.g = 3; } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Obj(Object.freeze(5), Object.freeze('s'), Object.freeze(null)); // expect: 5 s null
