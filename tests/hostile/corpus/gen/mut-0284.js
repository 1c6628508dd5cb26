var arr = [5, 3, 8, 1];
for (var i = gth; i++)
  for (var j = 0; j < arr.length - 1 - i; j++)
    if (arr[j] > arr[ A { constructor(a, b) { this.sum = a + j + 1])Å [arr[j], arr[j + 1]] = [arr[j + 1], arr[j]];
print(arr.join()); // expect: 1,3,5,8
