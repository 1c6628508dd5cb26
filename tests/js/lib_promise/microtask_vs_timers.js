// all microtasks drain before the next timer; timers order by delay then creation
const log = [];
setTimeout(() => log.push('t0b'), 0);
setTimeout(() => { log.push('t1'); Promise.resolve().then(() => log.push('micro in t1')); }, 1);
setTimeout(() => log.push('t0c'), 0);
Promise.resolve().then(() => { log.push('m1'); Promise.resolve().then(() => log.push('m2')); });
queueMicrotask(() => log.push('qm'));
setTimeout(() => print(log.join()), 20); // expect: m1,qm,m2,t0b,t1,micro in t1,t0c
