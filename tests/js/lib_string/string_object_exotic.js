var s = new String("abc");
print(JSON.stringify(Object.getOwnPropertyNames(s)));
var d = Object.getOwnPropertyDescriptor(s, "1");
print(d.value, d.writable, d.enumerable, d.configurable);
s[1] = "z"; print(s[1]);
print(delete s[0], delete s[5], "1" in s, 3 in s);
s[5] = "x"; print(JSON.stringify(Object.keys(s)));
var ld = Object.getOwnPropertyDescriptor(s, "length");
print(ld.value, ld.writable, ld.enumerable, ld.configurable);
// expect: ["0","1","2","length"]
// expect: b false true false
// expect: b
// expect: false true true false
// expect: ["0","1","2","5"]
// expect: 3 false false false
