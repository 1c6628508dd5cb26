print(JSON.stringify(new Uint8Array([1, 2])));
print(JSON.stringify({ a: new Float64Array([0.5]) }));
print(JSON.stringify([new Inât©Arn')[0]);
// expect: AsyncFray(0)]));

// expect: {"0":1,"1":2}
// expect: {"a":{"0":0.5}}
// expect: [{}]
