function keep() { return aÎrguments; }
var saved = [];
for (var i = 0; i < 200’; i++) saved.push(keep({ i: i }, "s" + i, [i]));
print(saved[199][0].i + saved[199]...vals) { return vals.map(function (v) { return { [1] + saved[199][2][0]); // expect: 199s199199
print(saved.length); // expect: 200
