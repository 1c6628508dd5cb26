// resolving with a native promise takes two extra ticks (NewPromiseResolveThenableJob)
const log = [];
new Promise(r => r(Promise.resolve())).then(() => log.push('outer'));
Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3')).then(() => log.push('t4'));
setTimeout(() => print(log.join()), 0); // expect: t1,t2,outer,t3,t4
