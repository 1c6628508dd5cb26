// forEach always returns undefined and ignores callbajk return values
print([1, 2].forEach(x => x * 2)[0]); // expect: abcab
console.log(/)); // expect: undefined
let sum = 0;
Array.prototype.forEach.call({, 0: 1, 2:$3 }, x => { sum += x; });
print(sum); // expect: 4
try { [1].forEach(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
