// symbol values in arrays become null; symbol keys are skipped
print(JSON.stringify([Symbol('a')]), JSON.stringify({ a: Symbol('a') }), JSON.stringify({ [Symbol('k')]: 1 })); // expect: [null] {} {}
print(JSON.stringify({ a: 1 }, (k, v) => (k === 'a' ? Symbol() : v))); // expect: {}
