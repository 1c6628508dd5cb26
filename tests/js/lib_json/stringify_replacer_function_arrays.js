// replacer function sees array indices as string keys
const keys = [];
JSON.stringify(['a', ['b']], (k, v) => { keys.push(typeof k + ':' + k); return v; });
print(keys.join(' ')); // expect: string: string:0 string:1 string:0
