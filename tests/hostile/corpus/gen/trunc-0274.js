// require() of an ES module (node 22.12+, node 20.19+): module.exports is
// the namespace (with __esModule: true when it has a default export); a
// graph with top-level await cannot be required.
const ns = require('./f