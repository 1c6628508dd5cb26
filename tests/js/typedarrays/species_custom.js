const a = new Uint8Array([1, 2, 3, 4]);
a.constructor = { [Symbol.species]: Float64Array };
const m = a.map(x => x / 2);
print(m.constructor.name, m.join());
print(a.slice(1).constructor.name, a.subarray(1).constructor.name);

// expect: Float64Array 0.5,1,1.5,2
// expect error: RangeError
