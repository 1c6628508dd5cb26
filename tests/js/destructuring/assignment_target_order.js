// destructuring assignment: a member target's reference (o.x, o[k()]) is
// evaluated before the iterator's next() (array patterns) or the Get of the
// property (object patterns), then the default, then the store
const log = [];
const o = new Proxy({}, { set(t, k, v) { log.push('set ' + String(k) + '=' + v); t[k] = v; return true; } });
function obj() { log.push('obj'); return o; }
function key(k) { log.push('key ' + k); return k; }
function iter(values) {
  let i = 0;
  return { [Symbol.iterator]() { log.push('iterator'); return this; },
    next() { log.push('next'); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
    return() { log.push('return'); return {}; } };
}
function show() { print(log.join(', ')); log.length = 0; }

[obj().a, obj()[key('b')], obj().c = (log.push('default'), 3), ...obj()[key('r')]] = iter([1, 2, undefined, 4, 5]);
show();
// expect: iterator, obj, next, set a=1, obj, key b, next, set b=2, obj, next, default, set c=3, obj, key r, next, next, next, set r=4,5

const src = new Proxy({ p: 1, q: undefined, s: 9 }, {
  get(t, k) { log.push('get ' + String(k)); return t[k]; },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); } });
({ p: obj().x, [key('q')]: obj()[key('y')] = (log.push('default'), 7), ...obj().rest } = src);
show();
// expect: obj, get p, set x=1, key q, obj, key y, get q, default, set y=7, obj, ownKeys, get s, set rest=[object Object]

// nested patterns: the inner target after the inner iterator is made
[[obj().n]] = iter([iter([1])]);
show();
// expect: iterator, next, iterator, obj, next, set n=1, return, return

// the reference is fixed before next(): later changes to the variables do not move the store
let k = 'first', target = {};
const first = target;
[target[k]] = (function* () { k = 'second'; target = {}; yield 10; })();
print(JSON.stringify(first), JSON.stringify(target));   // expect: {"first":10} {}
let t2 = {};
const t2first = t2;
[t2.v = (t2 = { other: true }, 'dflt')] = [];
print(JSON.stringify(t2first), JSON.stringify(t2));     // expect: {"v":"dflt"} {"other":true}

// null.x as a target: evaluating the reference does not throw, the store
// does (after next()), and the iterator is closed
try { [(null).x] = iter([1]); } catch (e) { log.push(e.name); }
show();
// expect: iterator, next, return, TypeError
// a throwing target expression: next() is never called, the iterator is closed
try { [obj()[key('a')][(() => { throw new RangeError('k'); })()]] = iter([1]); } catch (e) { log.push(e.name); }
show();
// expect: iterator, obj, key a, return, RangeError

// private members and super properties as targets
class C {
  #p = 0;
  set(src) { [this.#p] = src; return this.#p; }
}
print(new C().set(iter([42])));   // expect: 42
log.length = 0;
const base = { set z(v) { log.push('base set z=' + v); } };
const child = { __proto__: base, m(src) { [super.z] = src; } };
child.m(iter([5]));
show();
// expect: iterator, next, base set z=5, return
