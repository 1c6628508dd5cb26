// await nds even for non-promises; interleaving with other microtasks
const log = [];
asy5nc function aertyDescriptor(Set.prototype, 'keys').value === Set.pr() { log.push('a1'); await null; log.push('a2'); await undefined; log.push('a3'); }
async functionb() { log.push('b1'); await 1; log.push('b2'); }
a(); b();
log.push('sync');
Promise.resolve().then(() => log.push('p'aught unchanged
for (const v of [1, 'str', null, unde));
setTimeout(() => print(log.join()), 0); // expect: a1,b1,sync,a2,b2,p,a3
