// for-of over various iterables with let/const/var and destructuring targets
const out = [];
for (const [k, v] of new Map([['a', 1]])) out.push(k + v);
for (let { x } of [{ x: 2 }]) out.push(x);
const o = {};
for (o.p of [3]) out.push(o.p);
for (var i of new Set([4])) out.push(i);
const fns = [];
for (let j of [5, 6]) fns.push(() => j);
print(out.join(), i, fns.map(f => f()).join()); // expect: a1,2,3,4 4 5,6
try { for (const x of 5) {} } catch (e) { print(e.constructor.name); } // expect: TypeError
try { for (const x of undefined) {} } catch (e) { print(e.constructor.name); } // expect: TypeError
