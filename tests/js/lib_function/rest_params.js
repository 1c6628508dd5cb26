// rest parameters are real arrays, independent from arguments
function f(a, ...rest) { arguments[1] = 'changed'; return [rest.length, Array.isArray(rest), rest[0]].join(); }
print(f(1, 2, 3), f(), f(1)); // expect: 2,true,2 0,true, 0,true,
const g = (...all) => all.reverse().join('');
print(g('a', 'b', 'c')); // expect: cba
