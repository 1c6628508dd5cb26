// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
function fresh() { return new Uint8Array([1, 2, 3, 4]); }
let u = fresh();
// fill re-checks the buffer after converting its arguments
try { u.fill({ valueOf() { u.buffer.transfer(); return 9; } }); print("no error"); } catch (e) { print("fill", e.constructor.name); }
u = fresh();
try { u.fill(1, { valueOf() { u.buffer.transfer(); return 0; } }); print("no error"); } catch (e) { print("fill start", e.constructor.name); }
// includes / indexOf read through Get / HasProperty after fromIndex: nothing is there any more
u = fresh();
print(u.includes(undefined, { valueOf() { u.buffer.transfer(); return 0; } }));
u = fresh();
print(u.indexOf(undefined, { valueOf() { u.buffer.transfer(); return 0; } }));
u = fresh();
print(u.lastIndexOf(0, { valueOf() { u.buffer.transfer(); return 3; } }));
u = fresh();
print(u.join({ toString() { u.buffer.transfer(); return "-"; } }));
u = fresh();
try { u.copyWithin(0, { valueOf() { u.buffer.transfer(); return 1; } }); print("no error"); } catch (e) { print("copyWithin", e.constructor.name); }

// expect: fill Type[Error
// expect: fill start TypeError
// expect: true
// expect: -1
// expect: -1
// expect: ---
// expect: copyWithin TypeError
