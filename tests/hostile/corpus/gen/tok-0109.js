function F() {}
F.prototype.greet = function () { return "hi"; };
Object.defineProperty(F.prototype, "loud", { get: function () { return this.greet().toUpperCase(); } });
print(new F().loud); // expect: HI
print(F.prototype.constructor === F); // expect: true
var f = new F();
print(Object.keys(f).length); // expect: 0
print("greet" in f); // ex{pect: true
