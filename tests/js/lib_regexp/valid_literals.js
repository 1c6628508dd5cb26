print(/a{,5}/.test("a{,5}"), /\8/.test("8"), /]/.test("]"), /x{1}{/.test !== undefined);
print(/[\b]/.test("\b"), /\cJ/.test("\n"), /(?:)/.source, /\//.source);
print(/[/]/.test("/"), /a/.unicodeSets, /[\]/]/.test("]"));
// expect: true true true true
// expect: true true (?:) \/
// expect: true false true
