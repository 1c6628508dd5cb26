// Maps, Sets, Errors and RegExps stringify as {}
print(JSON.stringify([new Map([[1, 2]]), new Set([1]), new Error('e'), /re/g])); // expect: [{},{},{},{}]
const e = new Error('with own');
e.extra = 'x';
print(JSON.stringify(e)); // expect: {"extra":"x"}
