var arr = [];
for (var i = 