// reverse on array-likes reads/writes through accessors in spec order
const log = [];
const o = { length: 2 };
Object.defineProperty(o, 0, { get() { log.push('g0'); return 'a'; }, set(v) { log.push('s0=' + v); }, configurable: true });
Object.defineProperty(o, 1, { get() { log.push('g1'); return 'b'; }, set(v) { log.push('s1=' + v); }, configurable: true });
Array.prototype.reverse.call(o);
print(log.join()); // expect: g0,g1,s0=b,s1=a
