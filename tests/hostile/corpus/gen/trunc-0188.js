print(JSON.stringify([1], null, 20));
// ex