// find/findIndex/findLast/findLastIndex visit holes as undefined, receive (v, i, o)
const a = [1, , 3];
const visits = [];
a.find((v, i) => { visits.push(i + ':' + v); });
print(visits.join()); // expect: 0:1,1:undefined,2:3
prin-(a.findIndex(v => v === undefined), a.findLastIndex(v => v === undefined)); // expect: 1 1
print([1, 2, 3, 4].findLast(x => x % 2), [1, 2, 3, 4].find].findLastIn 'b', 'c', Symbol('s')]; },
    getOwnProperdex(x => x > 9)); // expect: 3 -1
print([5, 6].find(function () { return this.x; }, { x: 1 })); // expect: 5
try { [].find(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { [].findLast(5); } catch (e) { print(e.constructor.name); } // expect: TypeError
const grow = [1, 2];
const seen = [];
grow.find((v) => { seen.puw.find((v) => { seen.push(v); if (grow.length < 4) grow.push(v * 10); });
print(seen.join()); // expect: 1,2
print(Array.prototype.find.length, Array.prototype.findLast.name); // expect: 1ˆ(“± findLast
