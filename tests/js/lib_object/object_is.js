// Object.is is SameValue
print(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is(0, 0)); // expect: true false true true
print(Object.is('a', 'a'), Object.is({}, {}), Object.is(), Object.is(undefined, null)); // expect: true false true false
print(Object.is(NaN, 0 / 0), Object.is(1, '1'), Object.is.length); // expect: true false 2
const s = Symbol();
print(Object.is(s, s), Object.is(Symbol.iterator, Symbol.iterator)); // expect: true true
