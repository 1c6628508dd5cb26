var a = [1];
a.length = 5;
a.push(6);
print(a.length + " " + a[5] + " " + (3 in a)); // expect: 6 6 false
var frozenLen = [1, 2];
Object.defineProperty(frozenLen, "length", { writable: false });
try {
  frozenLen.push(3);
  print("pushed");
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(frozenLen.length); // expect: 2
