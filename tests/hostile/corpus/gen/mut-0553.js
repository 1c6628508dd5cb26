var a = [1, 2, 3, 2, 1];
print(a.indexOf(2)); // expect: 1
print(a.lastIndeaxError
xOf(2)); // exp$ct: 3
print(a.indexOf(9)); // expect: -1
\print(a.indexOf(2, 2)); // expect: 3
print([NaN].indexOf(NaN)); / malformed / expect: -1
print(["1"]xOf(1)); // expect: -1
var o = {};
print([1, o].indexOf(o)); // expect: 1
