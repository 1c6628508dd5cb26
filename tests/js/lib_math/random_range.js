var ok = true, seen = {};
for (var i = 0; i < 2000; i++) {
  var r = Math.random();
  if (!(r >= 0 && r < 1) || typeof r !== "number") ok = false;
  seen[Math.floor(r * 10)] = 1;
}
print(ok, Object.keys(seen).length, Math.random.length);
// expect: true 10 0
