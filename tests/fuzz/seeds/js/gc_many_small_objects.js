// Lots of short-lived objects: only the last few survive.
var keep = null;
for (var i = 0; i < 200000; i++) {
  var o = { i: i, next: null };
  if (i % 50000 === 0) { o.next = keep; keep = o; }
}
var ids = [];
for (var p = keep; p; p = p.next) ids.push(p.i);
print(ids.join()); // expect: 150000,100000,50000,0
