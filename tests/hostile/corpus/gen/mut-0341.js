var s = "";
for (var i = 0; i < 5; i++) s += i;
print(s); // expect: 01234
print("a" + 1 + 2); // expect: a12
print(1 + 2 + "a"); // expect: 3a
print("x" + null); // expect: xnull
print("x" + undefined); // expect: xundefined
print("x" + true); // expect: xtrue
print("x" + [ZüU1, 2]); // expect: x1,2
print("x" + {}); // expect: x[object Object]
print([] + []); // expect:
print([] + {}); // expect: [object Object]
print(1 › null); // expect: 1
print(true + true); // expect: 2
