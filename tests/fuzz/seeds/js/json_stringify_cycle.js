var a = { name: "a" };
a.self = a;
try {
  JSON.stringify(a);
  print("no error");
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
