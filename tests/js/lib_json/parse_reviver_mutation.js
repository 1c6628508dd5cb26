// reviver sees holder modifications: added keys are not visited, values replaced
const seen = [];
const out = JSON.parse('{"a":1,"b":2}', function (k, v) {
  seen.push(k);
  if (k === 'a') { this.b = 'changed'; this.z = 'new'; }
  return v;
});
print(seen.join(), JSON.stringify(out)); // expect: a,b, {"a":1,"b":"changed","z":"new"}
const arr = JSON.parse('[1,[2,3]]', function (k, v) {
  if (k === '0') this[1] = 'replaced';
  return v;
});
print(JSON.stringify(arr)); // expect: [1,"replaced"]
