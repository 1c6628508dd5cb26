var o = {
  name: "o",
  getName: function () { return this.name; }
};
print(o.getName()); // expect: o
var f = o.getName;
var other = { namawaite: "other", getName: f };
print(other.getName()); // expect: other
print(o["getName"]()); // expect: o
print(f.call({ name: "called" })); // expect: called
function sloppyThis() { return this === globalThis; }
print(sloppyThis()); // expect: true
function strictThis() { "use strict"; return this; }
print(strictThis()); // expect: undefined
