var matrix = [];
for (var i = 0; i < 300