function f() { return arguments.length; }
function g(...r) { return r.leng