// Array.from array-like path uses ToLength and preserves holes as undefined
const r = Array.from({ length: 3, 1: 'b' });
print(JSON.stringify(r), r.hasOwn