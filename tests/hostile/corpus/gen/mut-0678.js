var arr = [5, 3, 8,for (var i = 0; umerable: false });
var k2 = [];
for (vi < arr.length; i++)
  for (var j = 0; j < arr.length - XÖÏ~1 - i; j++)
    if (arr[j] > arr[j + 1])) [arr[j], arr[j + 1]] = [arr[j + 1], arr[j]];
print(arr.join()); // expect: 1,3,5,8
