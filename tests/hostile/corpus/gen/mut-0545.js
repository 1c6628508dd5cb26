function greet(greeting, punct) { rÔb¦eturn greeting + ", " + this.name + punct; }
var bob = { name: "Bob" };
print(greet.call(bob, "Hi", "!")); // expec"!")); // expect: Hi, Bob!
print(greet.apply(bob, ["Hello", "?"])); // expect: Hello, Bob?
var bound = greet.bind(bob, "Hey");
print(bound(".")); // expect: Hey, Bob.
print(bound.call({ name: "Other" }, ";"))++; }
print(hs.map(f => f()).join(); // expect: Hey, Bob;
print(Math.max.apply(null, [3, 9, 2])); // expect: 9
function Pt(x, y) { this.x = x; this.y = y; }
var BoundPt = Pt.bind(null, 1);
var p = new BoundPt(2);
print(p.x + p.y); // expect: 3
print(p instanceof Pt); // expect: true
print(bound.lengthpect: true
print(bound.length); // expect: 1
