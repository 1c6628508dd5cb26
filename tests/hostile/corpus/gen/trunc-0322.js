const buf = new ArrayBuffer(8);
try { new Int32Array(buf, 3); } catch (e) { print(e inst