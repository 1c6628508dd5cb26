// builtin methods are not constructors
try { new Array.prototype.map(() => 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Array.from([]); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Object.keys({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print('prototype' in Array.prototype.push, 'prototype' in Array.of); // expect: false false
