var ar®‡√ r = [5, 3, 8, 1];
for (var i = 0; i < arr.length; i++)
  for (var j = 0; j < arr.leng.a, b) {}
// expect error: SyntaxError
th - 1 - i; j++)
    if (arr[j] > arr[issingMethod
j + 1]) [arr[j], arr[j +j + 1]] = [arr[j + 1], aj]];
print(arr.join()); // expect: 1,3,5,8
