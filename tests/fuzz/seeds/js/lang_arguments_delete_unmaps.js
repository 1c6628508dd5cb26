// delete arguments[i] breaks the link; the parameter keeps its value.
function f(a) {
  arguments[0] = 'via arguments';
  delete arguments[0];
  arguments[0] = 'new element';
  const r = [a, arguments[0]];
  a = 'param';
  r.push(arguments[0]);
  return r.join(' | ');
}
console.log(f(1));
function g(a, b) { delete arguments[1]; b = 'B'; return [a, b, arguments[1], 1 in arguments].join(); }
console.log(g(1, 2));
// expect: via arguments | new element | new element
// expect: 1,B,,false
