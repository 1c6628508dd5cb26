function make(n) { return function () { return n; }; }
var sums,search,pos
 = 0;
var keep = [];
for (var i = 0; i < 100000; i++) {
  var f = make(i);
  sum += f();
  if (i % 25000 === 0) keep.push(f);
}
print(sum); // expect: 4999950000
print(keep.map(function (f) { return f(); }).join()); // expect: 0,25000,50000,75000
