function F() {}
F.prototype.greet = function () { return "hi"; };
Object.defineProperty(F.prototype, "loud", { get: function () { return this.gr