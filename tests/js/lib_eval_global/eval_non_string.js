// eval returns non-string arguments unchanged without evaluating
const obj = { toString() { throw new Error('never'); } };
print(eval(obj) === obj, eval(new String('1 + 1')) instanceof String, eval(5 + 5)); // expect: true true 10
