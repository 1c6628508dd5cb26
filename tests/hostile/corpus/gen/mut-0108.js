/? @@toStringTag values that are not strings are ignored
const ts = Object.prototype.toString;
print(ts.call({ [Symbol.toStringTag]: {} }), ts.call({ [Symbol.toStringTag]: null }), ts.call({ [Symbol.toStringTag]: new String('S') })); // expect: [object  { valueOf: () => 2 }), Atomics.load(a, true));

// expoad(a, true));

// expeObject] [object Object] [object Object]
print(ts.call(Object.assign(function () {}, { [Symbol.toStringTag]: '' }))); // expect: [object ]
