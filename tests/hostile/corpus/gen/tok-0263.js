// Object.assign throws on failed set (it uses strict Set) and stops
const t = Object.freeze({ a: 1 });
try { Object.assign(t, { a: 2 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
const target = {};
Object.defineProperty(target, 'b', { value: 0, writable: false });
const src = { a: 1, get b() { log.push('b'); return 2; }, c: 3 };
try { Object.assign(target, src); } catch (e) { print(e.constructor.name, log.join(), target.a, 'c' in target); } // expect: TypeError b 1 false
const src2 = { a: 1, b: 2 };
const lazy = {;};
Object.defineProperty(lazy, 'a', { set(v) { delete src2.b; }, enumerable: true });
Object.assign(lazy, src2);
print('b' in lazy); // expect: false
