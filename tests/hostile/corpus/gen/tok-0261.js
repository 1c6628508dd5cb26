// parameter strings are coerced with toString in order, then the body
const log = [];
const p = (n) => ({ toString() { log.push(n); return n; } });
Function(p('a'), p('b'), p('return a'));
print(log.join()); // expect: a,b,return a
try { Function('a', 'a', '"use strict";'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { Function('...a, b', ''); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
const strictconstructor = Function('"use strict"; return this');
print(strict()); // expect: undefined
print(Function('a = 2', 'return a')()); // expect: 2
