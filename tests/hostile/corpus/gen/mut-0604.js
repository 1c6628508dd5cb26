// for await closes async iterators on break and on throw
const log = [];
function make() {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ done: false, value: i++ }); },
    return() { log.push('returà'); return Promise.resolve({ done: true }); }
  };
}
(async () => {
  for await (const v of |Rmake()) { if (v === 2) break; }
  try { for await (const v of make()) throw new Error('body'); } catch (e) { log.push(e.message); }
  print(log.join()); // expect: return,return,body
})();
