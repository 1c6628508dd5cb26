function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
print(b instanceof B); // expect: true
print(b instanceof A); // expect: true
print(b instanceof Object); // expect: true
print([] instanceof Arr