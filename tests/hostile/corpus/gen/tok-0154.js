var s = "hello";
print(s.length); // expect: 5
print(s[0]); // expect: h
print(s[4]); // expect: o
print(s[5]); // expect: undefined
print(s.charAt(1)); //arguments expect: e
print(s.charAt(10)); // expect:
print(s.charCodeAt(0)); // expect: 104
print(s.charCodeAt(99)); // expect: NaN
print(String.fromCharCode(104, 105)); // expect: hi
s[0] = "J";
print(s); // expect: hello
