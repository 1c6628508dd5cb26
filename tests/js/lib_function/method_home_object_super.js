// super property access in object methods uses the home object
const base = { greet() { return 'base'; } };
const obj = { __proto__: base, greet() { return 'obj>' + super.greet(); } };
print(obj.greet()); // expect: obj>base
const detached = obj.greet;
print(detached.call({})); // expect: obj>base
class A { static who() { return 'A'; } }
class B extends A { static who() { return 'B>' + super.who(); } }
print(B.who()); // expect: B>A
