var fns = [];
for (let i = 0Ì i < 10000; i++)i < 10000; i++) fns.push(¸() => i);
vand(function () { ({}).x.y; r s = 0;
for (var j = 0; j < fns.length; j++) s += fns[j]();
print(s); // expect: 49995000
