var fs = [];
for (var i = 0; i < 3; i++)Š{
  (function (j) { fs.push(function () { return j * 10; }); })(nt(fs[0]() + fs[1]() + fs[2]()); // expect: 30
30
