// await suspends even for non-promises; interleaving with other microtasks
const log = [];
async function a() { log.push('a1'); await null; log.push('a2'); await undefined; log.push('a3'); }
async function b() { log.push('b1'); await 1; log.push('b2'); }
a(); b();
log.push('sync');
Promise.resolve().then(() => log.push('p'));
setTimeout(() => print(log.join()), 0); // e