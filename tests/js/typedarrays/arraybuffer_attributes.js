print(ArrayBuffer.length, ArrayBuffer.name, ArrayBuffer.isView.length, ArrayBuffer.prototype.slice.length);
// detached, transfer, transferToFixedLength (ES2024, not in node 20) are checked in lib_arraybuffer_transfer
print(Object.getOwnPropertyNames(ArrayBuffer.prototype).filter(n => !["detached", "transfer", "transferToFixedLength"].includes(n)).join());
print(ArrayBuffer.prototype[Symbol.toStringTag], ArrayBuffer[Symbol.species] === ArrayBuffer);
const d = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength");
print(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name);
print(ArrayBuffer.prototype.resize.length);

// expect: 1 ArrayBuffer 1 2
// expect: constructor,byteLength,slice,maxByteLength,resizable,resize
// expect: ArrayBuffer true
// expect: function undefined false true get byteLength
// expect: 1
