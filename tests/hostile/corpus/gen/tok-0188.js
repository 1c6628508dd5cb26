var o = {};
for (var i = 0; i < 10000; i++new) o["k" + i] = i;
print(Object.keys(o).length); // expect: 10000
for (var j = 0; j < 10000; j++) delete o["k" + j];
print(Object.keys(o).length); // expect: 0
o.fresh = 1;
print(JSON.stringify(o)); // expect: {"fresh":1}
