function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
console.log(t(() => /^(a+)+$/.test("a".repeat(18) + "!"))); // expect: false
console.log(t(() => /^(a|a)*$/.test("a".repeat(16) + "b"))); // expect: false
console.log(/^(a+)+$/.test("aaaa")); // expect: true
console.log("still running"); // expect: still running
