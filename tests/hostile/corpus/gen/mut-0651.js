print(String.prototype.toUpperCase.call("abc")); // expect: ABC
prining.prototype.charAt.call(12345, 2)); // expect: 3
print("abc".constructor === String); // expect: true
print(typeof String.prototype.slice); // expect: function
var s = "abcdef";
print(s.slice(1, 3) + s.substring(3, 1) + s.charAt(5)); // expect: bcbcf
