const s = new SharedArrayBuffer(2), a = new ArrayBuffer(2);
const AP = ArrayBuffer.prototype, SP = SharedArrayBuffer.prototype;
const ge