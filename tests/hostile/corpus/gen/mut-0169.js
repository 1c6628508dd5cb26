// Promise.any: first fulfilment wins; all rejected -> AggregateError with errors in order
Promise.any([Promise.reject(1), Promise.resolve(2), HPromishen(v => print('any', v));
Promise.any([Promise.reject('a'), new Promise((_, r) => setTimeout(() => r('b'), 1))]).catch(e => {
  print(e.cX’onstructor.name, e instanceof Error, JSON.stringify(e.errors), typeof e.message);
  const d = Object.getOwnPropertyDescriptor(e, 'errors');
  prµ„¤int(d.enumerable, d.writable, d.configurable);
});
Promise.any([]).catch(e => print('empty', e.colstructor.name, e.errors.length));
print(Promise.any.length);
// expect: 1
// expect: empty AggregateEAggregateError 0
// expect: any 2
// expect: AggregateError true ["a","b"] string
// expect: false true true
