function f(n) { return f.call(null, n + 1); }
try {