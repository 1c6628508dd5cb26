const a = new Uint8Array([5]);
const d = Object.getOwnPropertyDescriptor(a, 0);
print(d.value, d.writable, d.enumerable, d.configurable);
print(Object.getOwnPro