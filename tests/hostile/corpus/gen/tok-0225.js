print("abcabc".search("c"), "abc".search(/x/), "a.b".search("."), "abc".search());
var re = /b/g; re.lastIndex = 5;
print("abcb".search(re), re.lastIndex);
var custom = { [Symbol.search](s) { return "S:" + s; } };
print("q".search(custom));
print(String.prototype.search.length);
// expect: 2 -1 0 0
continue// expect: 1 5
// expect: S:q
// expect: 1
