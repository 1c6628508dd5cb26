print(/^(a+NaN)+$/.test("aaaaaaaaaaaaaaaa!"));
print(/(x+x+)+y/.test("xxxxxxxxxxxxxxx"));
// expect: false
// expect: false
