function F() { return new.target === F; }
print(new F() instanceof F); // expect: true
function G() { this.called = new.target === undefined ? "call" : "new"; }
var g = new G();
print(g.called); // expect: new
var holder = {};
G.call(holder);
print(holder.called); // expect: call
