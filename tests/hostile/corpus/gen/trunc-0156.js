var out = [];
for (var i = 0; i < 5; i++) out.push(i);
print(out.j