// for await closes async iterators on break and on throw
const log = [];
function make() {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ done: false, value: i++ }); },
    return() { log.push('return'); return Pr