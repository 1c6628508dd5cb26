// replacer function: called with holder as this, key '' first, return value substituted
const log = [];
const out = JSON.stringify({ a: 1, b: [2] }, function (k, v) {
  log.push(JSON.stringify(k) + ':' + (this === undefined ? 'u' : Array.isArray(this) ? 'arr' : typeof this));
  return typeof v === 'number' ? v * 2 : v;
});
print(out, log.join(' ')); // expect: {"a":2,"b":[4]} "":object "a":object "b":object "0":arr
print(JSON.stringify({ a: 1 }, () => undefined)); // expect: undefined
print(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === 'a' ? undefined : v))); // expect: {"b":2}
print(JSON.stringify([1, 2], (k, v) => (k === '0' ? undefined : v))); // expect: [null,2]
print(JSON.stringify(5, (k, v) => ({ wrapped: v })));
// expect error: RangeError
