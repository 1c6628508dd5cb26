print((255).toString(16)); // expect: ff
print((255).toString(2)); // 