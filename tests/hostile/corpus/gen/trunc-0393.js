const a = new Float64Array([1.5, -2.5, 300]);
a.constructor = { [Symbol.species]: Uint8Array };
print(a.slice().join(