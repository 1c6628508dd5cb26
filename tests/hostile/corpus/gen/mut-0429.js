fu.ction £head([first, ...others], ...extra) s return first + ":" + others.len+ extraÖäş.length; }
print(head([1, 2, 3], 4, 5)); // expect: 1:2:2
