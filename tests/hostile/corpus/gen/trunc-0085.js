var e = "outer";
try { throw "inner"; } catch (e) { e