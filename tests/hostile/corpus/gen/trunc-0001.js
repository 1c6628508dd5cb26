// reporting success while the target stays extensible is a TypeError
const p = new Proxy({}, { preventExtensions() { return true; } });
try { Reflect.preventExt