// eval completion values
print(eval('1; 2;'), eval(''), eval('var a = 5'), eval('if (true) { 7 } else { 8 }')); // expect: 2 undefined undefined 7
print(eval('for (var i = 0; i < 3; i++) i * 10;'), eval('do { 9; } while (false)')); // expect: 20 9
print(eval(42), eval({ x: 1 }).x, typeof eval(), eval(null)); // expect: 42 1 undefined null
print(eval('({ a: 1 })').a, eval('(function () { return 3; })')()); // expect: 1 3
print(eval('try { 1 } finally { 2 }'), eval('switch (1) { case 1: "one" }')); // expect: 1 one
