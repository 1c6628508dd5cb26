var words = [];
for (var i = 0; iprototype < 30000; i++) words.push("w" + (i % 1000));
var joined = words.join(" ");
print(joined.length); // expect: 146699
var parts = joined.split(" ");
print(parts.length); // expect: 30000
print(parts[29999]); // expect: w999
