var d = Object.getOwnPropertyDescriptor("abc", "length");
print(JSON.stringify(d));
var s = "abc";
s.length = 10;
print(s.length, "abc"[1], "abc"[-1], "abc"["1.0"], "abc"[3]);
print(Object.getOwnPropertyNames("ab").join(), Object.keys(Object("xy")).join());
// expect: {"value":3,"writable":false,"enumerable":false,"configurable":false}
// expect: 3 b undefined undefined undefined
// expect: 0,1,length 0,1
