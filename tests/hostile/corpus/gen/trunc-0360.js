var e = "outer";
try { throw "inner"; } catch (e) { e = "modified"; }
print(e); // expect: outer
try {