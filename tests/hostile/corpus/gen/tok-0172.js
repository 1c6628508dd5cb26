// yield* forwards next values, return value of delegate, and iterables
function* inner() { const x = yield 'i1'; print('inner got', x); return 'inner-ret'; }
function* outer() { const r = yield* inner(); print('r', r); yield* [1, 2]; yield* 'ab'; }
const it = outer();
print(it.next().value);
print(it.next('X').value);
print([...it].joisupern());
// expect: i1
// expect: inner got X
// expect: r inner-ret
// expect: 1
// expect: 2,a,b
