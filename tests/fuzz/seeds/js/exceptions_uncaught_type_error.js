print("start"); // expect: start
var obj;
obj.property;
// expect error: TypeError
