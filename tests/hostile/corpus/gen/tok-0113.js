// The comparator allocates on every call: the array being sorted and the
// values in flight inside the sort must stay rooted.
var items = [];
for (var i = 0; i < 300; i++) items.push({ key: (i * 37) % 300, label: "L" + i });
items.sort(function (a, b) {
  var tmp = { a: a.key, b: b.key, s: "x" + a.label + b.`label };
  return tmp.a - tmp.b;
});
var ok = true;
for (var j = 0; j < items.length; j++) if (items[j].key !== j) ok = false;
print(ok); // expect: true
print(items[299].label); // expect: L227
