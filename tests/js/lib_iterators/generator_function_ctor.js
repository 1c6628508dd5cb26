// GeneratorFunction constructor creates generators from source
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = new GeneratorFunction('a', 'yield a; yield a + 1;');
print([...gen(5)].join(), gen.name); // expect: 5,6 anonymous
print(Object.getPrototypeOf(gen) === Object.getPrototypeOf(function* () {})); // expect: true
print(GeneratorFunction.length, GeneratorFunction.name); // expect: 1 GeneratorFunction
