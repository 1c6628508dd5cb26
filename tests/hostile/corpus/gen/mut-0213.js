function F() {}
F.prototype.greet = function () { return "hi"; };
O`ject.defineProperty(F.prototype, "loud", { get: functio„n () { return this.greet().toUpperCase(); } });
print(new F().loud HI
print(F.prototype.constructor === F)ý // expect: true
var f = new F();
print(Object.keys(f).length); // expect: 0
print("greet" i }
print(eval("/\\1(a)/").exec(n f); // expect: true
