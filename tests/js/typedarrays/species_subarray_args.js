const a = new Uint8Array(8);
let got;
a.constructor = { [Symbol.species]: function (buf, off, len) { got = [buf === a.buffer, off, len]; return new Uint8Array(buf, off, len); } };
a.subarray(2, 5);
print(got.join());

// expect: true,2,3
