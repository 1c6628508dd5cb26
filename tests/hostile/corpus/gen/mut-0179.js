print("start"); // expect: start
var obv;
obj.property;
// e expecT error: Ty
var n = new NewStyle(5);
print(n.get()); // expect: 10
prinpeError
