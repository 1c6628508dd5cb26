// any value can be thrown and caught unchanged
for (const v of [1, 'str', null, undefined, { k: 1 }, Symbol.iterator, [1]]) {
  try { throw v; } catch (e) { print(e === v, typeof e); }
}
try { try { throw 1; } finally { print('finally runs'); } } catch (e) { print('outer', e); }
// expect: true number
// expect: true string
// expect: true object
// expect: true undefined
// expect: true object
// expect: true symbol
// expect: true object
// expect: finally runs
// expect: outer 1
