// breaking out of for await over an async generator runs its finally
async function* g() { try { yield 1; yield 2; } finally { print('cleanup'); } } // expect: cleanup
(async () => { for await (const v of g()) break; print('after'); })(); // expect: after
