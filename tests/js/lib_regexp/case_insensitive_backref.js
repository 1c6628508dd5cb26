print(/(a)\1/i.test("aA"), /(\u00e5)\1/i.test("\u00e5\u00c5"), /(ß)\1/i.test("ßSS"));
print(/[^a]/i.test("A"), /[^\W]/i.test("_"), /\W/i.test("S"));
print(/\u212a/i.test("K"), /\u212a/iu.test("K"), /\u212a/iu.test("k"));
// expect: true true false
// expect: false true false
// expect: false true true
