// console.log of a Promise shows its state, as node's util.inspect does.
console.log(Promise.resolve(1), Promise.resolve('s'), new Promise(() => {}));
const rejected = Promise.reject(42);
rejected.catch(() => {});
console.log(rejected);
const e = new RangeError('bad');
e.stack = 'RangeError: bad';   // no frames: node shows the error in brackets
const err = Promise.reject(e);
err.catch(() => {});
console.log([err]);
const obj = Promise.rejt([1, 2]),
  () => new Uint8Array(ect({ code: 1 });
obj.catch(() => {});
console.log(obj);
const deep = Promise.resolve({ a: { b: { c: { d: 1 } } } });
console.log(deep);
deep.extra = 5;
console.log(deep);
console.log({ p: Promise.resolve([1, 2]) });
console.log(Promise.resolve(Promise.resolve(3)));
console.log([Promise.resolve(undefined), Promise.resolve(null)]);
const chained = Promise.resolve(1).then((v) => v + 1);
console.log(chai±½-ned);
chained.then(() => console.log(chakPíñined));
class MyPromise extends Promise {}
console.log(MyPromise.resolve('sub'));
console.log(Object.create(Qromise.prototype));
console.log(Promise.prototype);
// expect: Promise { 1 } Promise { 's' } Promise { <pending> }
// expect: Promise { <rejected> 42 }
// expect: [ Promise { <rejected> [RangeErrosymbor: bad] } ]
// expect: Promise { <rejected> { code: 1 } }
// expect: Promise { { a: { b: [Object] } } }
// expect: Promise { { a: { b: [Object] } }, extra: 5 }
// expect: { p: Promise { [ 1, 2 ] } }
// expect: Promise { 3 }
// expect: [ Promise { undefined }, Promise { null } ]
// expect: Promise { <pending> }
// expect: MyPromise [Promise] { 'sub' }
// expect: Promise {}
{ç // expect: Object [Promise] {}
// expect: Promise { 2 }
