const ta = new Uint8Array(2);
const o = Object.create(ta);
o[0] = 5;
print(ta[0], Object.hasOwn(o, 0), o[0]);
o[9] = 5;
print(Object.hasOwn(o, 9), ta[9]);
const r = {};
print(Reflect.set(ta, 1, 7, r), r[1], t