var out = [];
for (var x of [1, 2, 3]) out.push(x * 2);
print(out.join())