const a = new Uint8Array([3, 4]);
const r = [];
a.some(function (v, i, o) { r.push(typeof this, v, i, o === a); }, undefined);
print(r.join());

// expect: object,3,0,true,object,4,1,true
