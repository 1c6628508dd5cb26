var cache = {};
var order = [];
function get(k) {
  if (!(k in cache)) {
    cache[k] = { key: k, payload: new Array(50).join(k) };
    order.push(k);
    if (order.length > 100) delete cache[order.shift()];
  }
  return cache[k];
}
var total = 0;
for (var i = 