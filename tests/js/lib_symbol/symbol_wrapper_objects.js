// Symbol wrapper objects as keys use their primitive
const s = Symbol('w');
const w = Object(s);
const o = {};
o[w] = 1;
print(o[s], Object.getOwnPropertySymbols(o)[0] === s); // expect: 1 true
print(typeof w.valueOf(), w.description, w == s, w === s); // expect: symbol w true false
const m = new Map([[w, 1]]);
print(m.has(s), m.has(w)); // expect: false true
