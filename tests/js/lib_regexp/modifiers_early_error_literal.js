// node: skip (node 20 has no pattern modifiers: it rejects every (?i: group)
// A flag both added and removed is an early error of the literal: nothing runs.
print("never");
var r = /(?i:a)(?m-m:b)/;
// expect error: SyntaxError
