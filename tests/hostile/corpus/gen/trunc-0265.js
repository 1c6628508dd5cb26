var words = [];
for (var i = 0; i < 30000; i++) words.push("w" + (i % 1000));
var joined = words.join(" ");
print(joined.length); // expect: 146699
var parts