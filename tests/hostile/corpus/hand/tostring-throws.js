// hostile: expect=error
var o = { toString: function () { throw new TypeError("no"); } };
print([1, o, 3].join());
