var arrays = [];
for (var i = 0; i < 100; i++) {
  var a = [];
  for (var j = 0; j < 1000; j++) a.push(j * i);
  arrays.push(a);
}
var s = 0;
for (var k = 0; k < arrays.length; k++) s += arrays[k][999];
print(s); // expect: 4945050
