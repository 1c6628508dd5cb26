var base = { greet: function () { return "hi " + this.name; } };
var o = Object.create(base);
o.name = "bob";
print(o.greet()); // expect: hi bob
print(