print(typeof Function.prototype); // expect: function
print(Function.prototype.call.length);