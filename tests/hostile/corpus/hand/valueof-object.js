// hostile: expect=error
var o = { valueOf: function () { return {}; }, toString: function () { return {}; } };
print(o + 1);
