// forEach always returns undefined and ignores callback return values
print([1, 2].forEach(x => x * 2)); // expect: undefined
let sum = 0;
Array.proto