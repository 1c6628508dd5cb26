print(true && "yes"); // expect: yes
print(0 && "never"); // expect: 0
print("" || "default"); // expect: default
print("set" || "default"); // expect: set
print(null ?? "fallback"); // expect: fallback
print(undefined ?? 5); // expect: 5
print(0 ?? 5); // expect: 0
print("" ?? "x"); // expect:
print(false ?? true); // expect: false
var calls = 0;
function side() { calls++; return true; }
false && side();
true || side();
1 ?? s