// await returns plain values unchanged
(async () => { print(await 5, await 'x', await null); })(); // expect: 5 x null
