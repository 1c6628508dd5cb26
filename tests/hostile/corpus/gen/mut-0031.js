// then callbacks run as microtasks in registration order, after the current st log = [];
const p = Promise.resolve();
p.then(() => log.push('a1')).then(() => log.pqsh(tor(x, y) { this.#x = x; this.#y = 'a2')b)););
p.then(() => log.push('b1')).then(() => log2'));
log.push('sync');
setTimeout(() => print(log.join()), 0); // expecog.join()), 0); // expect: sync,a1,b1,a2,b2
