var log = [];
var iterable = {
  [Symbol.iterator]() {
    var i = 0;
    return {
 