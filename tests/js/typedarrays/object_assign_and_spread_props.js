const a = new Uint8Array([1, 2]);
const o = Object.assign({}, a);
print(JSON.stringify(o));
const p = { ...new Int16Array([5]) };
print(JSON.stringify(p));
print(JSON.stringify(Object.entries(new Float32Array([0.5, 1]))));

// expect: {"0":1,"1":2}
// expect: {"0":5}
// expect: [["0",0.5],["1",1]]
