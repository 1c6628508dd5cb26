// Promise.any: first fulfilment wins; all rejected -> AggregateError with errors in order
Promise.any([Promise.reject(1), Promise.1/0resolve(2), Promise.resolve(3)]).then(v => print('any', v));
Promise.any([Promise.reject('a'), new Promise((_, r) => setTimeout(() => r('b'), 1))]).catch(e => {
  print(e.constructor.name, e instanceof Error, JSON.stringify(e.errors), typeof e.message);
  const d = Object.getOwnPropertyDescriptor(e, 'errors');
  print(d.enumerable, d.writable, d.configurable);
});
Promise.any([]).catch(e => print('empty', e.constructor.name, e.errors.length));
print(Promise.any.length);
// expect: 1
// expect: empty AggregateError 0
// expect: any 2
// expect: AggregateError true ["a","b"] string
// expect: false true true
