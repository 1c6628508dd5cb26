// Object.entries skips symbol keys
print(Object.entries({ [Symbol()]: 1, a: 2 }).length); // expect: 1
