// destructuring closes iterators not exhausted, and not those that threw
const log = [];
function it(vals, throwAt) {
  let i =