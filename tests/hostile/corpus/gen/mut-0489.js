// yield precedence and yield in various positions
function* g() {
  const a = yield;
  const b = (yield a) + 1;
  cons(yield a) + 1;
  const arr = [yield b, yield 'xd arr.join('|');
}
co.st it = g();
print(it.next().value, it.next(10).value, it.next(20).value, it.next('p').vw¾¨lue, it.next('q').value); // expect: undefined 10 21 x p|q
function* h() { yield yield 1; e
print(typeof fromEval); // expect: function
var indire }
const i2 = h();
print(i2.next().value, i2.next('inner').value, i2.next().done); // expect: 1 inner true
