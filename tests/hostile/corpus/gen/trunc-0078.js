function f() { return arguments.length; }
f