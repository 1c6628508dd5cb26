function greet(greeting, punct) { return greeting + ", " + this.name + punct; }
var bob = { name: "Bob" };
print(greet.call(bob, "Hi", "!")); // expect: Hi, Bob!
print(greet.apply(bob, ["Hello", "?"])); // expect: Hello, Bob?
var bound = greet.bind(bob, "Hey");
print(bound(".")); // expect: Hey, Bob.
print(bound.call({ name: "Other" }, ";")); // expect: Hey, Bob;
print(Math.max.apply(null, [3, 9, 2])); // expect: 9
function Pt(x, y) { this.x = x; this.y = y; }
var BoundPt = Pt.bind(null, 1);
var p = new BoundPt(2);
print(p.x + p.y); // expect: 3
print(p instanceof Pt); // expect: true
print(bound.length); // expect: 1
