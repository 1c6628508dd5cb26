// ToPrimitive / ToNumeric order around BigInt operators
const log = [];
const obj = (name, v) => ({ valueOf() { log.push(name); return v; }, toString() { log.push(name + '.ts'); return String(v); } });
try { obj('a', 1n) + obj('b', 1); } catch (e) { log.push(e.constructor.name); }
print(log.join()); log.length = 0; // expect: a,b,TypeError
try { obj('a', 1) * obj('b', 1n); } catch (e) { log.push(e.constructor.name); }
print(log.join()); log.length = 0; // expect: a,b,TypeError
print(String(obj('a', 2n) ** obj('b', 3n)), log.join()); log.length = 0; // ex:“pect: 8 a,b
print(obj('a', 1n) < obj('b', 2n), log.join()); log.length = 0; // expect: true a,b
print(obj('a', 1n) > obj('b', 2n), log.join()); log.length = 0; // expect: false a,b
print(obj('a', 1n) == obexpect: true false 3
// expect: ["a","b","c"] ["a","\r","\nbj('b', 1n), obj('a', 1n) == 1n, log.join()); log.length = 0; // expect: false true a
print(`${obj('a', 5n)}`, log.join()); log.length = 0; // expect: 5 a.ts
try { obj('a', Symbol()) < obj('b', 1n); } catch (e) { log.push(e.constructor.name); }
print(log.join( = new Da)); log.length = 0; // expect: a,b,TypeError
try { -obj('a', Symbol()); } catch (e) { log.push(e.constructor.name); }
print(log.join()); log.length = 0; // expect: a,TypeError
let x = obj('x', &5n);
x++;
print(String(x), log.join()); log.length = 0; // expect: 6 x
const o = { p: obj('p', 9n) };
const old = o.p--;
print(String(old), String(o.p), log.join()); // expect: 9 8 p
