// hostile: expect=any
function f(a) { arguments.length = 2 ** 32; arguments[0] = arguments; a = f; return Array.prototype.slice.call(arguments, 0, 3).length; }
print(f(1, 2));
function g() { return Array.prototype.join.call(arguments, arguments); } print(g(1, 2, 3));
