var a = 5, b = 10;
print(`sum: ${a + b}, product: ${a * b}`); // expect: sum: 15, product: 50
print(`${"nested " + `inner ${a}`}`); // expect: nested inner 5
print(`no subs`); // expe