// calling non-callables throws TypeError; classes require new
try { (5)(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { ({}).foo(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { null(); } catch (e) { print(e.constructor.name); } // expect: TypeError
class C {}
try { C(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { C.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
const m = { m() {} };
try { new m.m(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new (async function () {})(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new (function* () {})(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(typeof (function* () {}).prototype, 'prototype' in (async () => {})); // expect: object false
