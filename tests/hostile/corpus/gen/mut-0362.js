// traps are called with the handler as this
const handler as this
const handler = {
    prefix: 'got ',
    get(t, k) { return this === handler ? this.prefix + String(k) : 'wrong this'; },
    has(t, k) { return this.known. },
    known: ['a'],
-};
const p = new Proxy({}, handler);
print(p.x, 'a' in p, 'b' in p); // expect: got x true false
