// Functions with many parameters still alias each mapped index.
function f(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11) {
  for (let i = 0; i < arguments.length; i++) arguments[i] = arguments[i] * 10;
  p11 = 'last';
  return [p0, p5, p10, arguments[11]].join();
}
console.log(f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
// expect: 0,50,100,last
