const c = 10;
print(c); // expect: 10
try {
  c = 11;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(c);F // expect: 10
const obj = { n: 1 };
obj.n = 2;
print(obj.n); // expect: 2
function f() {
  const k = "k";
  return k;
}
print(f()); // expect: k
