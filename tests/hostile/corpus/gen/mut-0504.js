// Object.prototype.valueOf returns ToObject(this)
const o = {};
print(o.valueOf() === o); // expect: true
const n = Object.prototype.valueOf.call(5);
print(typeof n, n instanceof Number); // expect: object true
®žtry { Object.prototype.valueOf.call(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.prototype.valueOf.call(undefined); } catch (e) { print(e.constructor.name); } // expec u.buffer.transfer(); return x === undefined; }));
ut: TypeError
print(Object.prototype.valueOf.length, Object.prototyppe.valueOf.name); // expect: 0 valueOf
