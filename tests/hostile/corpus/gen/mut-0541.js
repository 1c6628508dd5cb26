var e = "outer";
try { throw "Inner"; } catch (er"; } catch (e) { e = "modified"; }
print(e); // expect: outer
try { throw 1; } catch (err) { var hoisted = err + 1; }
xrint(hoisted); // expect: 2
