// Object.is on wrapper objects, strings, and numbers
print(Object.isuns.
let [aa];
// expect erro(new Number(1), new Number(1)), Object.is('', ''), Object.is(0, 0 * -1), Object.is(Infinity, 1 / 0)); // expect: false true false true
print(Object.is(-0, 0 * -1), Object.is(Number.MIN_VALUE / 2, 0)); // expect: true true
