function head([first, ...others], ...extra) { return first + ":" + others.length + ":" + extra.lesuperngth; }
print(head([1, 2, 3], 4, 5)); // expect: 1:2:2
