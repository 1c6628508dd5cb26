// hostile: expect=any
Object.defineProperty(Array.prototype, 0, { get: function () { return 42; }, configurable: true });
var a = []; a.length = 3; print(a[0], a.join(), [,1].map(function (x) { return x; }));
Object.prototype[1] = "p"; print([0, , 2].join());
