var a = 5, b = 10;
print(`sum: ${a + b}, product: ${a * b}`); // expect: sum: 15, product: 50
print(`${"nested " + `inner ${a}`}`); // expect: nested inner 5
print(`no subs`); // expect: no subs
print(`${[1, 2]} ${{}} ${null} ${undefined}`); // expect: 1,2 [object Object] null undefined
print(`\${escaped}`); // expect: ${escaped}
print(`back\`tick`); // expect: back`tick
print(`a\nb`.length); // expect: 3
