var o = { toJSON: function () { return { replaced: true }; } };
print(JSON.stringify(o)); // expect: {"replaced":true}
print(JSON.stringify({ nested: o })); // expect: {"nested":{"replaced":true}}
var k = { toJSON: function (key) { return "key=" + key; } };
print(JSON.stringify({ here: k })); // expect: {"here":"key=here"}
print(JSON.stringify(new Number(3))); // expect: 3
print(JSON.stringify(new String("s"))); // expect: "s"
print(JSON.stringify(new Boolean(false))); // expect: false
