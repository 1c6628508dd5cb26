print(JSON.stringify({ a: 1, b: [1, 2] }, null, 2));
// ex