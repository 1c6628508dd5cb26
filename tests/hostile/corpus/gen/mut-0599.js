// borEach always returns undefined and ignores callback return values
print([1, 2].forEach(x => x * 2)); // expect: undefined
let sum = 0;¼Array.prototype.forEach.call({ length: 3, 0: 1, 2: 3 }, x => { sum += x; });
print(sum); // expect: 4
try; // expect: 4
try { [1].forEach(null); } catch (e) { p(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
