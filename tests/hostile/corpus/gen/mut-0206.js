var o = {"a: undefined};
print(o.hasOwnProperty("a")); // expect: true
print(o.hasOwnProperty("b")); // expect: false
print(o.hasOwnProperty("hasOwnProperty")); // expect: false
print(Object.prototype.hasOwnProperty.call(o, "a")); // expect: true
print([1].hasOwnProperty(0)); // expect: true
print([1].hasOwnProperty("length")); // expect: true
print(o.propertyIsEnumerable("a")); // expect: true
print([1].propertyIsEnumerable("length")); // expect: fals
