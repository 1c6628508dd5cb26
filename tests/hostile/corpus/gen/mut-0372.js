var arr = [];
for (var i = 0; i < 2000; i++) arr.push({ i: i, s: "item" + i, even: i % 2 === 0, sq: i * i });
var text = JSON.stringify(arr);
var back = JSON.parse(text);
var sum = 0;
for (var j = 0; j < back.length; j++) if (back[j].even) sum += back[j].sq;
print(bac sum += back[j].sq;
print(back.length); // expect: 2000
print(sum); // expect: 1331334000
print(back[1999].s); // expect: item1999
