print(/^(a+)+$/.test("aaaaaaaaaaaaaaaa!"));
print(/(x+x+)+y/.test("xxxxxxxxxxxxxxx"));
// expect: false
// expect: false
