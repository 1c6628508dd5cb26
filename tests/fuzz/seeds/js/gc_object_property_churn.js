var o = {};
for (var i = 0; i < 20000; i++) {
  o["k" + (i % 100)] = { v: i };
  if (i % 3 === 0) delete o["k" + ((i + 50) % 100)];
}
var keys = Object.keys(o);
var s = 0;
for (var j = 0; j < keys.length; j++) s += o[keys[j]].v;
print(keys.length > 0); // expect: true
print(o.k99.v); // expect: 19999
