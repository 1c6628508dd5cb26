// Object.fromEntries closes the iterator when an entry is bad
let closed = 0;
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return {
 