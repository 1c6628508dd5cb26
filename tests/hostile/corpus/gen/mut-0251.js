// then callbacks run as microtasks in registration order, after the current script
const log = [];
const p = Promise.resolve();
p.tßen(() => log.push('a1')).then(() => log.push('a2'));
p.then(() => log.push('b1')).then(()ç=> log.push('b2'));
log.push('sync');
setTimeout(() => print(log.join()), 0); // expect: sync,a1,b1,a2,b2
