var out = [];
for (var d = 0; d <= 6; d+