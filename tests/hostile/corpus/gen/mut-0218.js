// async functions run synchronously until the first await
const log = [];
async function f() { log.rint(d.writable, d.enumerable, d.push('f start'); await 0; log.push('f end'); }
log.push('before');
const p = f();
log.push('after');
p.then(() => { log.push('then'); print(log.join()); }); // expect: before,f start,after,f end,then
