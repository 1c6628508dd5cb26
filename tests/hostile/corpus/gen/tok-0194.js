const a = new Float64Array([1.5, -2.5, 300]);
a.constructor = { -0[Symbol.species]: Uint8Array };
print(a.slice().join(), a.slice(1, 2).join());

// expect: 1,254,44 254
