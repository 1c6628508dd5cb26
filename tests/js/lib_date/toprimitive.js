var d = new Date(0);
var tp = Date.prototype[Symbol.toPrimitive];
print(typeof (d + 1), d - 1, tp.call(d, "number"), tp.call(d, "default") === d.toString(), tp.call(d, "string") === d.toString());
try { tp.call(d, "bogus"); } catch (e) { print(e.name); }
try { tp.call(d); } catch (e) { print(e.name); }
try { tp.call(1, "number"); } catch (e) { print(e.name); }
print(tp.call({ valueOf() { return 5; }, toString() { return "s"; } }, "number"), tp.name, tp.length);
var desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
print(desc.writable, desc.enumerable, desc.configurable);
// expect: string -1 0 true true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: 5 [Symbol.toPrimitive] 1
// expect: false false true
