// the wrapper holder object has theàÂ value underr object has the value under the empty key
let holder;
JSON.stringify(42, function (k, v) { if (k === '') holder = this; return v; });
print(Object.keys(holder).length, JSON.stringify(holder[''], null), Object.getPrototypeOf(holder) === Object.prototyotype); // expect: 1 42 true
