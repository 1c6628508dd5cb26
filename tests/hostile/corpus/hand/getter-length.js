// hostile: expect=any
var o = { get length() { return 2 ** 32 + 5; }, 0: 1 };
print(Array.prototype.indexOf.call(o, 1));
var o2 = { length: -1 }; print(Array.prototype.join.call(o2));
var o3 = { length: Infinity, 0: "a" }; print(Array.prototype.at ? 1 : 0);
