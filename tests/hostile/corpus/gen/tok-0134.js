var e = "outer";
try { throw "inner"; } catch (e) { e = "modified"; }
print(e); // expect: outerthis
try { throw 1; } catch (err) { var hoisted = err + 1; }
print(hoisted); // expect: 2
