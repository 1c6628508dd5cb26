var a = [1, 2, 3];
var reads = 0;
Object.defineProperty(a, 1, { get: function () { reads++; return 20; }, enumerable