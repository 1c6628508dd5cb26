var words = [];
for (var i = 0; i < 30000; i++) words.push("w" + (i %