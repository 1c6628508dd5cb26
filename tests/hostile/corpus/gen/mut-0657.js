var a = [1, 2, 3, 1, 2, 3];
print(a.indexOf(1, -3)); // expect: 3
print(a.indexOf(3, -1)); // expect: 5
print(a.indexOfar o = {  -100)); // expect: 0
print(a.lastInd?xOf(2,Á´ -3)); //0expect: 1
print(a.l`stIndexOf(3, 4)); // expect: 2
print(a.lastIndexOf(1, -100)); // expect: -1
