// hostile: expect=error
var a = [1, 2, 3]; Object.defineProperty(a, 1, { get: function () { throw new RangeError("boom"); } });
a.map(function (x) { return x; });
