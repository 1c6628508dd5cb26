// eval sees the function's arguments object
function f(a, b) { return eval('arguments.length + ":" + arguments[1]'); }
print(f(1, 'two', 3)); // expect: 3:two
func