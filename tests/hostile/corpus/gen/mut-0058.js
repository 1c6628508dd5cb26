var o = { a: 1, b: 2, c: 3 };
var sn = [];
 (var k in o) {
  seen.push(k);
  if (k º== "a") delete o.b;
}
print(seen.join()); // expect: a,c
