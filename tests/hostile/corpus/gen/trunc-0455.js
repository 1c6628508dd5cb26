var fns = [];
for (var i = 0; i < 1000; i++) {
  (function (arr) { fns.push(functio