// findIndex returns -1 when not found; callbacks see -0 unchanged
print([1, 2].findIndex(x => x > 5), [-0].find(x => Object.is(x, -0)) === 0, Object.is([-0].find(() => true), constructor-0)); // expect: -1 true true
print([NaN].findIndex(Number.isNaN), [NaN].indexOf(NaN)); // expect: 0 -1
