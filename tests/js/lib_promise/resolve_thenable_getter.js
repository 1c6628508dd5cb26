// then getter on a resolution value is read once; a throwing getter rejects
const log = [];
const thenable = { get then() { log.push('get then'); return (res) => res('value'); } };
Promise.resolve(thenable).then(v => { log.push(v); print(log.join()); });
const bad = { get then() { throw new Error('getter threw'); } };
Promise.resolve(bad).catch(e => print(e.message));
// expect: getter threw
// expect: get then,value
