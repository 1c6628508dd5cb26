var out = [];
for (var i = 0; i < 10