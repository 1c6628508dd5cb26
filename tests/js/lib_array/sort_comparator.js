// sort: comparator validation, result coercion, generic receiver
try { [2, 1].sort(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { [2, 1].sort({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print([2, 1].sort(undefined).join()); // expect: 1,2
print([1, 2, 3].sort(() => NaN).join()); // expect: 1,2,3
print([3, 1, 2].sort((a, b) => ({ valueOf() { return a - b; } })).join()); // expect: 1,2,3
const o = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
Array.prototype.sort.call(o);
print(JSON.stringify(o)); // expect: {"0":"a","1":"b","2":"c","length":3}
print(Array.prototype.sort.length); // expect: 1
