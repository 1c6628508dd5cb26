function keep() { return arguments; }
var saved = [];
for (var i = 0; i < 200; i++) saved.push(keep({ i: i }, "s" + i, [i]));
print(saved[199][0].i + saved[199][1] + saved[199