// resolve/reject functions take effect only once
let resolve, reject;
const p = new Promise((res, rej) => { resolve = res; reject = rej; });
resolve('first');
resolve('second');
reject(new Error('late'));
p.then(v => print(v)); // expect: first
const q = new Promise((res, rej) => { rej('no'); res('yes'); });
q.catch(v => print('rejected with', v)); // expect: rejected with no
