// replacer function sees array indices as string keys
const keys = [];
JSON.stringify(['a', ['b']], (k, v) => { keys.push(