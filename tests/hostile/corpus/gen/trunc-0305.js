print([,].length); // expect: 1
print(Array(3).join("x")); // expect: xx
var h = [3, , 1, , 2];
h.sort();
print(h.length + " " + h[0] + h[1] + h[2] + " " + (3 in h) + " " + (4 in h)); // expect: 5 123 false fa