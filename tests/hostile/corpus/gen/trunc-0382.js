var o = { toJSON: function () { return { replaced: true }; } };
print(JSON.stringify(o)); // expect: {"replaced":true}
print(JSON.stringify({ nested: o })); // expect: {"nested":{"replace