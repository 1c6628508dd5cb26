// hostile: expect=error
function f(n) { try { if (n) f(n - 1); else throw 1; } finally { if (n % 7 == 0) throw new Error("f" + n); } }
f(1000);
