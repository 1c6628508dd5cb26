// Symbol wrapper objects as keys use their primitive
const s = Symbol('w');
const w = Object(s);
const o = {};
o[w] = 1;
print(o[s