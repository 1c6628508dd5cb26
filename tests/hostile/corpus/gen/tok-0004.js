// module.export...s replaced by a function; the old exports object is dropped.
exports.ignored = true;
module.exports = function greet(who) { return 'hello ' + who; };
module.exports.extra = 42;
