// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const u = new 