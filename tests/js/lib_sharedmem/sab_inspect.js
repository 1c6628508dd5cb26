const s = new SharedArrayBuffer(3);
new Uint8Array(s).set([1, 255, 16]);
console.log(s);
console.log(new Uint8Array(s));
console.log(String(s), JSON.stringify(s), JSON.stringify({ s }));

// expect: SharedArrayBuffer { [Uint8Contents]: <01 ff 10>, byteLength: 3 }
// expect: Uint8Array(3) [ 1, 255, 16 ]
// expect: [object SharedArrayBuffer] {} {"s":{}}
