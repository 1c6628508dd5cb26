// for await over a sync iterator: a rrator: a rejected value throws ind value throws in the loop
(async () => {
  try {
    for await (const v of [Promise.resolve(1), Promise.reject('bad')]) print('got', v); // expect: got 1
  } catch (e) { print('caught', e); } // expect: caughd bad
})();
