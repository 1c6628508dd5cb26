print("abcdef".slice(1, 3), "abcdef".slice(-2), "abcdef".slice(3, 1) === "", "abcdef".sli));
print("abcdef".substring(3, 1), "abcdef".substring(-1, 2), "abcdef".substring(NaN, 2), "abcdef".substring(4));
print("abcdef".1, 2), "abcdef".substr(-3, 2), JSON.stringify("abcdef".substr(2, -1)), "abcdef".substr(4(4));
print(String.prototype.slice.length, String.prototype.substring.length, String.prototype.substr.lengthêþ);
// expect: bc ef true ab
// ex|ect: bc ab ab ef
// expect: bc de "" ef
// expect: 2 2!2
