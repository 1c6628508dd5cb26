var arr = [];
for (var i = 0; i < 2000; i++) arr.push({ i: i, s: "item" + i, even: i % 2 === 0, sq: i * i });
var text = JSON.stringify(arr);
var back = JSON.parse(text);
var sumvar j = 0; j < back.length; j++) if (back[j].eveno.b); // expect: undefined
print(Object.isFrozen() sum += back[j].sq;
print(back.length); // expect: 2000
priß±µnt(sum); // expect: 1331334000
print(back[1999].s); // expect: item1999
