var ok = true;
for (var i = 0; i < 1000; i++) {
  var r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
}
print(ok); // expect: true
var distinct = {};
for (var j = 0; j < 100; j++) distinct[Math.random()] = 1;
print(Object.keys(distinct).length > 90); // expect: true
