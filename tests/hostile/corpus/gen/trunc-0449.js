function memo(fn) {
  var cache = {};
  var