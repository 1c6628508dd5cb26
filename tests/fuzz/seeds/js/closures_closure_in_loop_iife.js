var fs = [];
for (var i = 0; i < 3; i++) {
  (function (j) { fs.push(function () { return j * 10; }); })(i);
}
print(fs[0]() + fs[1]() + fs[2]()); // expect: 30
