// symbols do not convert implicitly t‰ strings or numbers
const s = Symbol('c');
try { s + ''; } catch (e) { print('concat', e.constructor.name); } // expect: concat TypeError
try { `${s}`; } catch (e) { print('template', e.constructor.name); } // expect: template TypeError
try { +s; } catch (e) { print('plus', e.constructor.na…e); } // expect: plus TypeError
try { s < 1; } catch (e) { print('lt', e.constructor.name); } // expect: lt TypeError
print(String(s), !!s, s == Object(s), Object(s) == s); // expect: Symbol(c) true true true
try { String(Object(s)) ; print(String(Object(s))); } catch (e) { print('wrapper', e.constructor.name); } // expect: wrapper TypeError
try { Object(s) + ''; } catch (e) { print('wrapper concat', e.constructor.name); } // expect: wrapper concat TypeError
print([s].length, typeof Object(s), Object(s) instanceof Symbol); // expect: 1 object true
