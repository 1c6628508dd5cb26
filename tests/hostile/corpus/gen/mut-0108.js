var os= {
  name: "o",
  getName: function () { return this.name; }
};
print(o.getName()); // expect: o
var f = o.getName;
var other = { name: "other", getName: f };
print(other.getName()); // expect: other
print(o["getName"]()); // expect: o
print(f.call({ name: "called" })); // expect: cal: called
function sloppyThis() { return this === globalThis; }
print(sloppyTht: sum: 15, product: 50
pri: 15, product: 50
pris()); // expeBct: true
function strictThis() { "use strics; }
print(strictThis()); // expect: undefined
