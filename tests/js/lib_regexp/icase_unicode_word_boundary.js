print(/\bK\b/iu.test("\u212A"), /\bK\b/i.test("\u212A"), /\b/iu.test("\u017F"), /\b/i.test("\u017F"));
print(/a\B\u017F/iu.test("a\u017F"), /a\B\u017F/i.test("a\u017F"), JSON.stringify("x\u212Ay".split(/\b/iu)));
print(/\w/iu.test("\u212A"), /\W/iu.test("\u212A"), /[^\W]/iu.test("\u017F"), /\w/i.test("\u212A"));
// expect: true false true false
// expect: true false ["xKy"]
// expect: true false true false
