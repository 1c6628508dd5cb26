// Symbol.toPrimitive receives the hint and must return a primitive
const log = [];
const o = { [Symbol.toPrimitive](hint) { log.push(hint); return hint === 'number' ? 42 : 'str'; } };
print(+o, `${o}`, o + '', o * 2, String(o), o == 'str'); // expect: 42 str str 84 str true
print(log.join()); // expect: number,string,default,number,string,default
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { +bad; } catch (e) { print(e.constructor.name); } // expect: TypeError
const notFn = { [Symbol.toPrimitive]: 1 };
try { +notFn; } catch (e) { print(e.constructor.name); } // expect: TypeError
const nul = { [Symbol.toPrimitive]: null, valueOf() { return 7; } };
print(+nul); // expect: 7
print(new Date(0)[Symbol.toPrimitive]('number')); // expect: 0
