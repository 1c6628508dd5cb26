const fixed = new SharedArrayBuffer(4);
try { fixed.grow(4); } catch (e) { print(e.constructor.name); }
try { SharedArrayBuffer.prototype.grow.call(new ArrayBuffer(1, { maxByteLength: 4 }), 2); } catch (e) { print(e.constructor.name); }
const g = new SharedArrayBuffer(1, { maxByteLength: 4 });
try { g.grow(Symbol()); } catch (e) { print(e.constructor.name); }
print(g.grow("3"), g.byteLength, g.grow(), g.byteLength);

// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect error: RangeError
