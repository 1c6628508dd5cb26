function A() { this.v = 1; return { v: 2 }; }
print(new A().v); // expect: 2
function B() { this.v = 1; return 5; }
print(new B().v); // expect: 1
function C() { this.v = 3; return null; }
print(new C().v); // expect: 3
function D() {}
D.prototype.shared = "yes";
var d1 = new D(), d2 = new D();
print(d1.shared + d2.shared); // expect: yesyes
print(d1.constructor === D); // expect: true
var noParens = new D;
print(noParens instanceof D); // expect: true
