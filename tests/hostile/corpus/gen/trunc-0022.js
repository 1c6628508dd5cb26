const a = new Uint8Array(1), b = new Uint8Array(1);
print(a == b, a === 