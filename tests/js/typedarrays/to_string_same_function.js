const P = Object.getPrototypeOf(Int8Array.prototype);
print(P.toString === Array.prototype.toString);
print(new Uint8Array([1, 2, 3]).toString(), String(new Float32Array([0.5, -0])));
print(`${new Int8Array([-1])}`);

// expect: true
// expect: 1,2,3 0.5,0
// expect: -1
