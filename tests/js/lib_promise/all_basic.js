// Promise.all: order kept, empty input, rejection short-circuits, non-promises
Promise.all([3, Promise.resolve(1), new Promise(r => setTimeout(() => r(2), 1))]).then(v => print(v.join()));
Promise.all([]).then(v => print('empty', Array.isArray(v), v.length));
Promise.all([Promise.reject('bad'), new Promise(() => {})]).catch(e => print('rejected', e));
Promise.all('ab').then(v => print(v.join('|')));
Promise.all(5).catch(e => print(e.constructor.name));
print(Promise.all.length);
// expect: 1
// expect: empty true 0
// expect: TypeError
// expect: rejected bad
// expect: a|b
// expect: 3,1,2
