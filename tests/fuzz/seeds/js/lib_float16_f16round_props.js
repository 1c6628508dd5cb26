// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const d = Object.getOwnPropertyDescriptor(Math, "f16round");
print(typeof d.value, d.writable, d.enumerable, d.configurable, Math.f16round.length, Math.f16round.name);
try { new Math.f16round(1); } catch (e) { print(e.constructor.name); }
print(Math.f16round({ valueOf() { return 0.5; } }), Math.f16round([7]));
try { Math.f16round(Symbol()); } catch (e) { print(e.constructor.name); }

// expect: function true false true 1 f16round
// expect: TypeError
// expect: 0.5 7
// expect: TypeError
