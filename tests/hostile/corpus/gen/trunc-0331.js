// for await closes async iterators on break and on throw
const log = [];
function make(