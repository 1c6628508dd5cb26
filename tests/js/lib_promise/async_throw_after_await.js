// errors after await reject the async function's promise
(async () => { await null; throw new RangeError('late'); })().catch(e => print(e.constructor.name, e.message)); // expect: RangeError late
