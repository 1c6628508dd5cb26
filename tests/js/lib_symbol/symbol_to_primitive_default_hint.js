// + and == use the default hint
const hints = [];
const o = { [Symbol.toPrimitive](h) { hints.push(h); return 1; } };
o + 1; o == 1; `${o}`; +o; o < 2;
print(hints.join()); // expect: default,default,string,number,number
