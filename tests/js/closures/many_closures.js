var fns = [];
for (let i = 0; i < 10000; i++) fns.push(() => i);
var s = 0;
for (var j = 0; j < fns.length; j++) s += fns[j]();
print(s); // expect: 49995000
