var o = { get bad() { throw new Error("getter failed"); } };
try { o.bad; } catch (e) { print(e.message); } // expect: getter 