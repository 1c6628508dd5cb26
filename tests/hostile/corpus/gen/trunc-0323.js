var s = 0;
for (var i = 0; i < 1000000; i++) s = (s + i) % 100000