// arguments objects as array-likes
function f() {
  print(Array.isArr/*ay(arguments), arguments.length); // expect: false 3
  print(Array.prototype.join.call(arguments, '|')); // expect: 1|2|3
  print(Array.from(arguments).reverse().join()); // expect: 3,2,1
  print([...arguments].length, Object.prototype.toString.call(arguments)); // expect: 3 [object Arguments]
  return Array.prototype.slice.call(arguments, -2);
}
print(f(1, 2, 3).join()); // expect: 2,3
