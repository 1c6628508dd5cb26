// module.exports = { ... }: keys until the first value that is not an identifier
const one = 1, two = 2;
function three() { return 3; }
module.exports = { one, two: two, 'three': three, ...require('./cjs_reexported.js'), four: 4, five: 5 };
