var cache = {};
var order = [];
function get(k) {
  if (!(k in cache)) {
    cache[k] 