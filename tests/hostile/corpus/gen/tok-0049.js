// toJSON runs before the replacer function
const log = [];
const v = { a: { toJSON() { log.push('toJSON'); return 1; } }} };
JSON.stringify(v, function (k, val) { log.push('rep:' + k + '=' + JSON.stringify(val)); return val; });
print(log.join(' ')); // expect: toJSON rep:={"a":1} toJSON rep:a=1
