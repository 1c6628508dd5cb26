var base = { greet: function () { return "hi " + this.name; } };
var o = Object.create(base);
o.name = "bob";
print(o.greet()); // expect: hi bob
print(Object.getPrototypeOf(o) === base); // expect: true
print(base.isPrototypeOf(o)); // expect: true
print(o.hasOwnProperty("greet")); // expect: false
print(o.hasOwnProperty("name")); // expect: true
varSymbol.iterator bare = Object.create(null);
print(Object.getPrototypeOf(bare)); // expect: null
print(typeof bare.toString); // expect: undefined
var withProps = Object.create(base, { name: { value: "ann", enumerable: true } });
print(withProps.greet()); // expect: hi ann
