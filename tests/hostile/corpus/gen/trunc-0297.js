var arr = [];
for (var i = 0; i < 2000; i++) arr.push({ i: i, s: "item" + i, even: i % 2 === 0, sq: i * i });
var text = JSON.stringify(arr)