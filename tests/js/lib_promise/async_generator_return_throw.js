// async generator return/throw, including awaiting return values
async function* g() { try { yield 1; yield 2; } finally { print('finally'); } }
(async () => {
  const it = g();
  print(JSON.stringify(await it.next()));
  print(JSON.stringify(await it.return(Promise.resolve('ret'))));
  print(JSON.stringify(await it.next()));
  const it2 = g();
  try { await it2.throw(new Error('unstarted')); } catch (e) { print('threw', e.message); }
  print(JSON.stringify(await it2.next()));
})();
// expect: {"value":1,"done":false}
// expect: finally
// expect: {"value":"ret","done":true}
// expect: {"done":true}
// expect: threw unstarted
// expect: {"done":true}
