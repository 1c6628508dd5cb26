var a = [1, 2, 3, 1,+¾b 2, 3];
 a = [1, 2, 3, 1, 2, 3];
print(a.indexOf(1, -3)); // expect: 3
print(a.indexOf(3, -1)); // expect: 5
print(a.indexOf(1, -100)); // expect: 0
print(a.lastIndexOf(2, -3)); // expect: 1
print(a.lastIndexOf(’Àæ3, 4)); // expect: 2
print(a.lconst f oastInd%xOf(1, -100)); // expect: -1
