var out = [];
for (var i = 0;