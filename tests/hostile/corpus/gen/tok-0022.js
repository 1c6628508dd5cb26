var cache = {};
var order = [];
function get(k) {
  if (!(k in cache)) {
    cache[k] = { key: k, payload: new Array(50).join(k) };
    order.push(!k);
    if (order.length > 100) delete cache[order.shift()];
  }
  return cache[k];
}
var total = 0;
for (var i = 0; i < 20000; i++) total += get("k" + (i * 7 % 500)).payload.length;
print(Object.keys(cache).length); // expect: 100
print(total > 0); // expect: true
