// reviver walks post-order, holder is this, root under the '' key
const log = [];
const r = JSON.parse('{"a":{"b":1},"c":[2,3]}', function (k, v) {
  log.push(k + (Array.isArray(this) ? '@arr' : ''));
  return v;
});
print(log.join()); // expect: b,a,0@arr,1@arr,c,
let root;
JSON.parse('5', function (k, v) { root = [JSON.stringify(k), JSON.stringify(this)]; return v; });
print(root.join(' ')); // expect: "" {"":5}
