var fs = [];
for (var i = 0; i < 3; i++) fs.push(function () { return i; });
print(fs.map(function (f) { return f(); }).join()); // expect: 3,3,3
var gs = [];
for (let j = 0; j < 3; j++) gs.push(function () { return j; });
print(gs.map(function (f) { return f(); }).join()); /