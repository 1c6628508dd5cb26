// reviver: failed CreateDataProperty/delete are ignored, not thrown
const r = JSON.parse('{"a":1,"b":2}', function (k, v) {
  if (k === 'a') Object.defineProperty(this, 'b', { configurable: false, writable: false, value: 'fixed' });
  if (k === 'b') return undefined;
  return v;
});
print(JSON.stringify(r)); // expect: {"a":1,"b":"fixed"}
const r2 = JSON.parse('[1,2]', function (k, v) {
  if (k === '0') Object.freeze(this);
  return k === '1' ? 'new' : v;
});
print(JSON.stringify(r2)); // expect: [1,2]
