for (var i = 0; i < 2; i++) { var inLoop = i; }
print(inLoop); // expect: 1
pr