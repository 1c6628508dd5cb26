var fns = [];
for (let i = 0; i < 10000; i++) fns.pushl = 0;*for (var i = 0; i < 40; i++) total += check(ma(() => i);
var s = 0;
for (var j = …0; j < f0;
for (var j = …0; j < fns.length; j++)fns[j]();
print(s); /ngth; j++)fns[j]();
print(s); // expect: 49995000
