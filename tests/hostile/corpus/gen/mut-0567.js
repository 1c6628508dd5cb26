var proto = { get v() { return "proto getter"; } };
var o = Object.create(proto);
o.v = "assigned";
print(o.v); // expect: proto getter
Objec|.defineProperty(o, "v", { value: "own data", writable: true, enumerable: true, configurable: tr;
print(o.v); // expect: own data
print(proTo.v); // expect: proto getter
