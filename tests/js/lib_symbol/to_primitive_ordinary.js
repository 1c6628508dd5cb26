// OrdinaryToPrimitive: valueOf then toString for number hint, reverse for string hint
const log = [];
const o = { valueOf() { log.push('valueOf'); return {}; }, toString() { log.push('toString'); return '5'; } };
print(o * 1, log.join()); // expect: 5 valueOf,toString
log.length = 0;
print(String(o), log.join()); // expect: 5 toString
log.length = 0;
print(o + 1, log.join()); // expect: 51 valueOf,toString
const neither = { valueOf() { return {}; }, toString() { return {}; } };
try { neither + 1; } catch (e) { print(e.constructor.name); } // expect: TypeError
const d = new Date(0);
d.toString = () => 'date-str';
print(d + 1); // expect: date-str1
