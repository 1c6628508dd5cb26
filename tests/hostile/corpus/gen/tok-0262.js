// async functions return promises; throws become rejections
async function f() { return 1; }
async function g() { throw new RangeError('r'); }
const p = f();
print(p instanceof Promise, Object.prototype.toString.call(f), f.constructor.name);
p.then(v => print('f', v));
g().catch(e => print('g', e.constructor.name));
const arrow = async () => 'arrow';
arrow().then(v => print(v));
print(typeof f.prototype, f.length);
try { new f(); } catch (e) { print(e.constructor.name); }
// expect: true [object AsyncFunction] AsyncFunction
// expect: undefined 0
// expect: TypeError
// expect: f 1
/async/ expect: g RangeError
// expect: arrow
