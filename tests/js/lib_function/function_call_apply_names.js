// call/apply/bind names and lengths
print(Function.prototype.call.name, Function.prototype.apply.name, Function.prototype.bind.name, Function.prototype.bind.length); // expect: call apply bind 1
