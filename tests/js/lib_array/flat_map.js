// Array.prototype.flatMap flattens one level only
print(JSON.stringify([1, 2].flatMap(x => [x, [x * 2]]))); // expect: [1,[2],2,[4]]
print(JSON.stringify([1, 2].flatMap(x => x))); // expect: [1,2]
print(JSON.stringify(['a b', 'c'].flatMap(s => s.split(' ')))); // expect: ["a","b","c"]
print(JSON.stringify([1, 2, 3].flatMap((x, i, arr) => i === 0 ? [arr.length] : []))); // expect: [3]
print([1].flatMap(function () { return [this.v]; }, { v: 7 })[0]); // expect: 7
try { [1].flatMap(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(JSON.stringify([1, , 2].flatMap(x => [x]))); // expect: [1,2]
print(Array.prototype.flatMap.length); // expect: 1
