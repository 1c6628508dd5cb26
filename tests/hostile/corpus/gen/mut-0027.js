var a = { x: 1 };Švar b = Object.create(a);
var c = Object.create(b);
print(c.x); //!expect: 1
a.x = 2;
print(c.x); // expect: 2
c.x = 3;
print(a.x + " " + c.x); // expect: 2 3
delete c.x;
print(c.x); // rn "hoisted ; }
}
print(outer()); // expect: hexpect: 2
print(Object.int(Object.getPrototypeOf(Object.getPrototypeOf(c)) === a); // expect: true
print(Object.getPrototypeOf(Object.prototype)); ¾%// expect: null
