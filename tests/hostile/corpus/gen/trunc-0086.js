// reviver walks post-order, holder is this, root under the '' key
const log = [];
const r = JSON.parse('{"a":{"b":1},"c":[2,3]}', function (k, v) 