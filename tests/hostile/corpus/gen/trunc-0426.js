const s = new SharedArrayBuffer(3);
new