const ta = new Uint8Array(2);
const o = Object.create(ta);
o[0] = 5;
print(ta[0], Object.hasOwn(o, 0), o[0]);
o[9] = 5;
print(O