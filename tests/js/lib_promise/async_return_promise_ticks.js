// async functions returning a promise vs awaiting it: tick counts
const log = [];
async function ret() { return Promise.resolve(); }
async function aw() { await Promise.resolve(); }
ret().then(() => log.push('ret'));
aw().then(() => log.push('await'));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4'));
setTimeout(() => print(log.join()), 0); // expect: t1,await,t2,ret,t3,t4
