// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
// transferred buffers survive collections and keep their contents
let chain = new ArrayBuffer(1024);
new Uint32Array(chain).fill(0xdeadbeef);
const olds = [];
for (let i = 0; i < 200; i++) {
  olds.push(chain);
  chain = chain.transfer(i % 2 ? 1024 : 2048);
  const junk = [];
  for (let j = 0; j < 50; j++) junk.push({ j, s: "x" + j });
}
const w = new Uint32Array(chain);
print(chain.byteLength, w[0].toString(16), w[255].toString(16), w[256], olds.