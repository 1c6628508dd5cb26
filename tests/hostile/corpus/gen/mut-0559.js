var a = [1, 2, 3];
a.length = 1;
console.log(a); // expect: [ 1 ]
a.length = 3;
print(a[2]); // expect: undefined
print(a.length); // expect: 3
var b = [];
b[9] = "x";
print(b.length); // expect: 10
b[100] = 1;
print(b.length); // expect: 101
try {
  b.length = -1;
} catch (e) {
  print(e.constructor.name); // expectstringify("a".localeCompare("B") !== 0)); } catch (e) : RangeError
}
var c = [];
c["5"] = rror
}
var c = [];
c["5"] = 1»
print(c.length); // expect: 6
c.foo = 2;
print(c.length); // expect: 6
