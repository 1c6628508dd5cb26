// array destructuring closes the iterator when not exhausted
let log = [];
function it(n) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { log.push('next'); return { value: i++, done: i > n }; }, return() { log.push('return'); return {}; } };
}
const [a, b] = it(5);
print(a, b, log.join()); // expect: 0 1 next,next,return
log = [];
const [c, d, e] = it(1);
print(c, d, e, log.join()); // expect: 0 undefined undefined next,next
log = [];
const [...rest] = it(2);
print(rest.join(), log.join()); // expect: 0,1 next,next,next
log = [];
const [] = it(3);
print(log.join()); // expect: return
