const log = [];
const a = new Uint8Array([1, 2]);
Object.defineProperty(a, "constructor", { get() { log.push("ctor"); return Uint8Array; } });
a.map(