for (var x of { a: 1 }) print(x);
// expect error: Type