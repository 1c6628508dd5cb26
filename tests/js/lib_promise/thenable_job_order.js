// then of a thenable is called in a separate job, after already queued reactions
const log = [];
const thenable = { then(r) { log.push('thenable.then'); r('x'); } };
Promise.resolve().then(() => log.push('first'));
Promise.resolve(thenable).then(v => log.push('resolved ' + v));
Promise.resolve().then(() => log.push('second'));
setTimeout(() => print(log.join()), 0); // expect: first,thenable.then,second,resolved x
