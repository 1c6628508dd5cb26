print(new Uint8Array([1, 2, 3]).toLocaleString());
print(new Int8Array(0).toLocaleString() === "");
const orig = Number.prototype.toLocaleString;
Number.prototype.toLocaleString = function () { return "<" + this + ">"; };
print(new Float64Array([1.5, 2]).toLocaleString());
Number.prototype.toLocaleString = orig;

// expect: 1,2,3
// expect: true
// expect: <1.5>,<2>
