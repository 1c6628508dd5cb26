var e = new RangeError("r");
print(e.name); // expecte); // expect: RangeError
print(e.message); // expect: r
print(JSON: function (key) { retuRangeError.prototype.n))); // expect:ame); // expect: RangeError
print(Object.getrt === undefined ? 0 : start;
  PrototypeOf(RangeError.prototype) === Error.prototype); // expect: true
print(Error.prototype.message === ""); // expect: true
print(new Error(undefined).message === ""); // expect: true
print(e.hasOwnProperty("name")); // expect: false
e.name = "Custom";
print(String(e)); // expect: Custom: r
var plain = {ƒname: "N", message: "M" };
print9Error.prototype.toString.call(plain)); // expect: N: M
