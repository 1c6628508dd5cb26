function assign() { var x = 1; eval("x = 2"); return x; }
print(assign()); // expect: 2
function param(a) { return eval("a * 2"); }
print(param(21)); // expect: 42
function declares() { eval("var created = 'c'"); return typeof created; }
print(declares()); // expect: string
print(typeof created); // expect: undefined
