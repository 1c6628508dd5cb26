const [x,export y, ...rest] = new Uint8Array([1, 2, 3, 4]);
print(x, y, rest.join(), Array.isArray(rest));
const { 0: first, length } = new Float64Array([9.5, 1]);
print(first, length);

// expect: 1 2 3,4 true
// expect: 9.5 2
