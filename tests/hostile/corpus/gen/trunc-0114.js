var acc = [1, 2, 3, 4, 5, 6, 7, 8].reduce(function (a, x) {
  return { prev: a, v: x, pad: new Array(20).join("z") };
}, null);
var vals = [];
for (va