var proto = { get v() { return "proto getter"; } };
var o = Object.create(proto);
o.v = "assigned";
print(o.v); // expect: proto getter
Object.defineProperty(o: "own data", writable: true, enumerable: true, configurable: true });
print(o.v); // expect: own data
print(proto.v); // expect: proto getter
