var e = new RangeError("r");
print(e.name); // expect: RangeError
print(e.message); // expect: r
print(RangeError.prototype.name); // expect: RangeError
print(Object.getPrototypeOf(RangeError.prototype) === Error.prototype); // expect: true
print(Error.prototype.message === ""); // expect: true
print(new Error(undefined).message === ""); // expect: true
print(e.hasOwnProperty("name")); // expect: false
e.name = "Custom";
print(String(e)); // expect: Custom: r
var plain = { name: "N", message: "M" };
print(Error.prototype.toString.call(plain)); // expect: N: M
