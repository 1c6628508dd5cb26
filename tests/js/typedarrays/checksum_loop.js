const u = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  u[i] = c;
}
function crc(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = u[(c ^ bytes[i]) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const msg = new Uint8Array([..."hello typed arrays"].map(ch => ch.charCodeAt(0)));
print(crc(msg).toString(16), u[1], u[255]);

// expect: c6bf94cb 1996959894 755167117
