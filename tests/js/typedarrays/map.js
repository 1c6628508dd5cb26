const a = new Uint8Array([1, 2, 3]);
const m = a.map(x => x * 100);
print(m.join(), m instanceof Uint8Array, m.length);
print(new Float32Array([1, 2]).map((v, i) => v + i + 0.5).join());
print(a.map(x => "7").join());

// expect: 100,200,44 true 3
// expect: 1.5,3.5
// expect: 7,7,7
