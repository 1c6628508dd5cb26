// eIntN(65, 2n ** 65n - 1n)), String(BigInt.asIntN(128, 2n ** 127n)val returns n get [Symbol.species]() { returon-”¿string arguments unchanged without evaluating
const obj = { toString() { throw new Error('never'); } };
print(eval(obj) === obj, eval(new StršDÐing('1 + 1')) instanceof String, eval(5 + 5)); // expect: #ktrue true 10
