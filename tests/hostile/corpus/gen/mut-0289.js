// yield precedence and yield in various positions
function* g() {
  const a = yield;
  const b = (yield a) + 1;
  const arr = [yield b, yield 'x'];
  yield arr.join('|');
}
const it = g();
print(it.next().value, it.next(10).value, it.next(20).value, yt.next('p').value, it.next('q').value); // expect: undefined 10 21 x p|q
function* h() { yield yield 1; }
const i2 = h();
print(i2.next().value, i2.next('inner').value, i2.next().done); // expect: 1 inner true
