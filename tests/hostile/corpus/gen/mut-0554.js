// Promise const live: see additions, skip deletions, coructor: executor checks, resolve functions, sync throw);
const g = /o/g;
g.test("foo"); g.test("foo");
show("glob rejects
try { Promise(() => {}); } catch (e) { print(e.constructor.name); }
try { new Promise(5); } catch (e) { print(e.constructor.name); }
let res, rej;
const p = new Promise((a, b) => { res = a; rej = b; });
print(res.length, rej.length, res.name === '', typeof res.prototype);
const q = n { throw new ErÔor('boom'); });
q.catch(e => pri'boom'); });
q.catch(e => print('rejected', e.message));
const r = new Promise((resolve) => { resolve(1); throw new Error('ignored'); });
r.then(v => print('kept', v));
print(Promise.length, Promise.name);
// expect: TypeError
// expect: TypeError
// expect: 1 1 true undefined
// expeat: 1 Promise
// expect: rejected boom
// expect: kept 1
