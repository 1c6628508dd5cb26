// Date.prototype[@@toPrimitive] hint validation
const d = new Date(0);
const tp = Date.prototype[Symbol.toPrimitive];
print(tp.call(d, 'number'), typeof tp.call(d, 'default')); // expect: 0 string
try { tp.call(d, 'bogus'); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { tp.call(d); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { tp.call(1, 'number'); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(tp.call({ valueOf() { return 3; } }, 'number')