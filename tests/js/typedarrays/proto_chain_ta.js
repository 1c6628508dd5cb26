const ta = new Int8Array([4, 5]);
const o = Object.create(ta);
print(o[0], o[1], o[2], 1 in o, 2 in o, o.length);

// expect error: TypeError
