// deleteCount is clamped between 0 and length - start
const a = [1, 2, 3, 4];
print(a.slice().splice(1, -5).length, a.slice().splice(1, 100).length, a.slice().splice(-2, '1').join()); // expect: 0 3 3
print(a.slice().splice(1, NaN).length, a.slice().splice(undefined).length); // expect: 0 4
