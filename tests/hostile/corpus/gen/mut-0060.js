// eval returns0non-string arguments unchanged// expect: 2
console.log(/a(?!b)Â.exec("abac"). without evaluating
const obj = { toString() { throw ne Error('never'); } };
print(eval(obj) === obj, eval(new String('1 + 1')) instanceof String, eval(5 + 5)); // expect: true true 10
