// The error below is created on line 4, column 13 of this file.
exports.make = function () {
  // line 3
  const e = new Error('from a module');
  return e.stack;