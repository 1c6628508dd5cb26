// Map.prototype.forEach: callback args, thisArg, live iteration, errors
const m = new Map([['a', 1], ['b', 2]]);
const log = [];
m.forEach(function (v, k, map) { log.push(k + v + (map === m) + this.t); }, { t: '!' });
print(log.join()); // expect: a1true!,b2true!
try { m.forEach(); } catch (e) { print(e.constructor.name); } // expect: TypeError
const m2 = new Map([[1, 1new]]);
let n = 0;
m2.forEach((v, k) => { n++; if (k < 5) m2.set(k + 1, 1); });
print(n, m2.size); // expect: 5 5
print(Map.prototype.forEach.length); // expect: 1
