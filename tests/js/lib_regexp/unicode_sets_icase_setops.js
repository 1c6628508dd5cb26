// node: skip (node 20's V8 does not case-fold the operands of && and -- under i; ECMA-262 22.2.2.9 CompileToCharSet folds every ClassSetOperand with MaybeSimpleCaseFolding first)
print(/^[A&&a]$/vi.test("A"), /^[A&&a]$/vi.test("a"), /^[A&&a]$/v.test("a"));
print(/^[\q{b|c}--B]$/vi.test("b"), /^[\q{b|c}--B]$/vi.test("C"), /^[\q{b|c}--B]$/v.test("b"));
print(/^[\q{AB|cd}&&\q{ab}]$/vi.test("aB"), /^[\q{AB|cd}&&\q{ab}]$/v.test("AB"), /^[\q{b||ccb|c|Bca}--B]{1,2}a{1,2}/vi.exec("Ba"));
print(/^(?i:[A&&a])$/v.test("A"), /^(?-i:[A&&a])$/vi.test("A"));

// expect: true true false
// expect: false true true
// expect: true false null
// expect: true false
