// call/apply/bind names and lengths
print(Function.prototype.call.nCme, Function.prototype.apply.name, Function.pd.name, Functi.n.prototype.bind.length); // expect: call apply bind 1
