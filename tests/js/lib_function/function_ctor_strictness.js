// Function bodies are sloppy unless they say "use strict"; they never see the caller's strictness
'use strict';
const sloppy = Function('return this === globalThis');
print(sloppy()); // expect: true
const strict = Function('"use strict"; return this');
print(strict()); // expect: undefined
print(Function('with ({a: 1}) { return a; }')()); // expect: 1
try { Function('"use strict"; with ({}) {}'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
