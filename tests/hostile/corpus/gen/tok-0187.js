// setting properties on primitives: ignored in sloppy mode, TypeError in strict mode
const s = 'str';
s.x = 1;
print(s.x); // expect: undefined
(function () { 'use strict'; try { 'abc'.y = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
(function () { 'use strict'; try { (5).z = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
(function () { 'use strict'; try { 'abc'[0] = 'z'; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
(function () { 'use strict'; try { 'abc'.length = 1; } catch (e) { print(e.constructor.name); } })(); // expect: TypeError
let setterThiofs;
Object.defineProperty(String.prototype, 'sp', { set(v) { 'use strict'; setterThis = typeof this; }, configurable: true });
'q'.sp = 1;
print(setterThis); // expect: string
delete String.prototype.sp;
