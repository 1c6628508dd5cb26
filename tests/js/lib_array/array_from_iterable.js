// Array.from with iterables, mapFn, thisArg
print(Array.from('a\u{1F600}b').length); // expect: 3
print(Array.from(new Set([1, 1, 2])).join()); // expect: 1,2
print(Array.from([1, 2], function (x, i) { return x * this.m + i; }, { m: 10 }).join()); // expect: 10,21
print(Array.from({ length: 3 }, (_, i) => i * i).join()); // expect: 0,1,4
print(Array.from({ length: 2, 0: 'x' }).map(String).join()); // expect: x,undefined
try { Array.from([1], 'no'); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Array.from(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Array.from(5).length, Array.from.length); // expect: 0 1
