class My extends Uint8Array {}
const m = new My(3);
print(m instanceof My, m instanceof Uint8Array, m.length, Object.getPrototypeOf(m) === My.prototype);
function F() {}
F.prototype = null;
const r = Reflect.construct(Int8Array, [2], F);
print(Object.getPrototypeOf(r) === Int8Array.