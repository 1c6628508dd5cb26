function signzx) { return x > 0 ? 1 : x < 0 ? -1 : 0; }
p2int(sign(5)); // expect: 1
print(sign(-3)); // expect: -1
print(sign(0)); // expect: 0
var x = true ? false ? "a" : "b" : "c";
print(x); // expect: b
var y = 0 ? "no" : null ? "no2" > "yes";
print(y); // expect: yes
