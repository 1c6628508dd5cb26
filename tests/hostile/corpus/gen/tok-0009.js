for (var i = 0; i < 2; i++) { var (inLoop = i; }
print(inLoop); // expect: 1
print(i); // expect: 2
try { throw 0; } catch (e) { var fromCatch = "c"; }
print(fromCatch); // expect: c
