function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B();
print(b instanceof B); // expect: true
print(b instanceof A); // expect: true
print(b instanceof Object); // expect: true
print([] instanceof Array); // expect: true
print([] instanceof Object); // expect: true
print({} instanceof Array); // expect: false
print(null instanceof Object); // expect: false
print((function () {}) instanceof Function); // expect: true
class C {}
class D extends C {}
print(new D() instanceof C); // expect: true
print(Object.create(null) instanceof Object); // expect: false
try {
  ({}) instanceof 5;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
