var a = [];
a.length = -3;
// expect error: 