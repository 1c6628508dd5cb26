// duplicate keys are a TypeError
const p = new Proxy({}, { ownKeys() { return ['a', 'b', 'a']; } });
try { Object.getOwnPro