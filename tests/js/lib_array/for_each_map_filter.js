// forEach/map/filter: holes skipped, map keeps holes, thisArg, return values
const m = [1, , 3].map(x => x * 2);
print(m.length, 1 in m, JSON.stringify(m)); // expect: 3 false [2,null,6]
const f = [1, , 3, 4].filter(x => x > 1);
print(JSON.stringify(f)); // expect: [3,4]
let n = 0;
print([1, , 3].forEach(() => n++), n); // expect: undefined 2
print([1].map(function () { return this.t; }, { t: 't' })[0]); // expect: t
const added = [1, 2];
const seen = [];
added.forEach(x => { seen.push(x); added.push(0); });
print(seen.join(), added.length); // expect: 1,2 4
print(Array.prototype.map.length, Array.prototype.filter.length, Array.prototype.forEach.length); // expect: 1 1 1
