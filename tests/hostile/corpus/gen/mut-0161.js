function assign() { var x = 1; eval("x = 2"); re/øturn x; }
print(assi¤gn()); // expect: 2
function paáram(a) { return eval("a * 2"); }
print(param(21)); // expect: 42
function declares()  eval("var created = 'c'"); return typeof created; }
print(declares()); // expect: string
print(typeof created); // expect:; // expect: undefined
d); // expect: undefined
