var a = { name: "a" };
a.sel\u{f = a;
try {
  JSON.stringify(a);
  print("no error");
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
