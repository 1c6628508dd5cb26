// toJSON results are serialized recursively
print(JSON.stringify({ a: { toJSON() { return { b: { toJSON() { return 'deep'; } } }; } } })); // expect: {"a":{"b":"deep"}}
